#pragma once

#include <QAbstractTableModel>
#include <QList>

#include "core/model/runresult.h"

/// The top posts of one trend (by engagement): platform, creator, text, counters, time.
/// UrlRole gives the post's address for "double-click opens".
class TopPostsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TopPostsModel)

public:
    enum Column { PlatformColumn, CreatorColumn, TextColumn, EngagementColumn, LikesColumn, CommentsColumn,
                  SharesColumn, ViewsColumn, RegionColumn, TimeColumn, ColumnCount };
    enum Role { UrlRole = Qt::UserRole + 1, SortRole };

    explicit TopPostsModel(QObject *parent = nullptr);

    void setPosts(const QList<TopPost> &posts);
    const QList<TopPost> &posts() const { return m_posts; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<TopPost> m_posts;
};
