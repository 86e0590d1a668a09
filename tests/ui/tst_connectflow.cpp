#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include "core/model/ingestoptions.h"
#include "core/service/discoveryservice.h"
#include "core/service/importservice.h"
#include "core/service/livewindow.h"
#include "core/storage/database.h"
#include "core/storage/postgres/pgstorage.h"
#include "core/storage/postrepository.h"
#include "core/storage/poststore.h"
#include "core/storage/projectstore.h"
#include "core/storage/sqlite/sqliteprojectstore.h"
#include "core/storage/storagelocation.h"
#include "tests/support/freeport.h"
#include "tests/support/pgtestserver.h"
#include "tests/support/sqlitediscovery.h"
#include "tests/support/testdata.h"
#include "ui/connectflow.h"
#include "ui/desktopsettings.h"
#include "ui/dialogs/connectdialog.h"
#include "ui/mainwindow.h"
#include "ui/models/tilemodel.h"
#include "ui/pages/trendspage.h"
#include "ui/pipelinerunner.h"
#include "ui/projectcontroller.h"
#include "ui/widgets/timebar.h"

using namespace Qt::StringLiterals;

/// File → Connect to a team database… (issue 14, item 5), offscreen against a real PostgreSQL 15
/// (PgTestServer): the dialog driven as the analyst would, the posts stored in PostgreSQL shown as tiles,
/// the URI kept without its password, imports refused unless allowed, and a bad URI reported while the
/// previous project stays open.
class TestConnectFlow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"GlassTrendTests"_s);
        desktopSettings().remove(u"tst_connectflow"_s);
        QVERIFY(m_dir.isValid());
        if (!m_pg.available())
            return;
        QVERIFY2(m_pg.start(), qPrintable(m_pg.error()));
        m_uri = m_pg.createDatabase(u"team"_s);
        QVERIFY2(!m_uri.isEmpty(), qPrintable(m_pg.error()));
        QCOMPARE(storagelocation::withoutPassword(m_uri), m_uri); // trust authentication: no password in it
        // The team's posts, stored in PostgreSQL through the import service (what an ingest instance does).
        auto storage = pgstorage::open(m_uri, {});
        QVERIFY2(storage.ok(), qPrintable(storage.ok() ? QString() : storage.error().message));
        m_team = storage.value();
        const Result<ImportReport> report = ImportService(m_team.posts, IngestOptions{})
                                                .importFile(testsupport::sourcePath(u"resources/ui/sample/sample.ndjson"_s));
        QVERIFY(report.ok());
        QVERIFY(report.value().inserted > 2000);
        // A small file of three new posts, to import (or not) from the window.
        m_extra = m_dir.filePath(u"extra.ndjson"_s);
        QFile file(m_extra);
        QVERIFY(file.open(QIODevice::WriteOnly));
        for (int i = 0; i < 3; ++i)
            file.write(QStringLiteral(R"({"platform":"tiktok","post_id":"team-extra-%1","created_at":"2026-05-27T10:0%1:00Z",)"
                                      R"("creator_id":"a%1","text":"#connectflow test %1","hashtags":["connectflow"]})"
                                          "\n")
                           .arg(i)
                           .toUtf8());
    }

    void init()
    {
        if (!m_pg.available())
            QSKIP(qPrintable(m_pg.skipReason()));
        desktopSettings().remove(u"tst_connectflow"_s);
        openWindow(m_dir.filePath(u"local.db"_s));
    }

    void cleanup()
    {
        m_window.reset();
    }

    void connectsThroughTheDialogReadOnly()
    {
        QAction *connectAction = m_window->menuBar()->findChild<QAction *>(u"connectTeamDatabase"_s);
        QVERIFY(connectAction);
        QVERIFY(connectAction->text().contains(u"team database"_s));
        // The analyst types the URI; a password in it is refused (it comes from PGPASSWORD or ~/.pgpass).
        bool allowedByDefault = true;
        bool passwordRefused = false;
        answerDialog([&](ConnectDialog *dialog) {
            QPushButton *ok = dialog->buttons()->button(QDialogButtonBox::Ok);
            QTest::keyClicks(dialog->uriEdit(), u"/tmp/trends.db"_s);
            const bool fileRefused = !ok->isEnabled();
            dialog->uriEdit()->setText(QString(m_uri).replace(u"gt@"_s, u"gt:s3cret@"_s));
            passwordRefused = fileRefused && !ok->isEnabled() &&
                              dialog->findChild<QLabel *>(u"connectHint"_s)->text().contains(u"PGPASSWORD"_s);
            dialog->uriEdit()->setText(m_uri);
            allowedByDefault = dialog->allowImportBox()->isChecked();
            QVERIFY(ok->isEnabled());
            ok->click();
        });
        QSignalSpy opened(m_window.get(), &MainWindow::databaseOpened);
        connectAction->trigger();
        QVERIFY(passwordRefused);
        QVERIFY(!allowedByDefault);
        QTRY_VERIFY_WITH_TIMEOUT(!opened.isEmpty(), 60000); // may come before wait() (a fast open)
        QCOMPARE(opened.first().first().toString(), m_uri);
        QVERIFY(m_window->workspace().isTeam);
        QVERIFY(m_window->workspace().readOnly);

        // The tiles are the posts stored in PostgreSQL: the sample's planted trend is there.
        TileModel *tiles = m_window->trendsPage()->model();
        QTRY_VERIFY_WITH_TIMEOUT(tiles->run() && tiles->rowCount() >= 2, 60000);
        QVERIFY(hasTrend(u"matchalatte"_s));
        const QString name = u"127.0.0.1:%1/team"_s.arg(m_pg.port());
        QVERIFY2(m_window->windowTitle().contains(name), qPrintable(m_window->windowTitle()));
        QVERIFY(m_window->windowTitle().contains(u"read-only"_s));
        QCOMPARE(recentEntries().value(0), m_uri);

        // The time control works on the loaded window as on SQLite: an earlier as-of re-runs there.
        const qint64 asOf = tiles->run()->asOfMs - 24 * 3600 * 1000LL;
        m_window->showAsOf(asOf);
        QTRY_VERIFY_WITH_TIMEOUT(tiles->run() && tiles->run()->asOfMs == asOf, 60000);

        // Read-only: an import is refused with a clear message and nothing is written, settings neither.
        const qint64 before = m_team.posts->count().value();
        m_window->importFiles({m_extra});
        QVERIFY2(m_window->statusMessage().contains(u"Not imported"_s) &&
                     m_window->statusMessage().contains(u"read-only"_s) && m_window->statusMessage().contains(name),
                 qPrintable(m_window->statusMessage()));
        m_window->projects()->flush();
        QTest::qWait(100);
        QCOMPARE(m_team.posts->count().value(), before);
        QVERIFY(m_team.project->settings().value().isEmpty());
    }

    void passwordIsNeverShownNorSaved_andImportsWhenAllowed()
    {
        // Trust authentication ignores the password: the connection works, and it must go nowhere.
        const QString withPassword = QString(m_uri).replace(u"gt@"_s, u"gt:s3cret@"_s);
        QSignalSpy opened(m_window.get(), &MainWindow::databaseOpened);
        m_window->connectFlow()->connectTo(withPassword, true);
        QTRY_VERIFY_WITH_TIMEOUT(!opened.isEmpty(), 60000); // may come before wait() (a fast open)
        QCOMPARE(opened.first().first().toString(), m_uri);
        QCOMPARE(m_window->workspace().databasePath, m_uri);
        QVERIFY(!m_window->workspace().readOnly);
        QVERIFY(!m_window->windowTitle().contains(u"s3cret"_s));
        QVERIFY(!m_window->windowTitle().contains(u"read-only"_s));
        QVERIFY(!m_window->statusMessage().contains(u"s3cret"_s));
        QCOMPARE(recentEntries().value(0), m_uri);
        QVERIFY(!desktopSettings().value(u"tst_connectflow/recent"_s).toStringList().join(u' ').contains(u"s3cret"_s));

        // Allowed: the import goes into PostgreSQL.
        QTRY_VERIFY_WITH_TIMEOUT(m_window->trendsPage()->model()->run(), 60000);
        const qint64 before = m_team.posts->count().value();
        QSignalSpy imported(m_window.get(), &MainWindow::importFinished);
        m_window->importFiles({m_extra});
        QTRY_VERIFY_WITH_TIMEOUT(!imported.isEmpty(), 60000); // may come before wait() (a fast open)
        QCOMPARE(m_team.posts->count().value(), before + 3);

        // Open recent reopens it from the URI without the password, read-only again.
        QAction *entry = nullptr;
        for (QAction *a : m_window->menuBar()->findChildren<QAction *>()) {
            if (a->text() == m_uri && !a->menu())
                entry = a;
        }
        QVERIFY(entry);
        QSignalSpy reopened(m_window.get(), &MainWindow::databaseOpened);
        entry->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!reopened.isEmpty(), 60000); // may come before wait() (a fast open)
        QCOMPARE(reopened.first().first().toString(), m_uri);
        QVERIFY(m_window->workspace().readOnly);
    }

    void wrongUriShowsAnErrorAndKeepsTheProject_data()
    {
        QTest::addColumn<QString>("uri");
        QTest::addColumn<QString>("named");
        QTest::newRow("server down") << u"postgresql://gt:s3cret@127.0.0.1:%1/team"_s.arg(freeTcpPort()) << u"127.0.0.1"_s;
        QTest::newRow("unknown role") << u"postgresql://nobody:s3cret@127.0.0.1:%1/team"_s.arg(m_pg.port()) << u"nobody"_s;
        QTest::newRow("unknown database") << u"postgresql://gt:s3cret@127.0.0.1:%1/nope"_s.arg(m_pg.port()) << u"nope"_s;
    }
    void wrongUriShowsAnErrorAndKeepsTheProject()
    {
        QFETCH(QString, uri);
        QFETCH(QString, named);
        const QString local = m_window->workspace().databasePath;
        const QString title = m_window->windowTitle();
        QVERIFY(local.endsWith(u"local.db"_s));
        QString shown;
        auto *timer = new QTimer(m_window.get());
        timer->setInterval(20);
        connect(timer, &QTimer::timeout, timer, [&shown, timer] {
            for (QWidget *w : QApplication::topLevelWidgets()) {
                auto *box = qobject_cast<QMessageBox *>(w);
                if (box && box->isVisible()) {
                    shown = box->text();
                    box->accept();
                    timer->stop();
                }
            }
        });
        timer->start();
        QSignalSpy failed(m_window->projects(), &ProjectController::failed);
        m_window->connectFlow()->connectTo(uri, false);
        QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), 60000); // may come before wait() (a fast open)
        QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty(), 10000);
        qInfo("shown: %s", qPrintable(shown));
        QVERIFY2(shown.contains(named), qPrintable(shown));
        QVERIFY2(!shown.contains(u"s3cret"_s), qPrintable(shown));
        QVERIFY(!m_window->statusMessage().contains(u"s3cret"_s));
        QCOMPARE(m_window->workspace().databasePath, local);
        QCOMPARE(m_window->windowTitle(), title);
        QVERIFY(!recentEntries().join(u' ').contains(u"s3cret"_s));
    }

