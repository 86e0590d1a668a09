#pragma once

#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringList>

#include "core/model/columnmapping.h"
#include "core/model/result.h"

/// The first rows of a CSV/TSV, JSON array or JSON Lines file as a table of text: what the mapping
/// guesser looks at and what the mapping dialog previews. JSON records are flattened to key paths
/// (flatrecord.h); the columns are the paths in the order first seen.
struct TableSample
{
    enum class Kind { Csv, Json };
    Kind kind = Kind::Csv;
    char delimiter = ',';
    QStringList columns;
    QList<QStringList> rows; ///< one cell per column; "" when absent

    /// Reads at most `maxRows` rows from `head` (the first bytes of the file; a record cut off at its
    /// end is left out). Fails when `head` is neither a CSV with a header nor JSON records.
    static Result<TableSample> fromHead(QByteArrayView head, int maxRows = 200);
};
