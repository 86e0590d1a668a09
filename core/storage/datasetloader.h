#pragma once

#include <QStringList>

#include "core/model/dataset.h"
#include "core/model/result.h"

/// Reads the posts of a time span into a Dataset: a scan of the table or one range of the window
/// index per segment and platform, then a sort and the interning of strings in sorted order (see
/// PostRepository::loadDataset). Used by PostRepository on the calling thread's connection; a
/// large span is read in two halves at once, the second on a helper thread with its own.
class Database;

class DatasetLoader
{
public:
    /// Spans of at least `rowsForTwoReaders` rows are read by two threads.
    static constexpr qint64 kRowsForTwoReaders = 100000;

    explicit DatasetLoader(const Database &database, qint64 rowsForTwoReaders = kRowsForTwoReaders)
        : m_database(database), m_rowsForTwoReaders(rowsForTwoReaders)
    {
    }

    Result<Dataset> load(qint64 fromExclusiveMs, qint64 toInclusiveMs, const QStringList &platforms) const;

private:
    const Database &m_database;
    qint64 m_rowsForTwoReaders;
};
