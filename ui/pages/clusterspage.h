#pragma once

#include <QWidget>

#include "ui/runsnapshot.h"

class ClusterFilterProxy;
class ClusterModel;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

/// Every cluster of the run, validated or not, in a sortable, filterable table; the failed check
/// is shown in red. Selecting a row announces its trend id (the window selects the tile, if any).
class ClustersPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClustersPage)

public:
    explicit ClustersPage(QWidget *parent = nullptr);

    void setSnapshot(const RunSnapshot &snapshot);
    void selectTrend(const QString &trendId);

    QTableView *view() const { return m_view; }
    ClusterModel *model() const { return m_model; }
    ClusterFilterProxy *proxy() const { return m_proxy; }

Q_SIGNALS:
    void clusterSelected(const QString &trendId);

private:
    QString currentTrend() const;

    ClusterModel *m_model;
    ClusterFilterProxy *m_proxy;
    QTableView *m_view;
    QLineEdit *m_search;
    QComboBox *m_status;
    QComboBox *m_failed;
    QLabel *m_count;
    bool m_restoring = false;
};
