// A bare REST server for the hand-run benchmarks of tests/api/bench (ingestion throughput, /health
// requests per second, memory over a long ingestion): the real ApiServer and services on a given
// database, without the rest of the application, so a benchmark measures the API and nothing else.
//
//   gt_api_benchserver --db /tmp/bench.db --port 8765 [--workers 4] [--quiet | --log-level debug]
//
// SIGTERM/SIGINT stop it gracefully like `glasstrend --serve`.
#include <csignal>

#include <QCoreApplication>
#include <QSocketNotifier>
#include <QTextStream>
#include <QTimer>

#include <unistd.h>

#include "core/storage/postrepository.h"
#include "core/api/apiserver.h"
#include "core/log/log.h"
#include "core/model/ingestoptions.h"
#include "core/model/pipelineparams.h"
#include "core/service/discoveryservice.h"
#include "core/service/importservice.h"
#include "core/storage/database.h"
#include "tests/support/sqlitediscovery.h"

using namespace Qt::StringLiterals;

namespace {
int g_signalPipe[2] = {-1, -1};
void onSignal(int)
{
    const char c = 1;
    (void)!::write(g_signalPipe[1], &c, 1);
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    auto value = [&](const QString &name, const QString &fallback) {
        const qsizetype i = args.indexOf(name);
        return i >= 0 && i + 1 < args.size() ? args.at(i + 1) : fallback;
    };
    gtlog::LogSettings log;
    log.level = args.contains(u"--quiet"_s) ? u"warn"_s : value(u"--log-level"_s, u"info"_s);
    (void)gtlog::setup(log);

    auto db = Database::open(value(u"--db"_s, u"/tmp/gt-bench.db"_s));
    if (!db) {
        QTextStream(stderr) << db.error().message << u'\n';
        return 1;
    }
    ApiServerSettings settings;
    settings.port = value(u"--port"_s, u"8765"_s).toUShort();
    settings.workerThreads = value(u"--workers"_s, u"4"_s).toInt();
    ApiServer server(settings, ApiServices{std::make_shared<ImportService>(std::make_shared<PostRepository>(db.value()), IngestOptions{}),
                                           sqliteDiscovery(db.value(), PipelineParams{}, u"latest"_s, true)});
    if (Status s = server.listen(); !s) {
        QTextStream(stderr) << s.error().message << u'\n';
        return 1;
    }
    QTextStream(stdout) << server.address() << Qt::endl;

    if (::pipe(g_signalPipe) != 0)
        return 1;
    std::signal(SIGTERM, onSignal);
    std::signal(SIGINT, onSignal);
    QSocketNotifier notifier(g_signalPipe[0], QSocketNotifier::Read);
    QObject::connect(&notifier, &QSocketNotifier::activated, &server, [&server] {
        char c;
        (void)!::read(g_signalPipe[0], &c, 1);
        server.shutdown();
    });
    QObject::connect(&server, &ApiServer::stopped, &app, [] { QCoreApplication::exit(0); });
    return QCoreApplication::exec();
}
