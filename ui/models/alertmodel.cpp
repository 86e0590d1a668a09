#include "ui/models/alertmodel.h"

#include "ui/uiformat.h"

using namespace Qt::StringLiterals;

AlertModel::AlertModel(QObject *parent) : QAbstractTableModel(parent) {}

void AlertModel::setAlerts(QList<AlertRecord> alerts)
{
    beginResetModel();
    m_alerts = std::move(alerts);
    endResetModel();
}

void AlertModel::prepend(const AlertRecord &record)
{
    for (const AlertRecord &r : std::as_const(m_alerts)) {
        if (r.id == record.id)
            return;
    }
    beginInsertRows({}, 0, 0);
    m_alerts.prepend(record);
    endInsertRows();
}

QString AlertModel::reasonLabel(const Alert &alert)
{
    if (alert.reason == u"watched_tag"_s)
        return tr("Watched: %1").arg(u"#"_s + alert.watched.join(u" #"_s));
    if (alert.reason == u"act_now"_s)
        return tr("Reached ACT NOW");
    return alert.reason;
}

int AlertModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_alerts.size());
}

int AlertModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AlertModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AlertRecord &r = m_alerts[index.row()];
    switch (role) {
    case RunIdRole:
        return r.alert.runId;
    case TrendIdRole:
        return r.alert.trendId;
    case ReasonRole:
        return r.alert.reason;
    case Qt::ToolTipRole:
        return tr("Run %1, trend %2 — double-click to open").arg(r.alert.runId, r.alert.trendId);
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case RaisedColumn:
        return uifmt::dateTime(r.createdAtMs);
    case ReasonColumn:
        return reasonLabel(r.alert);
    case TrendColumn:
        return r.alert.title;
    case UrgencyColumn:
        return r.alert.urgency.isEmpty() ? uifmt::undefined() : uifmt::urgencyLabel(r.alert.urgency);
    case GrowthColumn:
        return uifmt::ratio(r.alert.growth);
    case AsOfColumn:
        return uifmt::dateTime(r.alert.asOfMs);
    default:
        return {};
    }
}

QVariant AlertModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case RaisedColumn:
        return tr("Raised (UTC)");
    case ReasonColumn:
        return tr("Why");
    case TrendColumn:
        return tr("Trend");
    case UrgencyColumn:
        return tr("Urgency");
    case GrowthColumn:
        return tr("Growth");
    case AsOfColumn:
        return tr("Run as of (UTC)");
    default:
        return {};
    }
}
