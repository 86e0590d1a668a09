#pragma once

#include <QString>
#include <QStringList>

#include "core/ingest/tablesample.h"
#include "core/model/columnmapping.h"

/// A mapping guessed for a file, with what it could not guess.
struct MappingGuess
{
    ColumnMapping mapping;
    QStringList columnFields; ///< per column of the sample: the field it feeds, "" for none
    /// Required fields that no column gives: "post_id" (nor a URL holding it), "creator_id" (nor a
    /// creator name), "created_at", "platform" (no column, no known URL host, none given).
    QStringList missing;
    QString platformSource; ///< "column", "url" (hosts of the URL column) or "given"; "" when missing

    bool complete() const { return missing.isEmpty(); }
};

/// Guesses how the columns (CSV) or key paths (JSON) of `sample` map to the fields of SPEC section
/// 1, from their names (English and Chinese synonyms of the tools people use, in flattened
/// `a/b/0/c`, dotted `a.b` or nested form) and from their values (times, counts such as `541.2K` or
/// `1.2万`, post URLs, `#tag` lists, platform names). A name is only taken when the values agree
/// (a "likes" column must hold counts). Each field gets at most one column, except hashtags, which
/// takes every column of one flattened list (`hashtags/*/name`). `platform` (--platform) is used when
/// no column or URL says it; a platform is never guessed from anything else.
class MappingGuesser
{
public:
    static MappingGuess guess(const TableSample &sample, const QString &platform = {});

    /// The required fields `mapping` leaves without a source for `sample` (as MappingGuess::missing).
    static QStringList missingFields(const ColumnMapping &mapping, const TableSample &sample);
};
