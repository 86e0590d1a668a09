#include "ui/models/rejectsmodel.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

RejectsModel::RejectsModel(QObject *parent) : QAbstractTableModel(parent) {}

void RejectsModel::setRejects(const QList<RejectedRecord> &rejects)
{
    beginResetModel();
    m_rejects = rejects;
    endResetModel();
}

int RejectsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rejects.size());
}

int RejectsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RejectsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RejectedRecord &r = m_rejects[index.row()];
    if (role == Qt::ToolTipRole)
        return r.toString();
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case FileColumn: return QFileInfo(r.file).fileName();
    case LineColumn: return r.line > 0 ? QVariant(r.line) : QVariant(r.index >= 0 ? QString(u"#"_s + QString::number(r.index)) : QString());
    case FieldColumn: return r.field.isEmpty() ? u"(record)"_s : r.field;
    case ReasonColumn: return r.reason;
    default: return {};
    }
}

QVariant RejectsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    static const QStringList titles = {u"File"_s, u"Line"_s, u"Field"_s, u"Reason"_s};
    return titles.value(section);
}
