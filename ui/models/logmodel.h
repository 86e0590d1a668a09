#pragma once

#include <deque>
#include <vector>

#include <QAbstractTableModel>

#include "ui/logsink.h"

/// The newest log lines (time, level, logger, message) for the log dock, oldest first, capped.
class LogModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogModel)

public:
    enum Column { TimeColumn, LevelColumn, LoggerColumn, MessageColumn, ColumnCount };

    explicit LogModel(int capacity = 5000, QObject *parent = nullptr);

    void append(std::vector<LogEntry> entries);
    void clear();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::deque<LogEntry> m_entries;
    int m_capacity;
};
