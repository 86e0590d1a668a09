#include "core/config/keytable.h"

#include <algorithm>

#include <QJsonArray>
#include <QJsonObject>
#include <QDir>
#include <QRegularExpression>
#include <QTimeZone>
#include <QUrl>

#include "core/log/log.h"

using namespace Qt::StringLiterals;

namespace configkeys {

namespace {

// Plain fields reach their value through two member pointers (section, field), so one template
// pair serves every simple key of every section.
QJsonValue jsonOf(int v) { return double(v); }
QJsonValue jsonOf(bool v) { return v; }
QJsonValue jsonOf(double v) { return v; }
QJsonValue jsonOf(const QString &v) { return v; }
QJsonValue jsonOf(const QStringList &v) { return QJsonArray::fromStringList(v); }
QJsonValue jsonOf(ServerRole v) { return serverRoleName(v); }
QJsonValue jsonOf(const QMap<QString, QString> &v)
{
    QJsonObject o;
    for (auto it = v.cbegin(); it != v.cend(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

void assign(int &target, const QJsonValue &v) { target = int(v.toDouble()); }
void assign(bool &target, const QJsonValue &v) { target = v.toBool(); }
void assign(double &target, const QJsonValue &v) { target = v.toDouble(); }
void assign(QString &target, const QJsonValue &v) { target = v.toString(); }
void assign(ServerRole &target, const QJsonValue &v) { target = parseServerRole(v.toString()).value_or(ServerRole::All); }
void assign(QStringList &target, const QJsonValue &v)
{
    target.clear();
    for (const QJsonValue &item : v.toArray())
        target.append(item.toString());
}
void assign(QMap<QString, QString> &target, const QJsonValue &v)
{
    target.clear();
    const QJsonObject o = v.toObject();
    for (auto it = o.begin(); it != o.end(); ++it)
        target.insert(it.key(), it.value().toString());
}

template <auto Section, auto Field>
QJsonValue getField(const Config &c, const QString &)
{
    return jsonOf((c.*Section).*Field);
}

template <auto Section, auto Field>
void setField(Draft &d, const QString &, const QJsonValue &v)
{
    assign((d.config.*Section).*Field, v);
}

constexpr auto P = &Config::pipeline;

QString checkLevel(const QJsonValue &v)
{
    const auto level = gtlog::parseLevel(v.toString());
    return level ? QString() : level.error().message;
}

QString checkTimezone(const QJsonValue &v)
{
    return QTimeZone(v.toString().toUtf8()).isValid() ? QString()
                                                      : u"unknown time zone \"%1\" (use an IANA id such as UTC or Asia/Shanghai)"_s.arg(v.toString());
}

QString checkAsOf(const QJsonValue &v)
{
    const auto ms = resolveAsOf(v.toString(), 0);
    return ms ? QString() : ms.error().message;
}

QString checkRole(const QJsonValue &v)
{
    return parseServerRole(v.toString()) ? QString() : u"expected one of %1"_s.arg(serverRoleNames().join(u", "_s));
}

QString checkNotEmpty(const QJsonValue &v)
{
    return v.toString().trimmed().isEmpty() ? u"must not be empty"_s : QString();
}

// discovery.schedule: "off" (or empty), or a whole number with a unit: 30s, 15m, 1h (and 1d). Seconds, or -1 when
// the text is none of these.
int scheduleSeconds(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t.isEmpty() || t == u"off"_s)
        return 0;
    static const QRegularExpression pattern(u"^([0-9]{1,7})\\s*(s|m|h|d)$"_s);
    const auto m = pattern.match(t);
    if (!m.hasMatch())
        return -1;
    const qint64 n = m.captured(1).toLongLong();
    const qint64 unit = m.captured(2) == u"s"_s ? 1 : m.captured(2) == u"m"_s ? 60 : m.captured(2) == u"h"_s ? 3600 : 86400;
    const qint64 seconds = n * unit;
    return n > 0 && seconds <= 366LL * 86400 ? int(seconds) : -1;
}

QString checkSchedule(const QJsonValue &v)
{
    return scheduleSeconds(v.toString()) >= 0
               ? QString()
               : u"expected off or a duration such as 30s, 15m, 1h or 1d (at most 366 days), got \"%1\""_s.arg(v.toString());
}

QJsonValue getSchedule(const Config &c, const QString &)
{
    const int s = c.discovery.scheduleS;
    if (s <= 0)
        return u"off"_s;
    return s % 3600 == 0 ? u"%1h"_s.arg(s / 3600) : s % 60 == 0 ? u"%1m"_s.arg(s / 60) : u"%1s"_s.arg(s);
}
void setSchedule(Draft &d, const QString &, const QJsonValue &v) { d.config.discovery.scheduleS = std::max(0, scheduleSeconds(v.toString())); }

QString checkRedisUrl(const QJsonValue &v)
{
    const QString text = v.toString().trimmed();
    if (text.isEmpty())
        return {};
    const QUrl url(text, QUrl::StrictMode);
    bool numeric = true;
    if (const QString db = url.path().mid(1); !db.isEmpty())
        (void)db.toUInt(&numeric);
    return url.isValid() && url.scheme() == u"redis"_s && !url.host().isEmpty() && numeric
               ? QString()
               : u"expected empty (no cache) or redis://host[:port][/db]"_s;
}

QString checkUrls(const QJsonValue &v)
{
    for (const QJsonValue &item : v.toArray()) {
        const QUrl url(item.toString(), QUrl::StrictMode);
        if (!url.isValid() || (url.scheme() != u"http"_s && url.scheme() != u"https"_s) || url.host().isEmpty())
            return u"\"%1\" is not an http:// or https:// URL"_s.arg(item.toString());
    }
    return {};
}

QJsonValue getAsOf(const Config &c, const QString &) { return c.asOf; }
void setAsOf(Draft &d, const QString &, const QJsonValue &v)
{
    d.config.asOf = v.toString().trimmed();
    // "now" stays empty here: it is resolved per run (config.h), never as a fixed time at load.
    const auto ms = resolveAsOf(d.config.asOf, 0);
    d.config.pipeline.asOfMs = ms && d.config.asOf != u"now"_s ? ms.value() : std::nullopt;
}

QJsonValue getPlatformEnabled(const Config &c, const QString &slug)
{
    return c.pipeline.enabledPlatforms.isEmpty() || c.pipeline.enabledPlatforms.contains(slug);
}
void setPlatformEnabled(Draft &d, const QString &slug, const QJsonValue &v) { d.platformEnabled[slug] = v.toBool(); }

QJsonValue getPlatformWeight(const Config &c, const QString &slug) { return c.pipeline.platformWeights.value(slug, 1.0); }
void setPlatformWeight(Draft &d, const QString &slug, const QJsonValue &v)
{
    // Absent means 1, so 1 is stored as absent: equal settings compare equal.
    if (v.toDouble() == 1.0)
        d.config.pipeline.platformWeights.remove(slug);
    else
        d.config.pipeline.platformWeights.insert(slug, v.toDouble());
}

QJsonValue getSources(const Config &c, const QString &)
{
    QJsonArray out;
    for (const PollSource &s : c.poll.sources) {
        QJsonObject o{{s.kind, s.kind == u"url"_s ? s.url : s.path},
                      {u"interval_s"_s, s.intervalS},
                      {u"timeout_s"_s, s.timeoutS},
                      {u"max_bytes"_s, double(s.maxBytes)}};
        out.append(o);
    }
    return out;
}
void setSources(Draft &d, const QString &, const QJsonValue &v)
{
    // v is canonical (see fromJson): {"kind", "path"|"url", "interval_s" (0 = not given), …}.
    d.config.poll.sources.clear();
    for (const QJsonValue &item : v.toArray()) {
        const QJsonObject o = item.toObject();
        PollSource s;
        s.kind = o.value(u"kind"_s).toString();
        s.path = o.value(u"path"_s).toString();
        s.url = o.value(u"url"_s).toString();
        s.intervalS = o.value(u"interval_s"_s).toInt();
        s.timeoutS = o.value(u"timeout_s"_s).toInt(30);
        s.maxBytes = qint64(o.value(u"max_bytes"_s).toDouble(64.0 * 1024 * 1024));
        d.config.poll.sources.append(s);
    }
}

// Path-valued strings accept "~/" for the home directory.
void setPath(QString &target, const QJsonValue &v)
{
    QString path = v.toString().trimmed();
    if (path == u"~"_s || path.startsWith(u"~/"_s))
        path = QDir::homePath() + path.mid(1);
    target = path;
}

constexpr double kUnbounded = 1e300;

KeyDef row(QString key, KeyType type, bool perRun, QString doc, double min = -kUnbounded, double max = kUnbounded,
           bool minExclusive = false, QString (*check)(const QJsonValue &) = nullptr)
{
    KeyDef def;
    def.key = std::move(key);
    def.type = type;
    def.perRun = perRun;
    def.doc = std::move(doc);
    def.min = min;
    def.max = max;
    def.minExclusive = minExclusive;
    def.check = check;
    return def;
}

// How each key reaches its value; kept apart from the rows of buildTable() so that each row
// (key, type, scope, doc, range) stays one readable line.
struct Accessor
{
    QString key;
    QJsonValue (*get)(const Config &, const QString &);
    void (*set)(Draft &, const QString &, const QJsonValue &);
};

template <auto Field>
Accessor pipelineField(const QString &key)
{
    return {key, getField<P, Field>, setField<P, Field>};
}

template <auto Section, auto Field>
Accessor field(const QString &key)
{
    return {key, getField<Section, Field>, setField<Section, Field>};
}

template <auto Section, auto Field>
Accessor pathField(const QString &key)
{
    return {key, getField<Section, Field>, [](Draft &d, const QString &, const QJsonValue &v) {
                setPath((d.config.*Section).*Field, v);
            }};
}

std::vector<KeyDef> buildTable()
{
    const Accessor accessors[] = {
        pipelineField<&PipelineParams::windowHours>(u"window.hours"_s),
        pipelineField<&PipelineParams::baselineWindows>(u"window.baseline_windows"_s),
        pipelineField<&PipelineParams::minBaselineCoverage>(u"window.min_baseline_coverage"_s),
        pipelineField<&PipelineParams::normalizeVolume>(u"window.normalize_volume"_s),
        pipelineField<&PipelineParams::stoplist>(u"clustering.stoplist"_s),
        pipelineField<&PipelineParams::minPosts>(u"clustering.min_posts"_s),
        pipelineField<&PipelineParams::minCooccurrence>(u"clustering.min_cooccurrence"_s),
        pipelineField<&PipelineParams::minJaccard>(u"clustering.min_jaccard"_s),
        pipelineField<&PipelineParams::maxTags>(u"clustering.max_tags"_s),
        field<&Config::ingest, &IngestOptions::aliases>(u"clustering.aliases"_s),
        pipelineField<&PipelineParams::healthWeightDiversity>(u"health.weights.diversity"_s),
        pipelineField<&PipelineParams::healthWeightEngagement>(u"health.weights.engagement"_s),
        pipelineField<&PipelineParams::healthWeightVelocity>(u"health.weights.velocity"_s),
        pipelineField<&PipelineParams::engagementRateTarget>(u"health.engagement_rate_target"_s),
        pipelineField<&PipelineParams::velocityTarget>(u"health.velocity_target"_s),
        pipelineField<&PipelineParams::minCreators>(u"validation.min_creators"_s),
        pipelineField<&PipelineParams::minCreatorDiversity>(u"validation.min_creator_diversity"_s),
        pipelineField<&PipelineParams::minRegions>(u"validation.min_regions"_s),
        pipelineField<&PipelineParams::minPlatforms>(u"validation.min_platforms"_s),
        pipelineField<&PipelineParams::minGrowth>(u"validation.min_growth"_s),
        pipelineField<&PipelineParams::minSignificance>(u"validation.min_significance"_s),
        pipelineField<&PipelineParams::creatorTarget>(u"validation.creator_target"_s),
        pipelineField<&PipelineParams::regionTarget>(u"validation.region_target"_s),
        pipelineField<&PipelineParams::confidenceWeightCreators>(u"confidence.weights.creators"_s),
        pipelineField<&PipelineParams::confidenceWeightRegions>(u"confidence.weights.regions"_s),
        pipelineField<&PipelineParams::actNowGrowth>(u"urgency.act_now_growth"_s),
        pipelineField<&PipelineParams::actNowConfidence>(u"urgency.act_now_confidence"_s),
        pipelineField<&PipelineParams::prepareGrowth>(u"urgency.prepare_growth"_s),
        pipelineField<&PipelineParams::topPostsPerTile>(u"evidence.top_posts"_s),
        field<&Config::ingest, &IngestOptions::naiveTimezone>(u"ingest.naive_timezone"_s),
        field<&Config::ingest, &IngestOptions::batchSize>(u"ingest.batch_size"_s),
        field<&Config::ingest, &IngestOptions::maxFutureHours>(u"ingest.max_future_hours"_s),
        field<&Config::ingest, &IngestOptions::minYear>(u"ingest.min_year"_s),
        pathField<&Config::database, &DatabaseSettings::sqlitePath>(u"database.sqlite"_s),
        field<&Config::database, &DatabaseSettings::url>(u"database.url"_s),
        field<&Config::database, &DatabaseSettings::retentionDays>(u"database.retention_days"_s),
        field<&Config::cache, &CacheSettings::redisUrl>(u"cache.redis_url"_s),
        field<&Config::discovery, &DiscoverySettings::maxWindowPosts>(u"discovery.max_window_posts"_s),
        field<&Config::database, &DatabaseSettings::maxWalMb>(u"database.max_wal_mb"_s),
        field<&Config::server, &ServerSettings::host>(u"server.host"_s),
        field<&Config::server, &ServerSettings::port>(u"server.port"_s),
        field<&Config::server, &ServerSettings::maxBodyMb>(u"server.max_body_mb"_s),
        field<&Config::server, &ServerSettings::apiToken>(u"server.api_token"_s),
        field<&Config::server, &ServerSettings::maxConnections>(u"server.max_connections"_s),
        field<&Config::server, &ServerSettings::maxInflightMb>(u"server.max_inflight_mb"_s),
        field<&Config::server, &ServerSettings::headerTimeoutS>(u"server.header_timeout_s"_s),
        field<&Config::server, &ServerSettings::bodyTimeoutS>(u"server.body_timeout_s"_s),
        field<&Config::server, &ServerSettings::idleTimeoutS>(u"server.idle_timeout_s"_s),
        field<&Config::server, &ServerSettings::allowedHosts>(u"server.allowed_hosts"_s),
        field<&Config::server, &ServerSettings::corsOrigins>(u"server.cors_origins"_s),
        field<&Config::server, &ServerSettings::role>(u"server.role"_s),
        field<&Config::logging, &gtlog::LogSettings::level>(u"logging.level"_s),
        pathField<&Config::logging, &gtlog::LogSettings::file>(u"logging.file"_s),
        field<&Config::logging, &gtlog::LogSettings::maxSizeMb>(u"logging.max_size_mb"_s),
        field<&Config::logging, &gtlog::LogSettings::maxFiles>(u"logging.max_files"_s),
        field<&Config::poll, &PollSettings::intervalS>(u"poll.interval_s"_s),
        {u"poll.sources"_s, getSources, setSources},
        {u"discovery.schedule"_s, getSchedule, setSchedule},
        field<&Config::alerts, &AlertSettings::watch>(u"alerts.watch"_s),
        field<&Config::alerts, &AlertSettings::onActNow>(u"alerts.on_act_now"_s),
        field<&Config::alerts, &AlertSettings::webhooks>(u"alerts.webhooks"_s),
        field<&Config::alerts, &AlertSettings::secret>(u"alerts.secret"_s),
        {u"pipeline.as_of"_s, getAsOf, setAsOf},
        {u"platforms.<slug>.enabled"_s, getPlatformEnabled, setPlatformEnabled},
        {u"platforms.<slug>.weight"_s, getPlatformWeight, setPlatformWeight},
    };
    // In the order of config/config.example.yaml and of configKeys().
    std::vector<KeyDef> table = {
        // window
        row(u"window.hours"_s, KeyType::Integer, true, u"Length of the current window in hours (1 to 2160 = 90 days); the window is (as_of − hours, as_of]"_s, 1, PipelineParams::kMaxWindowHours),
        row(u"window.baseline_windows"_s, KeyType::Integer, true, u"Windows of the same length before the current one that form the baseline"_s, 1, 1000),
        row(u"window.min_baseline_coverage"_s, KeyType::Number, true, u"A baseline window counts only when its posts (volume_k) are at least this × the current window's (and > 0); 0 covers every window with data"_s, 0, kUnbounded),
        row(u"window.normalize_volume"_s, KeyType::Boolean, true, u"Scale each baseline window's count by volume_0 / volume_k (false: use the raw count)"_s),
        row(u"pipeline.as_of"_s, KeyType::String, true, u"End of the current window: latest (newest post of the enabled platforms), now, or an ISO-8601 time with offset"_s, -kUnbounded, kUnbounded, false, checkAsOf),
        // clustering
        row(u"clustering.stoplist"_s, KeyType::StringList, true, u"Hashtags never counted (generic reach tags)"_s),
        row(u"clustering.min_posts"_s, KeyType::Integer, true, u"A hashtag needs at least this many posts in the window"_s, 1, kUnbounded),
        row(u"clustering.min_cooccurrence"_s, KeyType::Integer, true, u"Posts two hashtags must share for an edge"_s, 1, kUnbounded),
        row(u"clustering.min_jaccard"_s, KeyType::Number, true, u"Minimum co(A,B) / (posts(A) + posts(B) − co(A,B)) for an edge"_s, 0, 1),
        row(u"clustering.max_tags"_s, KeyType::Integer, true, u"Larger clusters are split by dropping their weakest edges"_s, 1, kUnbounded),
        row(u"clustering.aliases"_s, KeyType::StringMap, false, u"Map of normalized tag → tag applied at import (e.g. matchalatte: matcha)"_s),
        // health
        row(u"health.weights.diversity"_s, KeyType::Number, true, u"Weight of creator diversity in health"_s, 0, kUnbounded),
        row(u"health.weights.engagement"_s, KeyType::Number, true, u"Weight of min(1, engagement_rate / target) in health"_s, 0, kUnbounded),
        row(u"health.weights.velocity"_s, KeyType::Number, true, u"Weight of min(1, velocity / target) in health"_s, 0, kUnbounded),
        row(u"health.engagement_rate_target"_s, KeyType::Number, true, u"Engagement rate that earns the full engagement term"_s, 0, kUnbounded, true),
        row(u"health.velocity_target"_s, KeyType::Number, true, u"Engagement per hour that earns the full velocity term"_s, 0, kUnbounded, true),
        // validation
        row(u"validation.min_creators"_s, KeyType::Integer, true, u"A trend needs at least this many unique creators"_s, 0, kUnbounded),
        row(u"validation.min_creator_diversity"_s, KeyType::Number, true, u"A trend needs unique creators / posts of at least this"_s, 0, 1),
        row(u"validation.min_regions"_s, KeyType::Integer, true, u"A trend needs posts from at least this many regions"_s, 0, kUnbounded),
        row(u"validation.min_platforms"_s, KeyType::Integer, true, u"A trend needs posts from at least this many platforms"_s, 0, kUnbounded),
        row(u"validation.min_growth"_s, KeyType::Number, true, u"A trend needs (posts + 1) / (baseline mean + 1) of at least this"_s, 0, kUnbounded),
        row(u"validation.min_significance"_s, KeyType::Number, true, u"A trend needs −log10(Bonferroni-corrected binomial p-value) of at least this"_s, 0, kUnbounded),
        row(u"validation.creator_target"_s, KeyType::Integer, true, u"Creators that earn the full creators term of confidence"_s, 1, kUnbounded),
        row(u"validation.region_target"_s, KeyType::Integer, true, u"Regions that earn the full regions term of confidence"_s, 1, kUnbounded),
        // confidence
        row(u"confidence.weights.creators"_s, KeyType::Number, true, u"Weight of min(1, creators / creator_target) in confidence"_s, 0, kUnbounded),
        row(u"confidence.weights.regions"_s, KeyType::Number, true, u"Weight of min(1, regions / region_target) in confidence"_s, 0, kUnbounded),
        // urgency
        row(u"urgency.act_now_growth"_s, KeyType::Number, true, u"act_now needs growth of at least this …"_s, 0, kUnbounded),
        row(u"urgency.act_now_confidence"_s, KeyType::Number, true, u"… and confidence of at least this"_s, 0, 1),
        row(u"urgency.prepare_growth"_s, KeyType::Number, true, u"prepare needs growth of at least this (else monitor)"_s, 0, kUnbounded),
        // evidence
        row(u"evidence.top_posts"_s, KeyType::Integer, true, u"Top posts by engagement shown in a tile's evidence chain"_s, 0, 1000),
        // platforms
        row(u"platforms.<slug>.enabled"_s, KeyType::Boolean, true, u"Count this platform's posts (when one is disabled, only listed and SPEC platforms stay enabled)"_s),
        row(u"platforms.<slug>.weight"_s, KeyType::Number, true, u"Multiplies this platform's engagement in velocity"_s, 0, kUnbounded),
        // ingest
        row(u"ingest.naive_timezone"_s, KeyType::String, false, u"IANA time zone of ISO times written without an offset"_s, -kUnbounded, kUnbounded, false, checkTimezone),
        row(u"ingest.batch_size"_s, KeyType::Integer, false, u"Posts per atomic import batch (whole batches may share one transaction)"_s, 1, 1000000),
        row(u"ingest.max_future_hours"_s, KeyType::Integer, false, u"A created_at more than this many hours after the capture or import time is rejected"_s, 0, 24 * 366 * 10),
        row(u"ingest.min_year"_s, KeyType::Integer, false, u"A created_at before 1 January of this year (UTC) is rejected"_s, 1970, 9999),
        // database
        row(u"database.sqlite"_s, KeyType::String, false, u"SQLite database file; empty = trends.db in the user's data directory"_s),
        row(u"database.url"_s, KeyType::String, false, u"Where the data lives, ahead of database.sqlite: an SQLite file path or a postgresql:// URI (password from PGPASSWORD or ~/.pgpass)"_s),
        row(u"database.retention_days"_s, KeyType::Integer, false, u"PostgreSQL drops whole day partitions of posts older than this many days; 0 keeps everything (SQLite keeps everything)"_s, 0, 36500),
        row(u"cache.redis_url"_s, KeyType::String, false, u"Redis shared by the server instances for read answers (redis://host:port/db); empty = no cache. Without it, or while Redis is down, reads come from the database"_s, -kUnbounded, kUnbounded, false, checkRedisUrl),
        // discovery
        row(u"discovery.max_window_posts"_s, KeyType::Integer, false, u"A server or desktop app keeps the posts discovery reads in memory up to this many (about 200 bytes each); a larger span is loaded from the database on every run"_s, 0, 2000000000),
        row(u"discovery.schedule"_s, KeyType::String, false, u"A server whose role runs discovery (all, discover), or the desktop app while live feeds are on, runs and stores one every this long: 30s, 15m, 1h, 1d, or off"_s, -kUnbounded, kUnbounded, false, checkSchedule),
        row(u"database.max_wal_mb"_s, KeyType::Integer, false, u"The SQLite write-ahead log is checkpointed and truncated to stay near this size (MB)"_s, 1, 65536),
        // server
        row(u"server.host"_s, KeyType::String, false, u"Address the REST server binds; 0.0.0.0 exposes it to the network"_s, -kUnbounded, kUnbounded, false, checkNotEmpty),
        row(u"server.port"_s, KeyType::Integer, false, u"Port of the REST server"_s, 1, 65535),
        row(u"server.max_body_mb"_s, KeyType::Integer, false, u"Larger request bodies are answered with 413"_s, 1, 4096),
        row(u"server.api_token"_s, KeyType::String, false, u"When set, /api/v1 requests need \"Authorization: Bearer <token>\" (also GLASSTREND_API_TOKEN)"_s),
        row(u"server.max_connections"_s, KeyType::Integer, false, u"Open connections at most; more are answered 503 with Retry-After"_s, 1, 100000),
        row(u"server.max_inflight_mb"_s, KeyType::Integer, false, u"Request bodies buffered at once (all connections); beyond, 503 with Retry-After"_s, 1, 65536),
        row(u"server.header_timeout_s"_s, KeyType::Integer, false, u"Seconds a request's line and headers may take to arrive (else 408)"_s, 1, 3600),
        row(u"server.body_timeout_s"_s, KeyType::Integer, false, u"Seconds a request's whole body may take to arrive (else 408)"_s, 1, 86400),
        row(u"server.idle_timeout_s"_s, KeyType::Integer, false, u"Seconds an idle keep-alive connection stays open"_s, 1, 86400),
        row(u"server.allowed_hosts"_s, KeyType::StringList, false, u"Host header values served besides the bound address and localhost (\"name\" or \"name:port\"), e.g. a reverse proxy's name; others get 421"_s),
        row(u"server.cors_origins"_s, KeyType::StringList, false, u"Origins (scheme://host:port) allowed to call the API from a browser (CORS); none by default"_s),
        row(u"server.role"_s, KeyType::String, false, u"What this instance serves: all; ingest (POST /api/v1/posts, poll.sources); discover (discovery and the reads). Other routes get 421"_s, -kUnbounded, kUnbounded, false, checkRole),
        // alerts
        row(u"alerts.watch"_s, KeyType::StringList, false, u"Watched tags, exact or a prefix ending in * (matcha*): a run that makes one part of a trend alerts once per trend"_s),
        row(u"alerts.on_act_now"_s, KeyType::Boolean, false, u"Alert once when a trend first reaches act_now"_s),
        row(u"alerts.webhooks"_s, KeyType::StringList, false, u"URLs every alert is POSTed to as JSON, retried with backoff"_s, -kUnbounded, kUnbounded, false, checkUrls),
        row(u"alerts.secret"_s, KeyType::String, false, u"When set, webhooks carry X-GlassTrend-Signature: sha256=<hex HMAC-SHA256 of the body>"_s),
        // logging
        row(u"logging.level"_s, KeyType::String, false, u"trace, debug, info, warn, error, critical or off"_s, -kUnbounded, kUnbounded, false, checkLevel),
        row(u"logging.file"_s, KeyType::String, false, u"Rotating log file besides stderr; empty = stderr only"_s),
        row(u"logging.max_size_mb"_s, KeyType::Integer, false, u"Size of a log file before it rotates"_s, 1, 1024),
        row(u"logging.max_files"_s, KeyType::Integer, false, u"Rotated log files kept"_s, 0, 1000),
        // poll
        row(u"poll.interval_s"_s, KeyType::Integer, false, u"Seconds between polls of a source that sets no interval_s"_s, 1, 7 * 24 * 3600),
        row(u"poll.sources"_s, KeyType::PollSources, false, u"Folders and URLs polled for new captures: - folder: PATH or - url: URL, with optional interval_s, timeout_s, max_bytes"_s),
    };
    for (KeyDef &def : table) {
        const auto it = std::find_if(std::begin(accessors), std::end(accessors),
                                     [&def](const Accessor &a) { return a.key == def.key; });
        Q_ASSERT_X(it != std::end(accessors), "configkeys", "a key without accessor");
        def.get = it->get;
        def.set = it->set;
    }
    return table;
}

int editDistance(const QString &a, const QString &b)
{
    QList<int> row(b.size() + 1);
    for (int j = 0; j <= b.size(); ++j)
        row[j] = j;
    for (int i = 1; i <= a.size(); ++i) {
        int diagonal = row[0];
        row[0] = i;
        for (int j = 1; j <= b.size(); ++j) {
            const int above = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diagonal = above;
        }
    }
    return row[b.size()];
}

} // namespace

QString KeyDef::envVar() const
{
    QString name = key;
    name.replace(u'.', u'_');
    return u"GLASSTREND_"_s + name.toUpper();
}

std::span<const KeyDef> table()
{
    // Built once from constant data; read-only afterwards, so safe from any thread.
    static const std::vector<KeyDef> instance = buildTable();
    return instance;
}

QString platformSlug(const QString &name)
{
    static const QRegularExpression valid(u"^[a-z0-9_]{1,32}$"_s);
    const QString slug = name.trimmed().toLower();
    if (slug == u"rednote"_s || slug == u"xhs"_s)
        return u"xiaohongshu"_s;
    if (slug == u"twitter"_s)
        return u"x"_s;
    if (slug == u"bili"_s)
        return u"bilibili"_s;
    if (slug == u"ks"_s)
        return u"kuaishou"_s;
    return valid.match(slug).hasMatch() ? slug : QString();
}

QStringList knownPlatforms()
{
    return {u"bilibili"_s, u"douyin"_s, u"instagram"_s, u"kuaishou"_s, u"tieba"_s, u"tiktok"_s,
            u"weibo"_s,    u"x"_s,      u"xiaohongshu"_s, u"youtube"_s,  u"zhihu"_s};
}

Match find(const QString &path)
{
    const QStringList parts = path.split(u'.');
    if (parts.size() == 3 && parts[0] == u"platforms"_s) {
        const QString pattern = u"platforms.<slug>."_s + parts[2];
        const QString slug = platformSlug(parts[1]);
        for (const KeyDef &def : table())
            if (def.key == pattern && !slug.isEmpty())
                return {&def, slug};
        return {};
    }
    for (const KeyDef &def : table())
        if (def.key == path)
            return {&def, {}};
    return {};
}

bool isSection(const QString &path)
{
    if (path == u"platforms"_s)
        return true;
    const QString prefix = path + u'.';
    for (const KeyDef &def : table())
        if (def.key.startsWith(prefix) && !def.perPlatform())
            return true;
    return false;
}

QString unknownKeyMessage(const QString &path)
{
    QString best;
    int bestDistance = 3; // only near misses are worth suggesting
    for (const KeyDef &def : table()) {
        const int d = editDistance(path, def.key);
        if (d < bestDistance) {
            bestDistance = d;
            best = def.key;
        }
    }
    return best.isEmpty() ? u"unknown key"_s : u"unknown key (did you mean %1?)"_s.arg(best);
}

void finish(Draft &draft)
{
    PipelineParams &p = draft.config.pipeline;
    const bool anyDisabled = std::any_of(draft.platformEnabled.cbegin(), draft.platformEnabled.cend(),
                                         [](bool enabled) { return !enabled; });
    p.enabledPlatforms.clear();
    if (anyDisabled) {
        QStringList all = knownPlatforms() + draft.platformEnabled.keys() + p.platformWeights.keys();
        all.sort();
        all.removeDuplicates();
        for (const QString &slug : std::as_const(all))
            if (draft.platformEnabled.value(slug, true))
                p.enabledPlatforms.append(slug);
    }
    for (PollSource &source : draft.config.poll.sources)
        if (source.intervalS <= 0)
            source.intervalS = draft.config.poll.intervalS;
}

Draft draftFrom(const PipelineParams &params)
{
    Draft draft;
    draft.config.pipeline = params;
    if (!params.enabledPlatforms.isEmpty()) {
        const QStringList all = knownPlatforms() + params.enabledPlatforms + params.platformWeights.keys();
        for (const QString &slug : all)
            draft.platformEnabled.insert(slug, params.enabledPlatforms.contains(slug));
    }
    return draft;
}

} // namespace configkeys
