#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

#include "core/config/pollsource.h"
#include "core/poll/feedstatus.h"

/// The polled sources of the Feeds dialog, one row per configured source, with the latest status
/// snapshot the poller published for it (matched by poll::sourceId()). A source without a status
/// yet (just added, poller not told) shows "not polled yet".
class FeedStatusModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FeedStatusModel)

public:
    enum Column {
        KindColumn,
        SourceColumn,
        LastSuccessColumn,
        LastErrorColumn,
        PostsColumn,
        NextPollColumn,
        ColumnCount
    };
    enum Role { SourceIdRole = Qt::UserRole + 1 };

    explicit FeedStatusModel(QObject *parent = nullptr);

    /// The rows: resets the model.
    void setSources(const QList<PollSource> &sources);
    /// New snapshots: the rows stay (selection too), their cells change.
    void setStatus(const QList<FeedStatus> &status);

    const QList<PollSource> &sources() const { return m_sources; }
    /// The status of `row`, or a blank one (id filled) when none arrived yet.
    FeedStatus statusAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<PollSource> m_sources;
    QList<QString> m_ids; ///< poll::sourceId() of each row
    QHash<QString, FeedStatus> m_status;
};
