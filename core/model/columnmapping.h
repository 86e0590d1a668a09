#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

/// How the columns (CSV) or key paths (JSON) of a file that no known reader claims become the
/// fields of SPEC section 1. Written and read as YAML (README "Mappings"); the desktop saves the
/// same YAML under `name`.
///
/// A source is a column name as the header writes it, or a JSON key path (`author.name`; nested
/// objects and keys with dots both read as dotted paths, array elements by index: `hashtags.0.name`).
/// A `*` stands for any array index (`hashtags/*/name`): every matching column feeds the field
/// (used for hashtags, whose flattened exports spread one list over many columns).
struct ColumnMapping
{
    QString name;               ///< under which it is saved; empty for a one-off mapping
    QString platform;           ///< the platform of records that do not say theirs (a column or URL says it first)
    QStringList columns;        ///< the header it was made for: a saved mapping is used for files with this header
    QMap<QString, QString> fields; ///< field of SPEC section 1 → source

    bool isEmpty() const { return fields.isEmpty(); }
};

/// `column` with its array indexes as `*` (`hashtags/3/name` → `hashtags/*/name`, `a.0.b` → `a.*.b`).
QString columnPattern(const QString &column);

/// The key a saved mapping is found by: the columns trimmed, lower-cased, with array indexes as `*`,
/// sorted and without repeats, so that a file with the same columns in another order, or with more
/// or fewer `hashtags/N/name` columns, matches.
QString columnsKey(const QStringList &columns);
