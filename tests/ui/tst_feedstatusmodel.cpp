#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "core/poll/sourceid.h"
#include "ui/dialogs/feedsdialog.h"
#include "ui/models/feedstatusmodel.h"

using namespace Qt::StringLiterals;

/// The Feeds dialog's table model, and the dialog's editing of a PollSettings value.
class TestFeedStatusModel : public QObject
{
    Q_OBJECT

private:
    static PollSource url(const QString &u) { return PollSource{u"url"_s, {}, u, 60, 30, 1000}; }

private Q_SLOTS:
    void rowsAndStatus()
    {
        FeedStatusModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const PollSource folder{u"folder"_s, u"/tmp/captures"_s, {}, 30};
        const PollSource feed = url(u"https://example.com/feed.ndjson"_s);
        model.setSources({folder, feed});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), int(FeedStatusModel::ColumnCount));
        QCOMPARE(model.index(0, FeedStatusModel::KindColumn).data().toString(), u"Folder"_s);
        QCOMPARE(model.index(1, FeedStatusModel::SourceColumn).data().toString(), u"https://example.com/feed.ndjson"_s);
        QCOMPARE(model.index(1, FeedStatusModel::LastSuccessColumn).data().toString(), u"not polled yet"_s);

        FeedStatus ok;
        ok.id = poll::sourceId(folder);
        ok.lastSuccessMs = 1'717'200'000'000; // 2024-06-01 00:00 UTC
        ok.postsImported = 18412;
        ok.nextPollMs = 1'717'200'030'000;
        FeedStatus failing;
        failing.id = poll::sourceId(feed);
        failing.lastError = u"HTTP 500 Internal Server Error"_s;
        failing.consecutiveFailures = 2;
        failing.nextPollMs = 1'717'200'240'000;
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setStatus({ok, failing});
        QCOMPARE(changed.size(), 1);
        QCOMPARE(reset.size(), 0);

        QCOMPARE(model.index(0, FeedStatusModel::LastSuccessColumn).data().toString(), u"2024-06-01 00:00"_s);
        QCOMPARE(model.index(0, FeedStatusModel::PostsColumn).data().toString(), u"18,412"_s);
        QCOMPARE(model.index(0, FeedStatusModel::NextPollColumn).data().toString(), u"2024-06-01 00:00"_s);
        QCOMPARE(model.index(1, FeedStatusModel::LastSuccessColumn).data().toString(), u"never"_s);
        QCOMPARE(model.index(1, FeedStatusModel::LastErrorColumn).data().toString(),
                 u"HTTP 500 Internal Server Error"_s);
        QVERIFY(model.index(1, FeedStatusModel::LastErrorColumn).data(Qt::ForegroundRole).isValid());
        QVERIFY(model.index(1, FeedStatusModel::NextPollColumn).data().toString().endsWith(u"(backing off)"_s));
        QVERIFY(
            model.index(1, FeedStatusModel::LastErrorColumn).data(Qt::ToolTipRole).toString().contains(u"2 failure"_s));
        QCOMPARE(model.index(1, 0).data(FeedStatusModel::SourceIdRole).toString(), poll::sourceId(feed));

        failing.busy = true;
        model.setStatus({ok, failing});
        QCOMPARE(model.index(1, FeedStatusModel::NextPollColumn).data().toString(), u"polling…"_s);
        model.setSources({});
        QCOMPARE(model.rowCount(), 0);
        model.setStatus({ok});
    }

    void dialogEditsSettings()
    {
        QTemporaryDir dir;
        FeedsDialog dialog(PollSettings{{url(u"https://example.com/a.ndjson"_s)}, 45}, false);
        QAbstractItemModelTester tester(dialog.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy settings(&dialog, &FeedsDialog::settingsChanged);
        QSignalSpy autoRerun(&dialog, &FeedsDialog::autoRerunChanged);
        QSignalSpy pollNow(&dialog, &FeedsDialog::pollNowRequested);
        QCOMPARE(dialog.model()->rowCount(), 1);

        QVERIFY(!dialog.addSource(url(u"ftp://example.com/a"_s)).ok());
        QVERIFY(!dialog.addSource(url(u"https://example.com/a.ndjson"_s)).ok()); // twice
        QVERIFY(!dialog.addSource(PollSource{u"folder"_s, dir.filePath(u"missing"_s), {}}).ok());
        QCOMPARE(settings.size(), 0);

        PollSource folder{u"folder"_s, dir.path(), {}};
        folder.intervalS = 0; // "not given": the dialog fills in poll.interval_s
        QVERIFY(dialog.addSource(folder).ok());
        QCOMPARE(settings.size(), 1);
        const PollSettings edited = settings.at(0).at(0).value<PollSettings>();
        QCOMPARE(edited.sources.size(), 2);
        QCOMPARE(edited.sources.at(1).intervalS, 45);
        QCOMPARE(dialog.model()->rowCount(), 2);

        dialog.removeSource(0);
        QCOMPARE(settings.size(), 2);
        QCOMPARE(dialog.settings().sources.size(), 1);
        QCOMPARE(dialog.settings().sources.at(0).kind, u"folder"_s);

        auto *box = dialog.findChild<QCheckBox *>();
        QVERIFY(box);
        box->setChecked(true);
        QCOMPARE(autoRerun.size(), 1);
        QVERIFY(dialog.autoRerun());

        const auto buttons = dialog.findChildren<QPushButton *>();
        QPushButton *pollButton = nullptr;
        for (QPushButton *button : buttons) {
            if (button->text() == u"Poll now"_s)
                pollButton = button;
        }
        QVERIFY(pollButton);
        pollButton->click();
        QCOMPARE(pollNow.size(), 1);
        QCOMPARE(pollNow.at(0).at(0).toString(), QString()); // nothing selected: every source
    }
};

QTEST_MAIN(TestFeedStatusModel)
#include "tst_feedstatusmodel.moc"
