#include "ui/pages/networkpage.h"

#include <algorithm>

#include <QCheckBox>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include "core/report/gexfexport.h"
#include "ui/filedialogs.h"
#include "ui/networkjob.h"
#include "ui/uiformat.h"
#include "ui/widgets/networkview.h"

using namespace Qt::StringLiterals;

NetworkPage::NetworkPage(QWidget *parent)
    : QWidget(parent), m_job(new NetworkJob(this)), m_view(new NetworkView(this)),
      m_hideIsolated(new QCheckBox(tr("Hide tags without edges"), this)), m_fit(new QPushButton(tr("Fit"), this)),
      m_export(new QPushButton(tr("Export GEXF…"), this)), m_status(new QLabel(this))
{
    m_hideIsolated->setChecked(true);
    m_hideIsolated->setToolTip(tr("A tag with no edge is a cluster of one; a big run has thousands of them"));
    m_fit->setToolTip(tr("Show the whole graph (key 0)"));
    m_export->setToolTip(tr("Write the graph shown, with its layout and metrics, as GEXF for Gephi"));
    m_export->setEnabled(false);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *legend =
        new QLabel(tr("Size: posts · width: Jaccard · dashed: dropped by the max_tags split · ring: a trend, "
                      "in its urgency colour · drag to pan, Ctrl+wheel (or wheel with focus) to zoom · "
                      "click a tag to select its cluster"),
                   this);
    legend->setWordWrap(true);
    legend->setForegroundRole(QPalette::PlaceholderText);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_hideIsolated);
    bar->addWidget(m_fit);
    bar->addWidget(m_export);
    bar->addWidget(m_status, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);
    layout->addWidget(legend);
    m_view->setPlaceholder(tr("No run yet"));

    connect(m_hideIsolated, &QCheckBox::toggled, this, [this] { startLayout(); });
    connect(m_fit, &QPushButton::clicked, m_view, &NetworkView::fitToView);
    connect(m_export, &QPushButton::clicked, this, &NetworkPage::chooseExport);
    connect(m_job, &NetworkJob::finished, this, &NetworkPage::showScene);
    connect(m_job, &NetworkJob::failed, this, [this](const QString &message) {
        m_view->setScene(nullptr);
        m_view->setPlaceholder(tr("No network for this run: %1").arg(message));
        m_status->clear();
    });
    connect(m_view, &NetworkView::nodeClicked, this, [this](int index) {
        const QString cluster = m_view->scene()->network.nodes.at(index).clusterId;
        m_view->setSelectedCluster(cluster);
        Q_EMIT clusterSelected(cluster);
    });
}

void NetworkPage::setSnapshot(const RunSnapshot &snapshot)
{
    m_snapshot = snapshot;
    m_job->cancel(); // the layout of an older run is of no use now
    if (isVisible())
        startLayout();
    else
        m_stale = true;
}

void NetworkPage::selectTrend(const QString &trendId)
{
    m_view->setSelectedCluster(trendId);
}

void NetworkPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        startLayout();
}

void NetworkPage::startLayout()
{
    m_stale = false;
    if (m_snapshot.isNull() || m_snapshot.run->cancelled) {
        m_job->cancel();
        m_view->setScene(nullptr);
        m_view->setPlaceholder(tr("No run yet"));
        m_export->setEnabled(false);
        return;
    }
    m_status->setText(tr("Laying out…"));
    if (!m_view->scene())
        m_view->setPlaceholder(tr("Laying out…"));
    m_job->start(m_snapshot, m_hideIsolated->isChecked());
}

void NetworkPage::showScene(std::shared_ptr<const NetworkScene> scene)
{
    const auto dropped = std::count_if(scene->network.edges.cbegin(), scene->network.edges.cend(),
                                       [](const NetworkEdge &e) { return e.droppedBySplit; });
    QString text = tr("%1 tags, %2 edges (%3 dropped by the max_tags split)")
                       .arg(uifmt::integer(scene->network.nodes.size()), uifmt::integer(scene->network.edges.size()),
                            uifmt::integer(dropped));
    if (scene->hiddenTags > 0)
        text += u" · "_s + tr("%1 tags without edges hidden").arg(uifmt::integer(scene->hiddenTags));
    m_status->setText(text);
    m_view->setPlaceholder(scene->network.nodes.isEmpty() ? tr("No tag of this run has an edge") : QString());
    m_view->setScene(std::move(scene));
    m_export->setEnabled(true);
}

Status NetworkPage::exportGexf(const QString &path)
{
    const NetworkScene *scene = m_view->scene();
    if (!scene) {
        m_status->setText(tr("Nothing to export yet"));
        return Error{u"invalid_value"_s, u"no network laid out yet"_s, {}};
    }
    const Status written = writeNetworkGexf(scene->network, scene->positions, path);
    m_status->setText(written ? tr("Exported the network to %1").arg(QDir::toNativeSeparators(path))
                              : tr("Export failed: %1").arg(written.error().message));
    return written;
}

void NetworkPage::chooseExport()
{
    const NetworkScene *scene = m_view->scene();
    if (!scene)
        return;
    const QString suggested =
        scene->network.runId.isEmpty() ? u"network.gexf"_s : u"network-%1.gexf"_s.arg(scene->network.runId);
    const QString path = filedialogs::getSaveFileName(this, u"export"_s, tr("Export network as GEXF"), suggested,
                                                      tr("GEXF graph (*.gexf)"));
    if (!path.isEmpty())
        (void)exportGexf(path);
}
