#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <vector>

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include "core/model/decision.h"
#include "core/model/result.h"
#include "core/storage/runqueries.h"

struct sqlite3;

/// A run's decision log as stored since schema version 3: blocks of kPerBlock decisions, each one
/// qCompress'ed row of `decision_blocks`, plus one compressed posting-list index per filter kind
/// (stage, subject, outcome: each distinct value with the ascending sequence numbers of its
/// decisions). Saving 80,000 decisions is then some 80 rows instead of 80,000 rows plus thousands
/// of key rows; a page reads one or two blocks, a filter one index.
namespace decisionlog {

constexpr int kPerBlock = 1024;

/// decision_index.kind: which field a key comes from.
enum Kind : int { Stage = 0, Subject = 1, Outcome = 2 };

/// The compressed block of decisions [first, first + count).
QByteArray encodeBlock(const std::vector<Decision> &decisions, std::size_t first, std::size_t count);

/// Every decision of a block, in order. `withValues` false leaves Decision::values empty (a text
/// search does not need them).
Result<std::vector<Decision>> decodeBlock(const QByteArray &block, bool withValues = true);

/// The compressed posting-list index of one field over all decisions.
QByteArray encodeIndex(const std::vector<Decision> &decisions, Kind kind);

/// The sequence numbers of `key` in an index; an empty list when the key is not there.
Result<std::vector<std::int32_t>> lookup(const QByteArray &index, const QString &key);

/// Every block of the log in order, then the three indexes (Stage, Subject, Outcome): what a store
/// writes, as `decision_blocks` rows 0…n-1 and `decision_index` rows.
std::vector<QByteArray> encodeAll(const std::vector<Decision> &decisions);

/// Writes the log of the run with row id `runRow` (blocks and the three indexes) on `db`, inside
/// the caller's transaction.
Status store(sqlite3 *db, qint64 runRow, const std::vector<Decision> &decisions);
/// store() of a log encoded already (as encodeAll returns it).
Status write(sqlite3 *db, qint64 runRow, const std::vector<QByteArray> &encoded);

/// Where a store keeps one run's log, for page(): the index of a kind (nullopt when the run has none),
/// and the blocks first..last (inclusive) in ascending order, each handed to `fn` with its number.
struct Source
{
    std::function<Result<std::optional<QByteArray>>(Kind kind)> index;
    using BlockFn = std::function<void(qint64 block, const QByteArray &data)>;
    std::function<Status(qint64 first, qint64 last, const BlockFn &fn)> blocks;
};

/// A page of a run of `stored` decisions (RunStore::decisions): the posting lists of the exact
/// filters intersected, a text search over the blocks, then the page's blocks read once each. The
/// same for every backend.
Result<DecisionPage> page(const DecisionQuery &query, qint64 stored, const Source &source);

/// Whether `haystack` contains `needle`, ignoring the case of ASCII letters only (SQL LIKE's rule).
bool containsAsciiCaseInsensitive(QStringView haystack, QStringView needle);

} // namespace decisionlog
