#include <QComboBox>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QWidget>

#include "ui/dialogs/platformdialog.h"
#include "ui/platformquestion.h"

using namespace Qt::StringLiterals;

namespace {

/// A report as an import of a native CSV without a platform column writes it.
ImportReport reportWithoutPlatform(const QString &file, qint64 records)
{
    ImportReport r;
    r.file = file;
    r.rejected = records;
    RejectGroup group;
    group.field = u"platform"_s;
    group.reason = u"required"_s;
    group.example = u"required"_s;
    group.count = records;
    group.firstLines = {2, 3};
    r.rejectGroups.append(group);
    return r;
}

} // namespace

/// The desktop asks for the platform of a file that does not say it (SPEC section 2), driven offscreen.
class TestPlatformQuestion final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void asksAndImportsAgainWithTheAnswer()
    {
        QWidget window;
        PlatformQuestion question(&window);
        QSignalSpy requested(&question, &PlatformQuestion::importRequested);
        ImportReport other;
        other.file = u"/data/fine.ndjson"_s; // said its platform: not asked about
        question.enqueue({other, reportWithoutPlatform(u"/data/scraper.csv"_s, 120)});
        QVERIFY(question.hasQueued());
        question.askNext();
        PlatformDialog *dialog = question.dialog();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QVERIFY(!question.hasQueued());
        QPushButton *ok = dialog->buttons()->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled()); // nothing picked yet
        QVERIFY(dialog->platformBox()->findData(u"weibo"_s) >= 0);
        QVERIFY(dialog->platformBox()->findData(u"tieba"_s) >= 0);

        // A typed alias counts as its slug; a typed non-slug keeps Import disabled.
        dialog->platformBox()->setEditText(u"not a slug!"_s);
        QVERIFY(!ok->isEnabled());
        dialog->platformBox()->setEditText(u"RedNote"_s);
        QVERIFY(ok->isEnabled());
        QCOMPARE(dialog->platform(), u"xiaohongshu"_s);
        dialog->platformBox()->setCurrentIndex(dialog->platformBox()->findData(u"weibo"_s));
        QTest::mouseClick(ok, Qt::LeftButton);
        QCOMPARE(requested.size(), 1);
        QCOMPARE(requested.at(0).at(0).toString(), u"/data/scraper.csv"_s);
        QCOMPARE(requested.at(0).at(1).toString(), u"weibo"_s);
        QTRY_VERIFY(!question.dialog());
    }

    void cancelLeavesTheFileOutAndAsksTheNext()
    {
        QWidget window;
        PlatformQuestion question(&window);
        QSignalSpy requested(&question, &PlatformQuestion::importRequested);
        QSignalSpy messages(&question, &PlatformQuestion::message);
        question.enqueue({reportWithoutPlatform(u"/data/a.csv"_s, 3), reportWithoutPlatform(u"/data/b.csv"_s, 4)});
        question.enqueue({reportWithoutPlatform(u"/data/a.csv"_s, 3)}); // queued once
        question.askNext();
        QVERIFY(question.dialog());
        question.dialog()->reject();
        QCOMPARE(requested.size(), 0);
        QCOMPARE(messages.size(), 1);
        QVERIFY(messages.at(0).at(0).toString().startsWith(u"a.csv: "_s));
        PlatformDialog *second = question.dialog(); // the next file is asked about at once
        QVERIFY(second);
        second->platformBox()->setCurrentIndex(second->platformBox()->findData(u"tiktok"_s));
        second->accept();
        QCOMPARE(requested.size(), 1);
        QCOMPARE(requested.at(0).at(0).toString(), u"/data/b.csv"_s);
        QVERIFY(!question.hasQueued());
    }

    void mappedFilesAreLeftToTheMappingDialog()
    {
        QWidget window;
        PlatformQuestion question(&window);
        ImportReport mapped = reportWithoutPlatform(u"/data/mapped.csv"_s, 5);
        mapped.mapping = u"given"_s;
        question.enqueue({mapped});
        QVERIFY(!question.hasQueued());
    }
};

QTEST_MAIN(TestPlatformQuestion)
#include "tst_platformquestion.moc"