private:
    void openWindow(const QString &initialDatabase)
    {
        DesktopContext ctx;
        ctx.initialDatabase = initialDatabase;
        ctx.settingsGroup = u"tst_connectflow"_s;
        ctx.sampleDatabasePath = m_dir.filePath(u"never-the-sample.db"_s);
        // As app/ does: a postgresql:// URI is the PostgreSQL backend, a path an SQLite file.
        ctx.openDatabase = [](const QString &location) -> Result<Workspace> {
            if (storagelocation::isPostgresUri(location)) {
                Result<Storage> storage = pgstorage::open(location, {});
                if (!storage)
                    return storage.error();
                const Storage s = storage.value();
                auto discovery = std::make_shared<DiscoveryService>(s.posts, s.runs, PipelineParams{}, u"latest"_s,
                                                                    std::make_shared<LiveWindow>(s.posts));
                return Workspace::fromServices(location, discovery, std::make_shared<ImportService>(s.posts, IngestOptions{}),
                                               s.project, s.alerts);
            }
            auto db = Database::open(location);
            if (!db)
                return db.error();
            return Workspace::fromServices(
                location, sqliteDiscovery(db.value(), PipelineParams{}, u"latest"_s, true),
                std::make_shared<ImportService>(std::make_shared<PostRepository>(db.value()), IngestOptions{}),
                std::make_shared<SqliteProjectStore>(db.value()));
        };
        m_window = std::make_unique<MainWindow>(ctx);
        m_window->projects()->setSaveDelayMs(20);
        m_window->show();
        // An open that is done at once is applied in the constructor already: wait for the state, not a signal.
        QTRY_COMPARE_WITH_TIMEOUT(m_window->workspace().databasePath, initialDatabase, 60000);
    }

    /// Answers the next Connect dialog with `answer` once it is shown.
    void answerDialog(std::function<void(ConnectDialog *)> answer)
    {
        auto *timer = new QTimer(m_window.get());
        timer->setInterval(20);
        connect(timer, &QTimer::timeout, timer, [this, timer, answer] {
            ConnectDialog *dialog = m_window->connectFlow()->dialog();
            if (!dialog || !dialog->isVisible())
                return;
            timer->stop();
            answer(dialog);
            if (dialog->isVisible())
                dialog->reject(); // a failed check above: never leave the modal dialog open
        });
        timer->start();
    }

    QStringList recentEntries() const
    {
        for (QAction *top : m_window->menuBar()->actions()) {
            if (!top->menu())
                continue;
            for (QAction *a : top->menu()->actions()) {
                if (a->text() == u"Open &recent"_s && a->menu()) {
                    QStringList texts;
                    for (QAction *entry : a->menu()->actions())
                        texts.append(entry->text());
                    return texts;
                }
            }
        }
        return {};
    }

    bool hasTrend(const QString &anchor) const
    {
        const TileModel *tiles = m_window->trendsPage()->model();
        for (const ClusterResult &c : tiles->run()->clusters) {
            if (c.anchor == anchor && c.isTrend)
                return tiles->rowOf(c.trendId) >= 0;
        }
        return false;
    }

    PgTestServer m_pg;
    QTemporaryDir m_dir;
    QString m_uri;
    QString m_extra;
    Storage m_team;
    std::unique_ptr<MainWindow> m_window;
};

QTEST_MAIN(TestConnectFlow)
#include "tst_connectflow.moc"
