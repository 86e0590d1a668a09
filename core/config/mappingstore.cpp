#include "core/config/mappingstore.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

#include "core/config/mappingyaml.h"

using namespace Qt::StringLiterals;

MappingStore::MappingStore(QString directory) : m_directory(std::move(directory))
{
}

QString MappingStore::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + u"/GlassTrend/mappings"_s;
}

QString MappingStore::fileFor(const QString &name) const
{
    // A file name any system accepts; the name itself is kept inside the file.
    QString safe;
    for (const QChar c : name.trimmed())
        safe.append(c.isLetterOrNumber() || c == u'-' || c == u'_' ? c : u'_');
    return m_directory + u'/' + safe.left(100) + u".yaml"_s;
}

QList<ColumnMapping> MappingStore::list() const
{
    QList<ColumnMapping> out;
    const QFileInfoList files = QDir(m_directory).entryInfoList({u"*.yaml"_s}, QDir::Files, QDir::Name);
    for (const QFileInfo &file : files) {
        Result<ColumnMapping> mapping = mappingyaml::readFile(file.absoluteFilePath());
        if (!mapping.ok())
            continue;
        if (mapping.value().name.isEmpty())
            mapping.value().name = file.completeBaseName();
        out.append(std::move(mapping).value());
    }
    std::sort(out.begin(), out.end(), [](const ColumnMapping &a, const ColumnMapping &b) { return a.name < b.name; });
    return out;
}

Status MappingStore::save(const ColumnMapping &mapping) const
{
    if (mapping.name.trimmed().isEmpty())
        return Error{u"invalid_value"_s, u"a saved mapping needs a name"_s, {}};
    if (!QDir().mkpath(m_directory))
        return Error{u"io"_s, u"cannot create %1"_s.arg(m_directory), {}};
    QSaveFile file(fileFor(mapping.name));
    if (!file.open(QIODevice::WriteOnly))
        return Error{u"io"_s, file.fileName() + u": cannot write: "_s + file.errorString(), {}};
    file.write(mappingyaml::write(mapping, u"GlassTrend column mapping (README \"Mappings\")"_s).toUtf8());
    if (!file.commit())
        return Error{u"io"_s, file.fileName() + u": cannot write: "_s + file.errorString(), {}};
    return Ok{};
}

std::optional<ColumnMapping> MappingStore::find(const QStringList &columns) const
{
    const QString key = columnsKey(columns);
    std::optional<ColumnMapping> best;
    QDateTime bestTime;
    const QFileInfoList files = QDir(m_directory).entryInfoList({u"*.yaml"_s}, QDir::Files, QDir::Name);
    for (const QFileInfo &file : files) {
        Result<ColumnMapping> mapping = mappingyaml::readFile(file.absoluteFilePath());
        if (!mapping.ok() || columnsKey(mapping.value().columns) != key)
            continue;
        if (!best || file.lastModified() > bestTime) {
            if (mapping.value().name.isEmpty())
                mapping.value().name = file.completeBaseName();
            best = std::move(mapping).value();
            bestTime = file.lastModified();
        }
    }
    return best;
}
