#pragma once

#include <cstdint>
#include <vector>

#include <QStringList>

#include "core/model/dataset.h"
#include "core/model/result.h"

/// Reads the posts of a time span into a Dataset, by one of two roads that give the same Dataset:
/// - blocks: the span's hours from the `hour_blocks` table (hourblock.h), already in the Dataset's
///   order; the hours that have no block yet are read by the row road (whole hours, every platform)
///   and their blocks stored, so the next load of those hours, by any process, reads blocks;
/// - rows: a scan of the table or one range of the window index per segment and platform, then a
///   sort and the interning of strings in sorted order. A large span is read in two halves at
///   once, the second on a helper thread with its own connection.
/// Spans longer than about three months (a load of everything) take the row road. Used by
/// PostRepository on the calling thread's connection.
class Database;
struct HourBlockSink;
struct sqlite3;

class DatasetLoader
{
public:
    /// Spans of at least `rowsForTwoReaders` rows are read by two threads.
    static constexpr qint64 kRowsForTwoReaders = 100000;

    /// Spans of at least this many bytes of hour blocks are decoded by two threads.
    static constexpr qint64 kBlockBytesForTwoReaders = 4 << 20;

    /// `hourBlocks` false: the row road only (tests compare the two).
    explicit DatasetLoader(const Database &database, qint64 rowsForTwoReaders = kRowsForTwoReaders,
                           bool hourBlocks = true, qint64 blockBytesForTwoReaders = kBlockBytesForTwoReaders)
        : m_database(database), m_rowsForTwoReaders(rowsForTwoReaders), m_blocks(hourBlocks),
          m_bytesForTwoReaders(blockBytesForTwoReaders)
    {
    }

    Result<Dataset> load(qint64 fromExclusiveMs, qint64 toInclusiveMs, const QStringList &platforms) const;

private:
    Result<Dataset> loadThroughBlocks(sqlite3 *db, qint64 fromExclusiveMs, qint64 toInclusiveMs, qint64 firstHour,
                                      qint64 lastHour, const QStringList &platforms) const;
    /// A span inside the rows a block-writing load reads, and the platforms kept (platforms.id → rank, names by rank).
    struct SpanFilter
    {
        qint64 fromExclusiveMs = 0;
        qint64 toInclusiveMs = 0;
        std::vector<std::int32_t> rankOf;
        QStringList names;
    };

    /// The row road; with a `sink`, every post also goes into its blocks (`platforms` must then be empty), and the
    /// Dataset returned is empty unless `alsoDataset` asks for the one of a span inside the rows.
    Result<Dataset> loadRows(sqlite3 *db, qint64 fromExclusiveMs, qint64 toInclusiveMs, const QStringList &platforms,
                             HourBlockSink *sink, const SpanFilter *alsoDataset = nullptr) const;

    const Database &m_database;
    qint64 m_rowsForTwoReaders;
    bool m_blocks;
    qint64 m_bytesForTwoReaders;
};
