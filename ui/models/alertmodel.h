#pragma once

#include <QAbstractTableModel>
#include <QList>

#include "core/model/alert.h"

/// The Alerts dock: the alerts the project's runs raised (AlertStore), newest first — when, why (a watched tag, or act
/// now), the trend, its urgency and growth, and the run's as-of. Each row knows its run and trend (double-click opens
/// them).
class AlertModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlertModel)

public:
    enum Column { RaisedColumn, ReasonColumn, TrendColumn, UrgencyColumn, GrowthColumn, AsOfColumn, ColumnCount };
    enum Role { RunIdRole = Qt::UserRole + 1, TrendIdRole, ReasonRole };

    explicit AlertModel(QObject *parent = nullptr);

    /// The rows as the store lists them (newest first); resets the model.
    void setAlerts(QList<AlertRecord> alerts);
    /// A new alert on top (without a reset: the selection stays).
    void prepend(const AlertRecord &record);
    const QList<AlertRecord> &alerts() const { return m_alerts; }

    static QString reasonLabel(const Alert &alert);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<AlertRecord> m_alerts;
};
