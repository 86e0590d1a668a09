#include "ui/models/clusterfilterproxy.h"

#include "ui/models/clustermodel.h"

ClusterFilterProxy::ClusterFilterProxy(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(ClusterModel::SortRole);
}

void ClusterFilterProxy::setSearch(const QString &text)
{
    QString normalized = text.trimmed().toLower();
    if (normalized.startsWith(u'#'))
        normalized.remove(0, 1);
    if (normalized == m_search)
        return;
    m_search = normalized;
    invalidateRowsFilter();
}

void ClusterFilterProxy::setStatus(Status status)
{
    if (status == m_status)
        return;
    m_status = status;
    invalidateRowsFilter();
}

void ClusterFilterProxy::setFailedCheck(const QString &check)
{
    if (check == m_failedCheck)
        return;
    m_failedCheck = check;
    invalidateRowsFilter();
}

bool ClusterFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex idx = sourceModel()->index(sourceRow, 0, sourceParent);
    const bool isTrend = idx.data(ClusterModel::IsTrendRole).toBool();
    if ((m_status == Status::Trends && !isTrend) || (m_status == Status::Rejected && isTrend))
        return false;
    if (!m_failedCheck.isEmpty() && !idx.data(ClusterModel::FailedChecksRole).toStringList().contains(m_failedCheck))
        return false;
    if (!m_search.isEmpty() && !idx.data(ClusterModel::SearchTextRole).toString().contains(m_search))
        return false;
    return true;
}
