#include "core/storage/schema.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

#include "core/storage/decisionlog.h"
#include "core/storage/postsegments.h"
#include "core/storage/sqlerror.h"
#include "core/storage/sqlitestatement.h"

using namespace Qt::StringLiterals;

namespace schema {

namespace {

// Posts. Why this shape:
// - `(platform_id, post_id)` is the identity (SPEC section 1); platforms are interned.
// - The window index leads with the post's segment (postsegments.h: rows in blocks of 2^16 ids)
//   before (platform_id, created_at_ms): imports arrive in any time order, and an index ordered by
//   time alone took an entry on nearly every one of its pages per batch. Entries now only go to
//   the newest segment; "a window of one platform" is one index range per segment.
// - `tag_ids` holds the post's tag ids as little-endian int32, so loading a window with its tags
//   is one pass over the posts; `post_tags` is the inverted index for "posts carrying tag X in a
//   time range", clustered by (segment, tag, time) for the same reason (by (tag, time) it rewrote
//   most of the table into the WAL at every commit; by (hour, tag, time) still a page per hour and
//   tag). A tag lookup is one index range per segment.
// - `views` NULL means unknown, which is not 0. Raw counter strings are kept as JSON text.
Migration postsV1()
{
    return {1,
            u"posts, tags and the window index"_s,
            {
                u"CREATE TABLE platforms (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE)"_s,
                u"CREATE TABLE tags (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE)"_s,
                u"CREATE TABLE posts ("
                "id INTEGER PRIMARY KEY,"
                "platform_id INTEGER NOT NULL," // platforms.id, written by PostWriter; no per-row FK check
                "post_id TEXT NOT NULL,"
                "creator_id TEXT NOT NULL,"
                "creator_name TEXT,"
                "text TEXT,"
                "tag_ids BLOB,"
                "likes INTEGER NOT NULL DEFAULT 0,"
                "comments INTEGER NOT NULL DEFAULT 0,"
                "shares INTEGER NOT NULL DEFAULT 0,"
                "saves INTEGER NOT NULL DEFAULT 0,"
                "views INTEGER,"
                "created_at_ms INTEGER NOT NULL,"
                "approximate_time INTEGER NOT NULL DEFAULT 0,"
                "first_seen_ms INTEGER NOT NULL,"
                "updated_at_ms INTEGER NOT NULL,"
                "region TEXT,"
                "url TEXT,"
                "language TEXT,"
                "raw_counts TEXT,"
                "captured_at_ms INTEGER," // capture time of the stored snapshot, when known
                "UNIQUE (platform_id, post_id))"_s,
                u"CREATE INDEX posts_window ON posts (%1, platform_id, created_at_ms)"_s.arg(
                    postsegments::sqlExpression()),
                u"CREATE TABLE post_tags ("
                "segment INTEGER NOT NULL," // postsegments::of(post_row)
                "tag_id INTEGER NOT NULL,"
                "created_at_ms INTEGER NOT NULL,"
                "post_row INTEGER NOT NULL,"
                "PRIMARY KEY (segment, tag_id, created_at_ms, post_row)) WITHOUT ROWID"_s,
            },
            {},
            {}};
}

// Runs. A run is identified by the pipeline's run_id (a hash of its inputs); internally rows refer
// to the integer `runs.id` so that half a million decisions do not repeat a 40-character key.
// Clusters are stored as runjson's evidence-level JSON plus the columns tiles are filtered by.
// Decisions are filtered by stage, subject and outcome through `decision_keys`: one row per
// distinct value with the ascending list of its decisions' sequence numbers (a posting list).
// Filters intersect lists, totals are list sizes and a page is a slice, so a page costs the same
// at offset 400,000 as at 0; and saving half a million decisions writes a few thousand key rows
// instead of 1.5 million index entries (three SQL indexes made saving 500,000 decisions take
// 2.7 s of CPU instead of 1.3 s). Decisions and their keys are deleted by RunRepository rather
// than by foreign keys, which would check the parent once per row.
Migration runsV2()
{
    return {2,
            u"runs, their clusters and decision log"_s,
            {
                u"CREATE TABLE runs ("
                "id INTEGER PRIMARY KEY,"
                "run_id TEXT NOT NULL UNIQUE,"
                "created_at_ms INTEGER NOT NULL,"
                "as_of_ms INTEGER NOT NULL,"
                "window_hours INTEGER NOT NULL,"
                "window_start_ms INTEGER NOT NULL,"
                "baseline_start_ms INTEGER NOT NULL,"
                "params TEXT NOT NULL,"
                "posts_in_window INTEGER NOT NULL,"
                "clusters INTEGER NOT NULL,"
                "trends INTEGER NOT NULL,"
                "decisions INTEGER NOT NULL,"
                "duration_ms INTEGER NOT NULL,"
                "cancelled INTEGER NOT NULL DEFAULT 0)"_s,
                u"CREATE INDEX runs_created ON runs (created_at_ms, id)"_s,
                u"CREATE TABLE run_clusters ("
                "run INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,"
                "position INTEGER NOT NULL,"
                "trend_id TEXT NOT NULL,"
                "rank INTEGER NOT NULL,"
                "is_trend INTEGER NOT NULL,"
                "urgency TEXT,"
                "anchor TEXT NOT NULL,"
                "platforms TEXT NOT NULL,"
                "json TEXT NOT NULL,"
                "PRIMARY KEY (run, position)) WITHOUT ROWID"_s,
                u"CREATE INDEX run_clusters_trend ON run_clusters (run, trend_id)"_s,
                u"CREATE TABLE decisions ("
                "run INTEGER NOT NULL,"
                "seq INTEGER NOT NULL,"
                "stage TEXT NOT NULL,"
                "subject TEXT NOT NULL,"
                "rule TEXT NOT NULL,"
                "outcome TEXT NOT NULL,"
                "values_json TEXT NOT NULL,"
                "message TEXT NOT NULL,"
                "PRIMARY KEY (run, seq)) WITHOUT ROWID"_s,
                u"CREATE TABLE decision_keys ("
                "run INTEGER NOT NULL,"
                "kind INTEGER NOT NULL," // 0 stage, 1 subject, 2 outcome
                "key TEXT NOT NULL,"
                "seqs BLOB NOT NULL," // ascending int32 little-endian
                "PRIMARY KEY (run, kind, key)) WITHOUT ROWID"_s,
            },
            {},
            {}};
}

/// Moves every stored run's decisions from one row each (schema 2) into decisionlog's blocks.
Status decisionsIntoBlocks(QSqlDatabase &db)
{
    auto native = SqliteStatement::nativeHandle(db);
    if (!native)
        return native.error();
    std::vector<qint64> runs;
    {
        SqliteStatement list;
        if (Status prepared = list.prepare(native.value(), u"SELECT id FROM runs ORDER BY id"_s); !prepared)
            return prepared;
        if (Status rows = list.forEachRow([&] { runs.push_back(list.int64(0)); }); !rows)
            return rows;
    }
    SqliteStatement select;
    if (Status prepared = select.prepare(native.value(), u"SELECT stage, subject, rule, outcome, values_json, message "
                                                         "FROM decisions WHERE run = ? ORDER BY seq"_s);
        !prepared) {
        return prepared;
    }
    for (qint64 run : runs) {
        std::vector<Decision> decisions;
        select.bind(1, run);
        const Status rows = select.forEachRow([&] {
            Decision d;
            d.stage = select.text(0);
            d.subject = select.text(1);
            d.rule = select.text(2);
            d.outcome = select.text(3);
            d.values = QJsonDocument::fromJson(select.blob(4)).object();
            d.message = select.text(5);
            decisions.push_back(std::move(d));
        });
        select.reset();
        if (!rows)
            return rows;
        if (Status stored = decisionlog::store(native.value(), run, decisions); !stored)
            return stored;
    }
    QSqlQuery query(db);
    for (const QString &sql : {u"DROP TABLE decisions"_s, u"DROP TABLE decision_keys"_s}) {
        if (!query.exec(sql))
            return storage::sqlError(u"migration 3"_s, query);
    }
    return Ok{};
}

// What changed since a reader last looked (the live window of a server or desktop app, when
// another process writes): new posts get larger row ids than every earlier one (rows are never
// deleted), and every UPDATE of a post appends the row to post_changes. A reader's marker is
// (max(posts.id), max(post_changes.seq)): two b-tree probes. Updates are the rare road of an
// import (a post seen again), so the trigger costs the common road nothing.
//
// And a run's decision log in compressed blocks (see decisionlog.h): storing a run is a few
// dozen rows however long its log, instead of a row per decision and per distinct key. Clusters
// stored from now on keep their JSON qCompress'ed in run_clusters.json (a BLOB; older rows keep
// their text, and readers take both).
Migration changesAndDecisionBlocksV3()
{
    return {3,
            u"the change log of updated posts; decision logs in compressed blocks"_s,
            {
                u"CREATE TABLE post_changes (seq INTEGER PRIMARY KEY, row INTEGER NOT NULL)"_s,
                u"CREATE TRIGGER posts_changed AFTER UPDATE ON posts BEGIN "
                "INSERT INTO post_changes (row) VALUES (NEW.id); END"_s,
                u"CREATE TABLE decision_blocks ("
                "run INTEGER NOT NULL,"
                "block INTEGER NOT NULL," // decisions [block·1024, (block+1)·1024)
                "data BLOB NOT NULL,"     // qCompress'ed, see decisionlog.h
                "PRIMARY KEY (run, block))"_s,
                u"CREATE TABLE decision_index ("
                "run INTEGER NOT NULL,"
                "kind INTEGER NOT NULL," // 0 stage, 1 subject, 2 outcome
                "data BLOB NOT NULL,"    // every distinct value with its sequence numbers, compressed
                "PRIMARY KEY (run, kind))"_s,
            },
            decisionsIntoBlocks,
            {}};
}

// A run's baseline windows (SPEC section 3 as changed in issue 11: span, capture volume, covered or not), as
// runjson::baselineWindowsJson writes them. Runs stored before have none (NULL).
Migration runBaselineV6()
{
    return {6, u"baseline windows of a run"_s, {u"ALTER TABLE runs ADD COLUMN baseline TEXT"_s}, {}, {}};
}

// How people wrote each tag (issue 10, SPEC section 1): per (tag, spelling) the number of posts that wrote
// the tag that way and the earliest created_at among them. A tag is shown in the spelling with the most
// posts (ties: the earliest, then the smaller text); matching keeps using tags.name. PostWriter counts a
// post's spellings when it stores the post (and a tag an update adds), upserting one row per distinct
// (tag, spelling) of a batch. Posts stored before have no spellings: their tags show as normalized.
// Number 5 was reserved while 6 was merged first: a database already at 6 gets the table through
// presentQuery (see Migration).
Migration tagSpellingsV5()
{
    return {5,
            u"tag spellings (display forms)"_s,
            {
                u"CREATE TABLE IF NOT EXISTS tag_spellings ("
                "tag_id INTEGER NOT NULL," // tags.id
                "spelling TEXT NOT NULL,"
                "posts INTEGER NOT NULL,"
                "first_ms INTEGER NOT NULL," // earliest created_at of a post spelling it so
                "PRIMARY KEY (tag_id, spelling)) WITHOUT ROWID"_s,
            },
            {},
            u"SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'tag_spellings'"_s};
}

// Project settings (issue 11): the analyst's thresholds, window, as-of, enabled platforms and
// filters live in the database itself, so a project file is self-contained and can be handed on.
// Plain key/value rows, each value a JSON text owned by the layer above (ui/projectsettings).
Migration projectSettingsV4()
{
    return {4,
            u"project settings"_s,
            {
                u"CREATE TABLE project_settings ("
                "key TEXT PRIMARY KEY,"
                "value TEXT NOT NULL,"
                "updated_at_ms INTEGER NOT NULL) WITHOUT ROWID"_s,
            },
            {},
            {}};
}

// Alerts raised by stored runs (issue 12): UNIQUE (trend_id, reason) is the "sent once per trend and
// reason, even after a restart" of the alerts; delivered/attempts are the webhook state. IF NOT EXISTS
// and presentQuery let the step arrive after a later number merged first (see Migration).
Migration alertsV7()
{
    return {7,
            u"alerts raised by runs"_s,
            {
                u"CREATE TABLE IF NOT EXISTS alerts ("
                "id INTEGER PRIMARY KEY,"
                "trend_id TEXT NOT NULL,"
                "reason TEXT NOT NULL," // watched_tag, act_now
                "run_id TEXT NOT NULL,"
                "as_of_ms INTEGER NOT NULL,"
                "title TEXT NOT NULL,"
                "urgency TEXT NOT NULL,"
                "growth REAL,"          // NULL = undefined
                "watched TEXT NOT NULL," // the matched tags, one per line
                "created_at_ms INTEGER NOT NULL,"
                "delivered INTEGER NOT NULL,"
                "attempts INTEGER NOT NULL,"
                "UNIQUE (trend_id, reason))"_s,
            },
            {},
            u"SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alerts'"_s};
}

// Hour blocks (issue 13): each hour a window load has read, in the compact form of hourblock.h, so a
// cold command reads a few dozen blocks instead of a quarter of a million wide rows. The triggers keep
// every stored block exact: any insert, update or delete of a post drops the block of its hour (both
// hours when an update moves it), in the writer's own transaction, whichever process writes. `block_creators`
// numbers each (platform, creator) a block has held, once and for good, so blocks name creators by number. `hour` is
// floor(created_at_ms / 3600000), as hourblock::hourOf computes it. IF NOT EXISTS: a database whose version was
// set back keeps the table.
Migration hourBlocksV8()
{
    const QString hourOf = u"(%1.created_at_ms / 3600000 - (%1.created_at_ms % 3600000 < 0))"_s;
    return {8,
            u"hour blocks of the posts"_s,
            {
                u"CREATE TABLE IF NOT EXISTS hour_blocks (hour INTEGER PRIMARY KEY, data BLOB NOT NULL)"_s,
                u"CREATE TABLE IF NOT EXISTS block_creators ("
                "id INTEGER PRIMARY KEY,"
                "platform_id INTEGER NOT NULL,"
                "creator_id TEXT NOT NULL,"
                "UNIQUE (platform_id, creator_id))"_s,
                u"CREATE TRIGGER IF NOT EXISTS hour_blocks_insert AFTER INSERT ON posts BEGIN "
                "DELETE FROM hour_blocks WHERE hour = "_s % hourOf.arg(u"NEW"_s) % u"; END"_s,
                u"CREATE TRIGGER IF NOT EXISTS hour_blocks_update AFTER UPDATE ON posts BEGIN "
                "DELETE FROM hour_blocks WHERE hour IN ("_s % hourOf.arg(u"OLD"_s) % u", "_s % hourOf.arg(u"NEW"_s) %
                    u"); END"_s,
                u"CREATE TRIGGER IF NOT EXISTS hour_blocks_delete AFTER DELETE ON posts BEGIN "
                "DELETE FROM hour_blocks WHERE hour = "_s % hourOf.arg(u"OLD"_s) % u"; END"_s,
            },
            {},
            {}};
}

} // namespace

const std::vector<Migration> &migrations()
{
    static const std::vector<Migration> all = {postsV1(), runsV2(), changesAndDecisionBlocksV3(), projectSettingsV4(),
                                               tagSpellingsV5(),  runBaselineV6(), alertsV7(),
                                               hourBlocksV8()};
    return all;
}

int latestVersion()
{
    return migrations().back().version;
}

} // namespace schema
