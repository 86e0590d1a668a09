#include <QAction>
#include <QMenuBar>
#include <QTest>
#include <QTextBrowser>

#include "core/pipeline/formulas.h"
#include "ui/dialogs/guidedialog.h"
#include "ui/mainwindow.h"
#include "ui/uitranslator.h"

using namespace Qt::StringLiterals;

namespace {

/// Every formula text the pipeline and the decision log quote: the guide must show each verbatim.
const QStringList kFormulas = {
    formulas::kEngagement, formulas::kEngagementRate, formulas::kHoursSinceFirstSeen, formulas::kVelocity,
    formulas::kCreatorDiversity, formulas::kCoverage, formulas::kAdjustedCount, formulas::kBaseline,
    formulas::kGrowth, formulas::kSurgeZ, formulas::kSignificance, formulas::kNoBaseline, formulas::kLifecycle,
    formulas::kHealth, formulas::kConfidence, formulas::kCrossPlatform, formulas::kJaccard, formulas::kUrgency,
    formulas::kRanking};

/// The formula names an analyst looks for, as the SPEC writes them.
const QStringList kNames = {u"engagement_rate"_s, u"hours_since_first_seen"_s, u"velocity"_s, u"creator_diversity"_s,
                            u"volume_k"_s,        u"a_k"_s,                    u"growth"_s,   u"surge_z"_s,
                            u"significance"_s,    u"health"_s,                 u"confidence"_s, u"cross_platform"_s,
                            u"regions ≥ validation.min_regions"_s, u"jaccard"_s, u"act_now"_s, u"prepare"_s,
                            u"monitor"_s, u"unique_creators ≥ validation.min_creators"_s};

GuideDialog *openGuide(MainWindow &window)
{
    auto *action = window.findChild<QAction *>(u"guideAction"_s);
    if (!action)
        return nullptr;
    action->trigger();
    return window.findChild<GuideDialog *>();
}

} // namespace

/// Help → Guide: opened through its action, it shows the workflow, every formula exactly as the
/// pipeline states it, the labels and a shortcut for every menu entry that has one; in Chinese too.
class TestGuideDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(u"GlassTrendTests"_s);
        QCoreApplication::setApplicationName(u"tst_guidedialog"_s);
    }

    void opensFromHelpWithF1()
    {
        MainWindow window(DesktopContext{});
        window.show();
        auto *action = window.findChild<QAction *>(u"guideAction"_s);
        QVERIFY(action);
        QCOMPARE(action->shortcut(), QKeySequence(QKeySequence::HelpContents));
        GuideDialog *guide = openGuide(window);
        QVERIFY(guide);
        QVERIFY(guide->isVisible());
        // F1 again raises the same guide rather than opening a second one.
        action->trigger();
        QCOMPARE(window.findChildren<GuideDialog *>().size(), 1);
    }

    void showsEveryFormulaAndShortcut()
    {
        MainWindow window(DesktopContext{});
        window.show();
        GuideDialog *guide = openGuide(window);
        QVERIFY(guide);
        const QString text = guide->browser()->toPlainText();
        QVERIFY(text.contains(u"The workflow"_s));
        for (const QString &step : {u"Import"_s, u"Window and as-of"_s, u"Clusters"_s, u"Checks"_s, u"Tiles"_s, u"Export"_s})
            QVERIFY2(text.contains(step), qPrintable(step));
        for (const QString &formula : kFormulas)
            QVERIFY2(text.contains(formula), qPrintable(formula));
        for (const QString &name : kNames)
            QVERIFY2(text.contains(name), qPrintable(name));
        for (const QString &label : {u"ACT NOW"_s, u"PREPARE"_s, u"MONITOR"_s, u"New"_s, u"Rising"_s, u"Peaked"_s, u"Steady"_s})
            QVERIFY2(text.contains(label), qPrintable(label));
        // Every action of the real menus with a shortcut is in the table, with its keys.
        int shortcuts = 0;
        for (const QAction *action : window.findChildren<QAction *>()) {
            if (action->shortcut().isEmpty() || action->menu())
                continue;
            ++shortcuts;
            const QString keys = action->shortcut().toString(QKeySequence::NativeText);
            QVERIFY2(text.contains(keys), qPrintable(action->text() + u": "_s + keys));
            QString entry = action->text();
            entry.remove(u'&');
            QVERIFY2(text.contains(entry), qPrintable(entry));
        }
        QVERIFY(shortcuts >= 10); // import, export ×2, projects, quit, pages, log, re-run, cancel, guide
        QVERIFY(text.contains(u"F1"_s));
        QVERIFY(!text.contains(u"{{"_s)); // no placeholder left unfilled
    }

    void followsTheUiLanguage()
    {
        UiTranslator translator;
        QCOMPARE(translator.apply(UiLanguage::Chinese), u"zh_CN"_s);
        MainWindow window(DesktopContext{});
        window.show();
        GuideDialog *guide = openGuide(window);
        QVERIFY(guide);
        QCOMPARE(guide->windowTitle(), u"GlassTrend 使用指南"_s);
        const QString text = guide->browser()->toPlainText();
        QVERIFY(text.contains(u"工作流程"_s));
        QVERIFY(text.contains(u"键盘快捷键"_s));
        QVERIFY(text.contains(u"立即行动"_s));
        // The exact forms stay the pipeline's own; the shortcut table names the Chinese menus.
        for (const QString &formula : kFormulas)
            QVERIFY2(text.contains(formula), qPrintable(formula));
        QVERIFY(text.contains(u"帮助 → "_s) || text.contains(u"帮助(H)"_s) || text.contains(u"帮助"_s));
        QVERIFY(text.contains(u"使用指南"_s));
        translator.apply(UiLanguage::English);
        QCOMPARE(GuideDialog::html(&window).contains(u"The workflow"_s), true);
    }
};

QTEST_MAIN(TestGuideDialog)
#include "tst_guidedialog.moc"
