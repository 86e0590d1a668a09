#include "ui/models/mappingcolumnsmodel.h"

#include "core/ingest/columnmapper.h"
#include "core/ingest/nativepostmapper.h"

using namespace Qt::StringLiterals;

MappingColumnsModel::MappingColumnsModel(TableSample sample, ColumnMapping mapping, QObject *parent)
    : QAbstractTableModel(parent), m_sample(std::move(sample)), m_mapping(std::move(mapping))
{
}

QStringList MappingColumnsModel::fieldChoices()
{
    QStringList fields{QString()};
    for (const QLatin1StringView name : NativePostMapper::kFieldNames)
        fields.append(QString(name));
    return fields;
}

QString MappingColumnsModel::fieldOf(int row) const
{
    if (row < 0 || row >= m_sample.columns.size())
        return {};
    for (auto it = m_mapping.fields.cbegin(); it != m_mapping.fields.cend(); ++it) {
        if (ColumnMapper::matches(it.value(), m_sample.columns[row]))
            return it.key();
    }
    return {};
}

bool MappingColumnsModel::setField(int row, const QString &field)
{
    if (row < 0 || row >= m_sample.columns.size() || !fieldChoices().contains(field))
        return false;
    const QString column = m_sample.columns[row];
    // The column stops feeding what it fed; the field stops coming from where it came.
    if (const QString old = fieldOf(row); !old.isEmpty())
        m_mapping.fields.remove(old);
    if (!field.isEmpty()) {
        // A list flattened over many columns feeds hashtags whole.
        const QString pattern = columnPattern(column);
        const bool list = field == u"hashtags"_s && pattern != column;
        m_mapping.fields.insert(field, list ? pattern : column);
    }
    Q_EMIT dataChanged(index(0, FieldColumn), index(rowCount() - 1, FieldColumn));
    Q_EMIT mappingChanged();
    return true;
}

int MappingColumnsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_sample.columns.size());
}

int MappingColumnsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MappingColumnsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    if (role == Qt::DisplayRole || role == Qt::EditRole) {
        switch (index.column()) {
        case NameColumn: return m_sample.columns[row];
        case FieldColumn: {
            const QString field = fieldOf(row);
            return field.isEmpty() && role == Qt::DisplayRole ? tr("(not imported)") : field;
        }
        case ValuesColumn: {
            QStringList values;
            for (const QStringList &r : m_sample.rows) {
                if (row < r.size() && !r[row].trimmed().isEmpty())
                    values.append(r[row].simplified().left(40));
                if (values.size() == 3)
                    break;
            }
            return values.join(u" · "_s);
        }
        default: return {};
        }
    }
    if (role == Qt::ToolTipRole && index.column() == FieldColumn)
        return tr("The field of the post this column feeds; double-click to change.");
    return {};
}

bool MappingColumnsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        || index.column() != FieldColumn)
        return false;
    return setField(index.row(), value.toString());
}

Qt::ItemFlags MappingColumnsModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == FieldColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant MappingColumnsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    const QStringList titles = {tr("Column"), tr("Field"), tr("First values")};
    return titles.value(section);
}
