#include "ui/models/logmodel.h"

#include <QBrush>
#include <QColor>
#include <QDateTime>

using namespace Qt::StringLiterals;

LogModel::LogModel(int capacity, QObject *parent) : QAbstractTableModel(parent), m_capacity(qMax(1, capacity)) {}

void LogModel::append(std::vector<LogEntry> entries)
{
    if (entries.empty())
        return;
    if (entries.size() > size_t(m_capacity))
        entries.erase(entries.begin(), entries.end() - m_capacity);
    const int overflow = int(m_entries.size() + entries.size()) - m_capacity;
    if (overflow > 0) {
        beginRemoveRows({}, 0, overflow - 1);
        m_entries.erase(m_entries.begin(), m_entries.begin() + overflow);
        endRemoveRows();
    }
    const int first = int(m_entries.size());
    beginInsertRows({}, first, first + int(entries.size()) - 1);
    for (auto &e : entries)
        m_entries.push_back(std::move(e));
    endInsertRows();
}

void LogModel::clear()
{
    beginResetModel();
    m_entries.clear();
    endResetModel();
}

int LogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int LogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const LogEntry &e = m_entries[size_t(index.row())];
    static const QStringList levels = {u"trace"_s, u"debug"_s, u"info"_s, u"warn"_s, u"error"_s, u"critical"_s, u"off"_s};
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case TimeColumn: return QDateTime::fromMSecsSinceEpoch(e.timeMs).toString(u"HH:mm:ss.zzz"_s);
        case LevelColumn: return levels.value(e.level);
        case LoggerColumn: return e.logger;
        case MessageColumn: return e.message;
        default: return {};
        }
    }
    if (role == Qt::ForegroundRole && e.level >= 3)
        return QBrush(e.level == 3 ? QColor(0xB8, 0x86, 0x0B) : QColor(0xD6, 0x3B, 0x2F));
    if (role == Qt::ToolTipRole && index.column() == MessageColumn)
        return e.message;
    return {};
}

QVariant LogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    const QStringList titles = {tr("Time"), tr("Level"), tr("Logger"), tr("Message")};
    return titles.value(section);
}
