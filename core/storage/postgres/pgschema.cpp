#include "core/storage/postgres/pgschema.h"

#include <QStringList>

#include "core/storage/postgres/pgconnection.h"

using namespace Qt::StringLiterals;

namespace {

/// pg_advisory_xact_lock key of the migrations ("GTSC").
constexpr qint64 kMigrationLock = 0x47545343;

struct Migration
{
    int version;
    QString name;
    QString sql;
};

QList<Migration> migrations()
{
    return {
        {1, u"posts partitioned by day, identity, tags, runs, decisions, project settings"_s,
         u"CREATE TABLE platforms (id serial PRIMARY KEY, name text COLLATE \"C\" NOT NULL UNIQUE);"
         "CREATE TABLE tags (id serial PRIMARY KEY, name text COLLATE \"C\" NOT NULL UNIQUE);"
         // The identity of every post across partitions: (platform, post_id) → row id and the created_at_ms
         // its row is filed under (which day partition).
         // writer_xid: the transaction that last wrote the post (PgPostStore::changesSince).
         "CREATE TABLE post_identity (id bigserial PRIMARY KEY, platform_id integer NOT NULL, "
         "  post_id text COLLATE \"C\" NOT NULL, created_at_ms bigint NOT NULL, "
         "  writer_xid xid8 NOT NULL DEFAULT pg_current_xact_id(), UNIQUE (platform_id, post_id));"
         "CREATE INDEX post_identity_writer ON post_identity (writer_xid);"
         "CREATE TABLE posts (id bigint NOT NULL, platform_id integer NOT NULL, post_id text COLLATE \"C\" NOT NULL, "
         "  creator_id text COLLATE \"C\" NOT NULL, creator_name text, text text, tag_ids bytea NOT NULL, "
         "  likes bigint NOT NULL, comments bigint NOT NULL, shares bigint NOT NULL, saves bigint NOT NULL, "
         "  views bigint, created_at_ms bigint NOT NULL, approximate_time boolean NOT NULL, "
         "  first_seen_ms bigint NOT NULL, updated_at_ms bigint NOT NULL, region text COLLATE \"C\", url text, "
         "  language text, raw_counts text, captured_at_ms bigint) PARTITION BY RANGE (created_at_ms);"
         // The window index: time first, platform second (a window reads one time range of every
         // platform it wants, partition by partition).
         "CREATE INDEX posts_window ON posts (created_at_ms, platform_id);"
         "CREATE INDEX posts_row ON posts (id);"
         "CREATE TABLE post_tags (tag_id integer NOT NULL, created_at_ms bigint NOT NULL, post_row bigint NOT NULL) "
         "  PARTITION BY RANGE (created_at_ms);"
         // One index only on the largest table: a post's old tag rows are found by its stored tag ids.
         "CREATE INDEX post_tags_tag ON post_tags (tag_id, created_at_ms);"
         // Day partitions that exist (day = floor(created_at_ms / 86,400,000)).
         "CREATE TABLE post_partitions (day bigint PRIMARY KEY);"
         "CREATE TABLE tag_spellings (tag_id integer NOT NULL, spelling text COLLATE \"C\" NOT NULL, "
         "  posts bigint NOT NULL, first_ms bigint NOT NULL, PRIMARY KEY (tag_id, spelling));"
         "CREATE TABLE runs (id bigserial PRIMARY KEY, run_id text NOT NULL UNIQUE, created_at_ms bigint NOT NULL, "
         "  as_of_ms bigint NOT NULL, window_hours integer NOT NULL, window_start_ms bigint NOT NULL, "
         "  baseline_start_ms bigint NOT NULL, params text NOT NULL, posts_in_window bigint NOT NULL, "
         "  clusters bigint NOT NULL, trends bigint NOT NULL, decisions bigint NOT NULL, duration_ms bigint NOT NULL, "
         "  cancelled boolean NOT NULL DEFAULT false, baseline text);"
         "CREATE INDEX runs_created ON runs (created_at_ms, id);"
         "CREATE TABLE run_clusters (run bigint NOT NULL REFERENCES runs (id) ON DELETE CASCADE, "
         "  position integer NOT NULL, trend_id text NOT NULL, rank integer NOT NULL, is_trend boolean NOT NULL, "
         "  urgency text, anchor text NOT NULL, platforms text NOT NULL, json bytea NOT NULL, "
         "  PRIMARY KEY (run, position));"
         "CREATE INDEX run_clusters_trend ON run_clusters (run, trend_id);"
         // The decision log as on SQLite (decisionlog.h): compressed blocks and one index per filter kind.
         "CREATE TABLE decision_blocks (run bigint NOT NULL REFERENCES runs (id) ON DELETE CASCADE, "
         "  block integer NOT NULL, data bytea NOT NULL, PRIMARY KEY (run, block));"
         "CREATE TABLE decision_index (run bigint NOT NULL REFERENCES runs (id) ON DELETE CASCADE, "
         "  kind integer NOT NULL, data bytea NOT NULL, PRIMARY KEY (run, kind));"
         "CREATE TABLE project_settings (key text PRIMARY KEY, value text NOT NULL);"_s},
        // discovery.schedule across instances: the ticks claimed (PgScheduleClaims).
        {2, u"scheduled discovery ticks claimed"_s,
         u"CREATE TABLE schedule_ticks (interval_ms bigint NOT NULL, tick bigint NOT NULL, "
         "  claimed_at_ms bigint NOT NULL, PRIMARY KEY (interval_ms, tick));"_s},
        // Alerts raised by stored runs, once per (trend, reason) across instances (PgAlertStore; SQLite's migration 7).
        {3, u"alerts raised by stored runs"_s,
         u"CREATE TABLE alerts (id bigserial PRIMARY KEY, trend_id text NOT NULL, reason text NOT NULL, "
         "  run_id text NOT NULL, as_of_ms bigint NOT NULL, title text NOT NULL, urgency text NOT NULL, "
         "  growth double precision, watched text NOT NULL, created_at_ms bigint NOT NULL, "
         "  delivered boolean NOT NULL DEFAULT false, attempts integer NOT NULL DEFAULT 0, UNIQUE (trend_id, reason));"_s},
        // Live feeds (poll.sources): what each source has read (PgPollStateStore; on SQLite created on first use).
        {4, u"live feeds' poll state"_s,
         u"CREATE TABLE poll_state (source text NOT NULL, item text NOT NULL, size bigint NOT NULL DEFAULT 0, "
         "  mtime_ms bigint NOT NULL DEFAULT 0, consumed bigint NOT NULL DEFAULT 0, lines bigint NOT NULL DEFAULT 0, "
         "  head_sha1 text, format text, etag text, last_modified text, updated_ms bigint NOT NULL, "
         "  PRIMARY KEY (source, item));"_s},
    };
}

} // namespace

