#pragma once

#include <QProcessEnvironment>
#include <QString>

#include "core/config/alertsettings.h"
#include "core/config/cachesettings.h"
#include "core/config/databasesettings.h"
#include "core/config/discoverysettings.h"
#include "core/config/pollsettings.h"
#include "core/config/serversettings.h"
#include "core/log/logsettings.h"
#include "core/model/ingestoptions.h"
#include "core/model/pipelineparams.h"
#include "core/model/result.h"

/// Everything config.yaml can say (SPEC section 6). Every member has its default, so a
/// default-constructed Config is the configuration of a program started with no file at all.
/// The keys, their types, defaults and documentation are listed by configKeys().
struct Config
{
    PipelineParams pipeline; ///< SPEC section 3 keys, platforms.<slug>.*, evidence.top_posts
    /// pipeline.as_of as written: "latest" (the newest post; pipeline.asOfMs empty), "now", or an
    /// ISO-8601 time (then also in pipeline.asOfMs). "now" leaves pipeline.asOfMs empty: a long
    /// running server must resolve it per run with resolveAsOf(), not once at start-up.
    QString asOf = QStringLiteral("latest");
    IngestOptions ingest;
    DatabaseSettings database;
    CacheSettings cache;
    DiscoverySettings discovery;
    ServerSettings server;
    gtlog::LogSettings logging;
    PollSettings poll;
    AlertSettings alerts;
};

/// Loads the configuration: defaults < the YAML file < a `.env` file beside it < the real
/// environment (`GLASSTREND_<KEY>` with dots as `_`, e.g. GLASSTREND_HEALTH_WEIGHTS_DIVERSITY;
/// GLASSTREND_API_TOKEN is accepted for server.api_token).
/// `path` empty = no file (and no .env); a path that does not exist is an error ("not_found").
/// Every problem of every layer is collected and reported at once in one Error ("invalid_config"):
/// `message` has one line per problem, each starting with the key's path
/// ("clustering.min_jaccard: expected a number, got \"high\" (config.yaml:7)"), and `details` is an
/// array of {"key", "message"}. Unknown GLASSTREND_* variables of the real environment are only
/// logged (the environment is shared with other programs); in .env they are errors.
Result<Config> loadConfig(const QString &path, const QProcessEnvironment &env);

/// QStandardPaths::AppConfigLocation + "/config.yaml" (e.g. ~/.config/GlassTrend/config.yaml).
QString defaultConfigPath();

/// pipeline.as_of → the `asOfMs` of a run: "latest" → none (the newest post), "now" → nowMs, an
/// ISO-8601 time with offset or Z → its UTC ms. Anything else is an "invalid_value" error.
Result<std::optional<qint64>> resolveAsOf(const QString &asOf, qint64 nowMs);
