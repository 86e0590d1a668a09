#include "ui/pages/clusterspage.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QScrollBar>
#include <QTableView>
#include <QVBoxLayout>

#include "ui/models/clusterfilterproxy.h"
#include "ui/models/clustermodel.h"

using namespace Qt::StringLiterals;

ClustersPage::ClustersPage(QWidget *parent)
    : QWidget(parent), m_model(new ClusterModel(this)), m_proxy(new ClusterFilterProxy(this))
{
    m_proxy->setSourceModel(m_model);

    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Filter tags…"));
    m_search->setClearButtonEnabled(true);
    m_status = new QComboBox(this);
    m_status->addItem(tr("All clusters"), int(ClusterFilterProxy::Status::All));
    m_status->addItem(tr("Trends only"), int(ClusterFilterProxy::Status::Trends));
    m_status->addItem(tr("Not validated"), int(ClusterFilterProxy::Status::Rejected));
    m_failed = new QComboBox(this);
    m_failed->addItem(tr("Any check"), QString());
    for (const QString &check : {u"unique_creators"_s, u"creator_diversity"_s, u"regions"_s, u"platforms"_s,
                                 u"growth"_s, u"significance"_s})
        m_failed->addItem(tr("Failed: %1").arg(check), check);
    m_count = new QLabel(this);
    m_count->setForegroundRole(QPalette::PlaceholderText);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_search, 2);
    bar->addWidget(m_status, 1);
    bar->addWidget(m_failed, 1);
    bar->addWidget(m_count);

    m_view = new QTableView(this);
    m_view->setObjectName(u"clusterTable"_s);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(ClusterModel::RankColumn, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setColumnWidth(ClusterModel::RankColumn, 48);
    m_view->setColumnWidth(ClusterModel::TitleColumn, 260);
    m_view->setColumnWidth(ClusterModel::StatusColumn, 150);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);

    const auto updateCount = [this] {
        m_count->setText(tr("%1 of %2 clusters").arg(m_proxy->rowCount()).arg(m_model->rowCount()));
    };
    connect(m_proxy, &QAbstractItemModel::modelReset, this, updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, updateCount);
    connect(m_search, &QLineEdit::textChanged, m_proxy, &ClusterFilterProxy::setSearch);
    connect(m_status, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setStatus(ClusterFilterProxy::Status(m_status->currentData().toInt()));
    });
    connect(m_failed, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setFailedCheck(m_failed->currentData().toString()); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
        if (!m_restoring && current.isValid())
            Q_EMIT clusterSelected(current.data(ClusterModel::TrendIdRole).toString());
    });
    updateCount();
}

QString ClustersPage::currentTrend() const
{
    return m_view->currentIndex().data(ClusterModel::TrendIdRole).toString();
}

void ClustersPage::setSnapshot(const RunSnapshot &snapshot)
{
    const QString current = currentTrend();
    const int scroll = m_view->verticalScrollBar()->value();
    m_restoring = true;
    m_model->setRun(snapshot.run);
    m_restoring = false;
    selectTrend(current);
    m_view->verticalScrollBar()->setValue(scroll);
}

void ClustersPage::selectTrend(const QString &trendId)
{
    const int row = m_model->rowOf(trendId);
    const QModelIndex idx = row >= 0 ? m_proxy->mapFromSource(m_model->index(row, 0)) : QModelIndex();
    m_restoring = true;
    if (idx.isValid()) {
        m_view->selectionModel()->setCurrentIndex(idx, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_view->scrollTo(idx);
    } else {
        m_view->selectionModel()->clearSelection();
    }
    m_restoring = false;
}
