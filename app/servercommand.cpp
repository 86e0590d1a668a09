#include <cstdio>

#include <QCoreApplication>
#include <QTextStream>

#include "app/appcontext.h"
#include "app/commands.h"
#include "app/memorypolicy.h"
#include "app/unixsignals.h"
#include "core/api/apiserver.h"
#include "core/log/log.h"
#include "core/poll/feedpoller.h"
#include "core/service/alertservice.h"
#include "core/service/discoveryscheduler.h"
#include "core/service/discoveryservice.h"

using namespace Qt::StringLiterals;

int runServer(AppContext &context, const CommandLine &commandLine)
{
    ApiServer server(context.apiServerSettings(commandLine),
                     ApiServices{context.imports, context.discovery, context.storage.alerts, context.cache});
    // Alerts and discovery.schedule belong where discovery runs (roles all and discover). The alerts
    // listen to every stored run (the API's and the schedule's) from before the server listens.
    const bool discovers = roleServes(server.role(), ServerRole::Discover);
    const AlertSettings &alertConfig = context.config.alerts;
    std::unique_ptr<AlertService> alerts;
    if (discovers && (!alertConfig.watch.isEmpty() || alertConfig.onActNow)) {
        if (context.storage.alerts) {
            alerts = std::make_unique<AlertService>(context.storage.alerts, WatchList{alertConfig.watch, alertConfig.onActNow},
                                                    WebhookSettings{alertConfig.webhooks, alertConfig.secret}, QString());
            context.discovery->setRunListener([service = alerts.get()](const auto &run) { service->runStored(run); });
        } else {
            gtlog::app()->warn("alerts: {} keeps no alerts; alerts.* are ignored", context.storage.location);
        }
    }
    if (Status listening = server.listen(); !listening) {
        QTextStream(stderr) << u"glasstrend --serve: "_s << listening.error().message << u'\n';
        context.discovery->setRunListener({});
        return 1;
    }
    gtlog::app()->info("serving {} as role {} (database {}){}", server.address(), serverRoleName(server.role()),
                       context.storage.location,
                       context.config.server.apiToken.isEmpty() ? u""_s : u", bearer token required"_s);

    std::unique_ptr<DiscoveryScheduler> scheduler;
    if (alerts) {
        alerts->setBaseUrl(server.address());
        alerts->resumeUndelivered();
        gtlog::app()->info("alerts on: {} watched tag(s), act_now {}, {} webhook(s)", alertConfig.watch.size(),
                           alertConfig.onActNow ? "on" : "off", alertConfig.webhooks.size());
    }
    if (const int every = context.config.discovery.scheduleS; every > 0) {
        if (discovers) {
            // One run per tick across every discover instance on this database (Storage::schedule).
            scheduler = std::make_unique<DiscoveryScheduler>(context.discovery, every * 1000, context.storage.schedule);
            scheduler->start();
            gtlog::app()->info("scheduled discovery every {} s", every);
        } else {
            gtlog::app()->info("discovery.schedule left to the discover instances (role {})", serverRoleName(server.role()));
        }
    }

    // poll.sources: captures arriving in folders or at URLs are imported in the background and
    // show up in the next discovery. The feeds are ingestion, so only instances taking posts poll.
    FeedPoller poller(context.config.poll, context.imports, context.storage.pollState);
    if (!context.config.poll.sources.isEmpty()) {
        if (roleServes(server.role(), ServerRole::Ingest)) {
            poller.start();
            gtlog::app()->info("polling {} feed source(s)", context.config.poll.sources.size());
        } else {
            gtlog::app()->info("poll.sources: {} source(s) left to the ingest instances (role {})",
                               context.config.poll.sources.size(), serverRoleName(server.role()));
        }
    }

    // Freed memory goes back to the system between discoveries (app/memorypolicy.h).
    memorypolicy::trimPeriodically(&server, 5000);

    // SIGTERM/SIGINT: stop polling (an import in flight finishes its batch), stop accepting, let
    // requests in flight finish and commit, then leave the event loop; the database closes when
    // the context goes out of scope in main().
    UnixSignals signals;
    QObject::connect(&signals, &UnixSignals::terminationRequested, &server, [&server, &poller, &scheduler](int signalNumber) {
        gtlog::app()->info("signal {} received: shutting down", signalNumber);
        poller.stop();
        if (scheduler)
            scheduler->stop();
        server.shutdown();
    });
    QObject::connect(&server, &ApiServer::stopped, QCoreApplication::instance(), [] {
        gtlog::app()->info("server stopped");
        QCoreApplication::exit(0);
    });
    const int code = QCoreApplication::exec();
    scheduler.reset(); // waits for a scheduled run in flight, which the alerts still hear about
    context.discovery->setRunListener({});
    return code;
}
