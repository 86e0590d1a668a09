#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include "tests/ui/runfixture.h"
#include "ui/desktopsettings.h"
#include "ui/exportjob.h"
#include "ui/mainwindow.h"
#include "ui/uitranslator.h"
#include "ui/widgets/thresholdpanel.h"

using namespace Qt::StringLiterals;

namespace {

QStringList menuTitles(const MainWindow &window)
{
    QStringList titles;
    for (const QAction *action : window.menuBar()->actions())
        titles.append(action->text());
    return titles;
}

QAction *languageChoice(const MainWindow &window, const QString &name)
{
    auto *menu = window.findChild<QMenu *>(u"languageMenu"_s);
    if (!menu)
        return nullptr;
    for (QAction *action : menu->actions()) {
        if (action->text() == name)
            return action;
    }
    return nullptr;
}

} // namespace

/// View → Language and the zh_CN translation: the choice is kept, and a window built after it (the
/// next start) speaks Chinese in its menus, tabs, buttons and the PDF it exports.
class TestUiTranslator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(u"GlassTrendTests"_s);
        QCoreApplication::setApplicationName(u"tst_uitranslator"_s);
        desktopSettings().remove(u"language"_s);
    }

    void cleanupTestCase() { desktopSettings().remove(u"language"_s); }

    void languageMenuKeepsTheChoice()
    {
        MainWindow window(DesktopContext{});
        window.show();
        QCOMPARE(menuTitles(window).first(), u"&File"_s);
        QAction *system = languageChoice(window, u"System"_s);
        QAction *chinese = languageChoice(window, u"中文"_s);
        QVERIFY(system && chinese && languageChoice(window, u"English"_s));
        QVERIFY(system->isChecked()); // nothing saved yet
        chinese->trigger();
        QCOMPARE(desktopSettings().value(u"language"_s).toString(), u"zh_CN"_s);
        QCOMPARE(savedUiLanguage(), UiLanguage::Chinese);
        // The analyst is told when it applies.
        auto *box = window.findChild<QMessageBox *>();
        QVERIFY(box);
        QVERIFY(box->text().contains(u"started again"_s));
        box->close();
    }

    void chineseWindowAfterTheSwitch()
    {
        saveUiLanguage(UiLanguage::Chinese);
        UiTranslator translator;
        QCOMPARE(translator.apply(savedUiLanguage()), u"zh_CN"_s);
        MainWindow window(DesktopContext{});
        window.show();
        QCOMPARE(menuTitles(window).mid(0, 3), (QStringList{u"文件(&F)"_s, u"视图(&V)"_s, u"运行(&R)"_s}));
        QVERIFY(menuTitles(window).contains(u"帮助(&H)"_s));
        QCOMPARE(window.tabs()->tabText(0), u"趋势"_s);
        QCOMPARE(window.tabs()->tabText(1), u"聚类"_s);
        QCOMPARE(window.tabs()->tabText(3), u"网络"_s);
        QCOMPARE(window.tabs()->tabText(4), u"回测"_s);
        QCOMPARE(window.tabs()->tabText(5), u"决策"_s);
        QStringList buttons;
        for (const QPushButton *b : window.thresholdPanel()->findChildren<QPushButton *>())
            buttons.append(b->text());
        QVERIFY2(buttons.contains(u"保存到配置"_s), qPrintable(buttons.join(u", "_s)));
        QVERIFY(buttons.contains(u"恢复为配置值"_s));
        QStringList toolButtons;
        for (const QToolButton *b : window.findChildren<QToolButton *>())
            toolButtons.append(b->text());
        QVERIFY2(toolButtons.contains(u"导出"_s), qPrintable(toolButtons.join(u", "_s)));
        QVERIFY(toolButtons.contains(u"最新"_s));
        QVERIFY(toolButtons.contains(u"30 天"_s));
        // The chosen entry of View → Language is checked in the new window.
        QVERIFY(languageChoice(window, u"中文"_s)->isChecked());
        QVERIFY(languageChoice(window, u"跟随系统"_s));

        // English again: nothing of the translation stays installed.
        QCOMPARE(translator.apply(UiLanguage::English), u"en"_s);
        MainWindow english(DesktopContext{});
        QCOMPARE(menuTitles(english).first(), u"&File"_s);
    }

    void pdfLabelsFollowTheLanguage()
    {
        UiTranslator translator;
        translator.apply(UiLanguage::Chinese);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"tiles.pdf"_s);
        ExportJob job;
        QSignalSpy finished(&job, &ExportJob::finished);
        QVERIFY(job.start(std::make_shared<const RunResult>(uifixture::makeRun()), ExportJob::Format::Pdf, path, {}));
        QVERIFY(finished.count() == 1 || finished.wait(60000));
        QCOMPARE(finished.first().at(1).toString(), QString());
        QProcess pdftotext;
        pdftotext.start(u"pdftotext"_s, {u"-enc"_s, u"UTF-8"_s, path, u"-"_s});
        QVERIFY(pdftotext.waitForFinished(60000));
        const QString text = QString::fromUtf8(pdftotext.readAllStandardOutput());
        for (const QString &label : {u"参数（配置键）"_s, u"窗口内帖子数"_s, u"检验"_s, u"立即行动"_s, u"相对基线的增长"_s})
            QVERIFY2(text.contains(label), qPrintable(label + u" not in:\n"_s + text.left(2000)));
        QVERIFY(!text.contains(u"Parameters (config keys)"_s));
    }
};

QTEST_MAIN(TestUiTranslator)
#include "tst_uitranslator.moc"
