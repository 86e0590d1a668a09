#include "ui/models/rejectsmodel.h"

#include <QFileInfo>

#include "ui/uiformat.h"

using namespace Qt::StringLiterals;

RejectsModel::RejectsModel(QObject *parent) : QAbstractTableModel(parent) {}

void RejectsModel::setReports(const QList<ImportReport> &reports)
{
    beginResetModel();
    m_rows.clear();
    for (const ImportReport &report : reports) {
        for (const RejectGroup &group : report.rejectGroups)
            m_rows.append(Row{report.file, group});
    }
    endResetModel();
}

int RejectsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RejectsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RejectsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[index.row()];
    const RejectGroup &g = row.group;
    if (role == Qt::ToolTipRole)
        return tr("%1\n%2\nfirst: %3").arg(row.file, g.toString(), g.example);
    if (role == Qt::TextAlignmentRole && index.column() == CountColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case FileColumn: return QFileInfo(row.file).fileName();
    case FieldColumn: return g.field.isEmpty() ? tr("(record)") : g.field;
    case ReasonColumn: return g.reason;
    case CountColumn: return uifmt::integer(g.count);
    case LinesColumn: return g.firstLines.isEmpty() ? QString() : g.whereText();
    default: return {};
    }
}

QVariant RejectsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    const QStringList titles = {tr("File"), tr("Field"), tr("Reason"), tr("Count"), tr("First lines")};
    return titles.value(section);
}