namespace pgschema {

int version()
{
    return migrations().constLast().version;
}

Status migrate(PgConnection &connection)
{
    if (Status begun = connection.execute(u"BEGIN"_s, u"begin the migration"_s); !begun)
        return begun;
    const auto fail = [&connection](Error error) -> Status {
        (void)connection.execute(u"ROLLBACK"_s, u"roll back the migration"_s);
        return error;
    };
    auto locked = connection.query(u"SELECT pg_advisory_xact_lock($1)"_s, PgParams().add(kMigrationLock),
                                   u"lock the schema"_s);
    if (!locked)
        return fail(locked.error());
    if (Status made = connection.execute(u"CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY "
                                         "KEY, name text NOT NULL, applied_at_ms bigint NOT NULL)"_s,
                                         u"create schema_migrations"_s);
        !made)
        return fail(made.error());
    auto current = connection.query(u"SELECT coalesce(max(version), 0)::bigint FROM schema_migrations"_s, PgParams(),
                                    u"read the schema version"_s);
    if (!current)
        return fail(current.error());
    const qint64 have = current.value().int64(0, 0);
    if (have > version())
        return fail(Error{u"schema_too_new"_s,
                          u"the database has schema version %1; this GlassTrend knows up to %2: upgrade GlassTrend"_s
                              .arg(have)
                              .arg(version()),
                          {}});
    for (const Migration &m : migrations()) {
        if (m.version <= have)
            continue;
        if (Status applied = connection.execute(m.sql, u"migration %1 (%2)"_s.arg(m.version).arg(m.name)); !applied)
            return fail(applied.error());
        auto noted = connection.query(u"INSERT INTO schema_migrations (version, name, applied_at_ms) VALUES ($1, $2, "
                                      "(extract(epoch from clock_timestamp()) * 1000)::bigint)"_s,
                                      PgParams().add(qint64(m.version)).add(m.name), u"note the migration"_s);
        if (!noted)
            return fail(noted.error());
    }
    return connection.execute(u"COMMIT"_s, u"commit the migration"_s);
}

} // namespace pgschema
