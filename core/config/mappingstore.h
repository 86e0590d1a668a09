#pragma once

#include <optional>

#include <QList>
#include <QString>
#include <QStringList>

#include "core/model/columnmapping.h"
#include "core/model/result.h"

/// The analyst's saved column mappings, by name. For now one YAML file per mapping
/// (mappingyaml.h) in a folder — by default `mappings/` in the app's data directory, beside the
/// database; a later change may keep them in the project database behind this same class.
class MappingStore
{
public:
    explicit MappingStore(QString directory);

    /// <GenericDataLocation>/GlassTrend/mappings
    static QString defaultDirectory();
    const QString &directory() const { return m_directory; }

    /// Every saved mapping (unreadable files are skipped), sorted by name.
    QList<ColumnMapping> list() const;
    /// Saves `mapping` under its name (replacing one of the same name). The name must not be empty.
    Status save(const ColumnMapping &mapping) const;
    /// The saved mapping made for a file with these columns (same columns in any order, array
    /// indexes ignored: columnsKey()); the most recently saved when several match.
    std::optional<ColumnMapping> find(const QStringList &columns) const;

private:
    QString fileFor(const QString &name) const;

    QString m_directory;
};
