#include <cstdio>

#include <QCoreApplication>
#include <QTextStream>

#include "app/appcontext.h"
#include "app/commands.h"
#include "app/unixsignals.h"
#include "core/api/apiserver.h"
#include "core/log/log.h"
#include "core/poll/feedpoller.h"

using namespace Qt::StringLiterals;

int runServer(AppContext &context, const CommandLine &commandLine)
{
    // Poll state (which files and URLs were read) is kept in the SQLite file only, for now.
    if (!context.database && !context.config.poll.sources.isEmpty()) {
        QTextStream(stderr) << u"glasstrend --serve: poll.sources needs an SQLite database for now (%1 is "
                               "PostgreSQL); push posts with POST /api/v1/posts instead\n"_s.arg(context.storage.location);
        return 2;
    }
    ApiServer server(context.apiServerSettings(commandLine), ApiServices{context.imports, context.discovery});
    if (Status listening = server.listen(); !listening) {
        QTextStream(stderr) << u"glasstrend --serve: "_s << listening.error().message << u'\n';
        return 1;
    }
    gtlog::app()->info("serving {} as role {} (database {}){}", server.address(), serverRoleName(server.role()),
                       context.storage.location,
                       context.config.server.apiToken.isEmpty() ? u""_s : u", bearer token required"_s);

    // poll.sources: captures arriving in folders or at URLs are imported in the background and
    // show up in the next discovery. The feeds are ingestion, so only instances taking posts poll.
    FeedPoller poller(context.config.poll, context.imports, context.database);
    if (!context.config.poll.sources.isEmpty()) {
        if (roleServes(server.role(), ServerRole::Ingest)) {
            poller.start();
            gtlog::app()->info("polling {} feed source(s)", context.config.poll.sources.size());
        } else {
            gtlog::app()->info("poll.sources: {} source(s) left to the ingest instances (role {})",
                               context.config.poll.sources.size(), serverRoleName(server.role()));
        }
    }

    // SIGTERM/SIGINT: stop polling (an import in flight finishes its batch), stop accepting, let
    // requests in flight finish and commit, then leave the event loop; the database closes when
    // the context goes out of scope in main().
    UnixSignals signals;
    QObject::connect(&signals, &UnixSignals::terminationRequested, &server, [&server, &poller](int signalNumber) {
        gtlog::app()->info("signal {} received: shutting down", signalNumber);
        poller.stop();
        server.shutdown();
    });
    QObject::connect(&server, &ApiServer::stopped, QCoreApplication::instance(), [] {
        gtlog::app()->info("server stopped");
        QCoreApplication::exit(0);
    });
    return QCoreApplication::exec();
}
