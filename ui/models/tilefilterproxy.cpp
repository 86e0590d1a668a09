#include "ui/models/tilefilterproxy.h"

#include "ui/models/tilemodel.h"

TileFilterProxy::TileFilterProxy(QObject *parent) : QSortFilterProxyModel(parent) {}

void TileFilterProxy::setPlatform(const QString &platform)
{
    if (platform == m_platform)
        return;
    m_platform = platform;
    invalidateRowsFilter();
}

void TileFilterProxy::setRegion(const QString &region)
{
    if (region == m_region)
        return;
    m_region = region;
    invalidateRowsFilter();
}

void TileFilterProxy::setUrgency(const QString &urgency)
{
    if (urgency == m_urgency)
        return;
    m_urgency = urgency;
    invalidateRowsFilter();
}

void TileFilterProxy::setSearch(const QString &text)
{
    QString normalized = text.trimmed().toLower();
    if (normalized.startsWith(u'#') || normalized.startsWith(QChar(0xFF03)))
        normalized.remove(0, 1);
    if (normalized == m_search)
        return;
    m_search = normalized;
    invalidateRowsFilter();
}

bool TileFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex idx = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_urgency.isEmpty() && idx.data(TileModel::UrgencyRole).toString() != m_urgency)
        return false;
    if (!m_platform.isEmpty() && !idx.data(TileModel::PlatformsRole).toStringList().contains(m_platform))
        return false;
    if (!m_region.isEmpty() && !idx.data(TileModel::RegionsRole).toStringList().contains(m_region))
        return false;
    if (!m_search.isEmpty() && !idx.data(TileModel::SearchTextRole).toString().contains(m_search))
        return false;
    return true;
}
