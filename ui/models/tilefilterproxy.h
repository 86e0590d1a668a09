#pragma once

#include <QSortFilterProxyModel>

/// Filters the TileModel by platform, region, urgency and tag search, keeping rank order.
class TileFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TileFilterProxy)

public:
    explicit TileFilterProxy(QObject *parent = nullptr);

    void setPlatform(const QString &platform); ///< empty = any
    void setRegion(const QString &region);     ///< empty = any
    void setUrgency(const QString &urgency);   ///< empty = any
    void setSearch(const QString &text);       ///< substring of any tag, case-insensitive

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_platform;
    QString m_region;
    QString m_urgency;
    QString m_search;
};
