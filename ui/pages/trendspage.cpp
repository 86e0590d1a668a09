#include "ui/pages/trendspage.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QScrollBar>
#include <QSet>
#include <QVBoxLayout>

#include "ui/models/tilefilterproxy.h"
#include "ui/models/tilemodel.h"
#include "ui/uiformat.h"
#include "ui/widgets/emptyproject.h"
#include "ui/widgets/tiledelegate.h"

using namespace Qt::StringLiterals;

namespace {

void refill(QComboBox *box, const QString &allLabel, const QStringList &values)
{
    const QString current = box->currentData().toString();
    const QSignalBlocker block(box);
    box->clear();
    box->addItem(allLabel, QString());
    for (const QString &v : values)
        box->addItem(v, v);
    const int i = box->findData(current);
    box->setCurrentIndex(i < 0 ? 0 : i);
}

} // namespace

TrendsPage::TrendsPage(QWidget *parent)
    : QWidget(parent), m_model(new TileModel(this)), m_proxy(new TileFilterProxy(this))
{
    m_proxy->setSourceModel(m_model);

    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Filter tags…"));
    m_search->setClearButtonEnabled(true);
    m_search->setObjectName(u"tileSearch"_s);
    m_platform = new QComboBox(this);
    m_region = new QComboBox(this);
    m_urgency = new QComboBox(this);
    m_urgency->addItem(tr("Any urgency"), QString());
    for (const QString &u : {u"act_now"_s, u"prepare"_s, u"monitor"_s})
        m_urgency->addItem(uifmt::urgencyLabel(u), u);
    refill(m_platform, tr("All platforms"), {});
    refill(m_region, tr("All regions"), {});

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_search, 2);
    bar->addWidget(m_platform, 1);
    bar->addWidget(m_region, 1);
    bar->addWidget(m_urgency, 1);

    m_view = new QListView(this);
    m_view->setObjectName(u"tileView"_s);
    m_view->setViewMode(QListView::IconMode);
    m_view->setFlow(QListView::LeftToRight);
    m_view->setWrapping(true);
    m_view->setResizeMode(QListView::Adjust);
    m_view->setMovement(QListView::Static);
    m_view->setUniformItemSizes(true);
    m_view->setSpacing(2);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->setItemDelegate(new TileDelegate(m_view));
    m_view->setModel(m_proxy);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setBackgroundRole(QPalette::Window);

    m_empty = new QLabel(this);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_emptyProject = new EmptyProject(this);
    connect(m_emptyProject, &EmptyProject::importRequested, this, &TrendsPage::importRequested);
    connect(m_emptyProject, &EmptyProject::feedsRequested, this, &TrendsPage::feedsRequested);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_empty);
    layout->addWidget(m_emptyProject, 1);

    connect(m_search, &QLineEdit::textChanged, m_proxy, &TileFilterProxy::setSearch);
    for (QComboBox *box : {m_platform, m_region, m_urgency})
        connect(box, &QComboBox::currentIndexChanged, this, &TrendsPage::filtersChanged);
    connect(m_search, &QLineEdit::textEdited, this, &TrendsPage::filtersChanged);
    connect(m_platform, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setPlatform(m_platform->currentData().toString()); });
    connect(m_region, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setRegion(m_region->currentData().toString()); });
    connect(m_urgency, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setUrgency(m_urgency->currentData().toString()); });
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &TrendsPage::updateEmptyState);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &TrendsPage::updateEmptyState);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &TrendsPage::updateEmptyState);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &current) {
        if (!m_restoring && current.isValid())
            Q_EMIT trendSelected(current.data(TileModel::TrendIdRole).toString());
    });
    updateEmptyState();
}

QJsonObject TrendsPage::filters() const
{
    return {{u"search"_s, m_search->text()},
            {u"platform"_s, m_platform->currentData().toString()},
            {u"region"_s, m_region->currentData().toString()},
            {u"urgency"_s, m_urgency->currentData().toString()}};
}

