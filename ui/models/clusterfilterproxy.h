#pragma once

#include <QSortFilterProxyModel>

/// Sorts the ClusterModel numerically and filters it by tag text, validation status and failed check.
class ClusterFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClusterFilterProxy)

public:
    enum class Status { All, Trends, Rejected };

    explicit ClusterFilterProxy(QObject *parent = nullptr);

    void setSearch(const QString &text);
    void setStatus(Status status);
    void setFailedCheck(const QString &check); ///< only clusters failing this check; empty = any

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_search;
    Status m_status = Status::All;
    QString m_failedCheck;
};
