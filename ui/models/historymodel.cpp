#include "ui/models/historymodel.h"

#include <algorithm>

#include "ui/uiformat.h"

HistoryModel::HistoryModel(QObject *parent) : QAbstractTableModel(parent) {}

void HistoryModel::setEntries(QList<HistoryEntry> entries)
{
    std::stable_sort(entries.begin(), entries.end(), [](const HistoryEntry &a, const HistoryEntry &b) {
        return a.summary.createdAtMs > b.summary.createdAtMs;
    });
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
}

int HistoryModel::rowOf(const QString &runId) const
{
    for (int i = 0; i < m_entries.size(); ++i) {
        if (m_entries[i].summary.runId == runId)
            return i;
    }
    return -1;
}

int HistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int HistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString HistoryModel::kindLabel(HistoryMark::Kind kind)
{
    switch (kind) {
    case HistoryMark::Kind::Pinned:
        return tr("Pinned");
    case HistoryMark::Kind::Scheduled:
        return tr("Scheduled");
    case HistoryMark::Kind::Alert:
        return tr("Alert");
    }
    return {};
}

QVariant HistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const HistoryEntry &e = m_entries[index.row()];
    if (role == RunIdRole)
        return e.summary.runId;
    if (role == Qt::ToolTipRole)
        return tr("Run %1: %2 posts in the window, %3 clusters, %4 trends")
            .arg(e.summary.runId)
            .arg(e.summary.postsInWindow)
            .arg(e.summary.clusters)
            .arg(e.summary.trends);
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (index.column()) {
    case SavedColumn:
        return uifmt::dateTime(e.summary.createdAtMs);
    case AsOfColumn:
        return uifmt::dateTime(e.summary.asOfMs);
    case WindowColumn:
        return tr("%1 h").arg(e.summary.windowHours);
    case TrendsColumn:
        return e.summary.trends;
    case KindColumn:
        return kindLabel(e.mark.kind);
    case NoteColumn:
        return e.mark.note;
    default:
        return {};
    }
}

bool HistoryModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid) || index.column() != NoteColumn)
        return false;
    HistoryEntry &e = m_entries[index.row()];
    const QString note = value.toString().trimmed();
    if (note == e.mark.note)
        return true;
    e.mark.note = note;
    Q_EMIT dataChanged(index, index, {Qt::DisplayRole, Qt::EditRole});
    Q_EMIT noteEdited(e.summary.runId, note);
    return true;
}

Qt::ItemFlags HistoryModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == NoteColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SavedColumn:
        return tr("Stored (UTC)");
    case AsOfColumn:
        return tr("As of (UTC)");
    case WindowColumn:
        return tr("Window");
    case TrendsColumn:
        return tr("Trends");
    case KindColumn:
        return tr("Kept as");
    case NoteColumn:
        return tr("Note");
    default:
        return {};
    }
}