void TrendsPage::setFilters(const QJsonObject &filters)
{
    const QSignalBlocker block(this);
    m_search->setText(filters.value(u"search"_s).toString());
    const auto choose = [](QComboBox *box, const QString &value) {
        int i = box->findData(value);
        if (i < 0 && !value.isEmpty()) {
            box->addItem(value, value); // refillFilters keeps it if the data has it
            i = box->count() - 1;
        }
        box->setCurrentIndex(std::max(0, i));
    };
    choose(m_platform, filters.value(u"platform"_s).toString());
    choose(m_region, filters.value(u"region"_s).toString());
    choose(m_urgency, filters.value(u"urgency"_s).toString());
}

void TrendsPage::setSnapshot(const RunSnapshot &snapshot)
{
    // Keep what the analyst was looking at: the current tile (by id) and the scroll position.
    const QString current = currentTrend();
    const QStringList selected = selectedTrendIds();
    const int scroll = m_view->verticalScrollBar()->value();
    m_restoring = true;
    m_model->setRun(snapshot.run);
    refillFilters(snapshot);
    QItemSelection selection;
    for (const QString &id : selected) {
        const int row = m_model->rowOf(id);
        if (row >= 0) {
            const QModelIndex idx = m_proxy->mapFromSource(m_model->index(row));
            if (idx.isValid())
                selection.select(idx, idx);
        }
    }
    const int row = m_model->rowOf(current);
    const QModelIndex idx = row >= 0 ? m_proxy->mapFromSource(m_model->index(row)) : QModelIndex();
    if (idx.isValid())
        m_view->selectionModel()->setCurrentIndex(idx, QItemSelectionModel::NoUpdate);
    m_view->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    m_view->verticalScrollBar()->setValue(scroll);
    m_restoring = false;
    updateEmptyState();
}

void TrendsPage::refillFilters(const RunSnapshot &snapshot)
{
    QSet<QString> platforms;
    QSet<QString> regions;
    if (snapshot.run) {
        for (const ClusterResult &c : snapshot.run->clusters) {
            if (!c.isTrend)
                continue;
            for (const QString &p : c.platforms)
                platforms.insert(p);
            for (const QString &r : c.regions)
                regions.insert(r);
        }
    }
    QStringList p(platforms.begin(), platforms.end());
    QStringList r(regions.begin(), regions.end());
    p.sort();
    r.sort();
    refill(m_platform, tr("All platforms"), p);
    refill(m_region, tr("All regions"), r);
}

void TrendsPage::selectTrend(const QString &trendId)
{
    const int row = m_model->rowOf(trendId);
    const QModelIndex idx = row >= 0 ? m_proxy->mapFromSource(m_model->index(row)) : QModelIndex();
    m_restoring = true;
    if (idx.isValid()) {
        m_view->selectionModel()->setCurrentIndex(idx, QItemSelectionModel::ClearAndSelect);
        m_view->scrollTo(idx);
    } else {
        m_view->selectionModel()->clearSelection();
    }
    m_restoring = false;
}

QString TrendsPage::currentTrend() const
{
    return m_view->currentIndex().data(TileModel::TrendIdRole).toString();
}

QStringList TrendsPage::selectedTrendIds() const
{
    QModelIndexList rows = m_view->selectionModel()->selectedIndexes();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) {
        return a.data(TileModel::RankRole).toInt() < b.data(TileModel::RankRole).toInt();
    });
    QStringList ids;
    for (const QModelIndex &idx : rows)
        ids.append(idx.data(TileModel::TrendIdRole).toString());
    return ids;
}

void TrendsPage::updateEmptyState()
{
    const bool noTiles = m_model->rowCount() == 0;
    const bool allFiltered = !noTiles && m_proxy->rowCount() == 0;
    // No post to look at: an as-of that resolved to nothing is a project without posts (Latest found none).
    const std::shared_ptr<const RunResult> run = m_model->run();
    const bool noPosts = run && run->postsInWindow == 0;
    m_emptyProject->setVisible(noPosts);
    if (noPosts)
        m_emptyProject->showFor(run->asOfMs > 0, uifmt::dateTime(run->asOfMs) + u" UTC"_s);
    m_view->setVisible(!noPosts);
    m_empty->setVisible(!noPosts && (noTiles || allFiltered));
    if (!m_model->run())
        m_empty->setText(tr("No run yet."));
    else if (noTiles)
        m_empty->setText(tr("No cluster passes every check. Loosen a threshold on the left, or see why on the "
                            "Clusters tab (the failed check is listed for each cluster)."));
    else
        m_empty->setText(tr("No tile matches the filters."));
}
