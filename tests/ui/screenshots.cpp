// Opens the desktop window on a database (importing the bundled sample into it when it is empty)
// and saves a PNG of each main view: packaging/screenshots.sh runs it under Xvfb.
// Usage: gt_ui_screenshots --db PATH --out DIR [--size WxH] [--language en|zh_CN] [--dark] [--prefix P]
//        [--pages trends,clusters,charts,network,backtest,decisions,guide]
#include <QAction>
#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QListView>
#include <QPalette>
#include <QStyleFactory>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTimer>

#include "core/storage/postrepository.h"
#include "core/service/discoveryservice.h"
#include "core/service/importservice.h"
#include "core/storage/database.h"
#include "tests/support/sqlitediscovery.h"
#include "ui/dialogs/guidedialog.h"
#include "ui/mainwindow.h"
#include "ui/pages/trendspage.h"
#include "ui/pipelinerunner.h"
#include "ui/theme.h"
#include "ui/uitranslator.h"

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    Q_INIT_RESOURCE(ui);
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"GlassTrendScreenshots"_s);
    QCoreApplication::setApplicationName(u"GlassTrend"_s);
    QCommandLineParser parser;
    parser.addOption({u"db"_s, u"database"_s, u"path"_s});
    parser.addOption({u"out"_s, u"output folder"_s, u"dir"_s});
    parser.addOption({u"size"_s, u"window size"_s, u"WxH"_s, u"1600x1000"_s});
    parser.addOption({u"language"_s, u"UI language: en or zh_CN"_s, u"code"_s, u"en"_s});
    parser.addOption({u"dark"_s, u"View → Theme → Dark (Fusion with the dark palette)"_s});
    parser.addOption({u"prefix"_s, u"file name prefix"_s, u"text"_s});
    parser.addOption({u"pages"_s, u"views to shoot"_s, u"list"_s, u"trends,clusters,charts,network,decisions"_s});
    parser.process(app);
    UiTranslator translator;
    translator.apply(parser.value(u"language"_s) == u"zh_CN"_s ? UiLanguage::Chinese : UiLanguage::English);
    if (parser.isSet(u"dark"_s)) {
        // View → Theme → Dark's own style and palette (not Theme::apply(): that would save the choice).
        QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
        QApplication::setPalette(Theme::darkPalette());
    }
    const QString prefix = parser.value(u"prefix"_s);
    const QString dbPath = parser.value(u"db"_s);
    const QDir out(parser.value(u"out"_s));
    if (dbPath.isEmpty() || !QDir().mkpath(out.path()))
        parser.showHelp(2);

    const bool fresh = !QFileInfo::exists(dbPath);
    Result<std::shared_ptr<Database>> db = Database::open(dbPath);
    if (!db) {
        qCritical("%s", qPrintable(db.error().message));
        return 1;
    }
    auto imports = std::make_shared<const ImportService>(std::make_shared<PostRepository>(db.value()), IngestOptions{});
    auto discovery = sqliteDiscovery(db.value(), PipelineParams{}, u"latest"_s, true);
    if (fresh) {
        QTemporaryDir scratch;
        const QString sample = scratch.filePath(u"sample.ndjson"_s);
        QFile::copy(u":/ui/sample/sample.ndjson"_s, sample);
        const Result<ImportReport> report = imports->importFile(sample);
        if (!report) {
            qCritical("%s", qPrintable(report.error().message));
            return 1;
        }
    }

    DesktopContext ctx;
    ctx.initialDatabase = dbPath;
    ctx.settingsGroup = u"screenshots"_s;
    ctx.openDatabase = [imports, discovery](const QString &path) -> Result<Workspace> {
        Workspace ws = Workspace::fromServices(path, discovery, imports);
        ws.isSample = true;
        return ws;
    };
    MainWindow window(ctx);
    const QStringList size = parser.value(u"size"_s).split(u'x');
    window.resize(size.value(0).toInt(), size.value(1).toInt());
    window.show();

    int exitCode = 1;
    QObject::connect(window.runner(), &PipelineRunner::finished, &window, [&] {
        // Select the second tile so the evidence and the velocity chart show a trend.
        QListView *tiles = window.trendsPage()->view();
        tiles->setCurrentIndex(tiles->model()->index(qMin(1, tiles->model()->rowCount() - 1), 0));
        // A page by its class (TrendsPage for "trends"): the tabs' order and titles may change.
        const auto pageIndex = [&window](const QString &name) {
            const QString className = name.left(1).toUpper() + name.mid(1) + u"Page"_s;
            for (int t = 0; t < window.tabs()->count(); ++t) {
                if (QString::fromLatin1(window.tabs()->widget(t)->metaObject()->className()) == className)
                    return t;
            }
            return 0;
        };
        const QStringList names = parser.value(u"pages"_s).split(u',', Qt::SkipEmptyParts);
        auto shoot = std::make_shared<std::function<void(int)>>();
        *shoot = [&, names, pageIndex, prefix, shoot](int i) {
            if (i == names.size()) {
                exitCode = 0;
                QApplication::quit();
                return;
            }
            const bool guide = names[i] == u"guide"_s;
            if (guide)
                window.findChild<QAction *>(u"guideAction"_s)->trigger(); // Help → Guide, over the window
            else
                window.tabs()->setCurrentIndex(pageIndex(names[i]));
            // Give the tab one event-loop turn to lay out and paint before grabbing it.
            // (The network page lays its graph out in the background: a little longer.)
            QTimer::singleShot(names[i] == u"network"_s ? 1500 : 400, &window, [&, i, names, prefix, guide, shoot] {
                QWidget *target = guide ? static_cast<QWidget *>(window.findChild<GuideDialog *>()) : &window;
                target->grab().save(out.filePath(prefix + names[i] + u".png"_s));
                (*shoot)(i + 1);
            });
        };
        QTimer::singleShot(300, &window, [shoot] { (*shoot)(0); });
    }, Qt::SingleShotConnection);
    QTimer::singleShot(120000, &app, [] { QApplication::exit(3); });
    QApplication::exec();
    return exitCode;
}
