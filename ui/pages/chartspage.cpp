#include "ui/pages/chartspage.h"

#include <QEvent>
#include <QSplitter>
#include <QVBoxLayout>

#include "ui/charts/growthchart.h"
#include "ui/charts/velocitychart.h"

using namespace Qt::StringLiterals;

ChartsPage::ChartsPage(QWidget *parent)
    : QWidget(parent), m_velocity(new VelocityChart(this)), m_growth(new GrowthChart(this))
{
    auto *split = new QSplitter(Qt::Vertical, this);
    split->setObjectName(u"chartsSplitter"_s);
    split->addWidget(m_velocity);
    split->addWidget(m_growth);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(split);
}

void ChartsPage::setSnapshot(const RunSnapshot &snapshot)
{
    m_snapshot = snapshot;
    m_velocityDirty = true;
    m_growthDirty = true;
    rebuild();
}

void ChartsPage::setTrend(const QString &trendId)
{
    if (trendId == m_trendId)
        return;
    m_trendId = trendId;
    m_velocityDirty = true;
    rebuild();
}

void ChartsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    rebuild();
}

void ChartsPage::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    // The charts take their colours from the palette when built: a new theme builds them again.
    if (event->type() == QEvent::PaletteChange) {
        m_velocityDirty = true;
        m_growthDirty = true;
        rebuild();
    }
}

void ChartsPage::rebuild()
{
    // Building a QChart costs tens of milliseconds; behind another tab it waits until shown.
    if (!isVisible())
        return;
    if (m_growthDirty) {
        m_growthDirty = false;
        ++m_growthBuilds;
        m_growth->setSnapshot(m_snapshot);
    }
    if (m_velocityDirty) {
        m_velocityDirty = false;
        ++m_velocityBuilds;
        m_velocity->setCluster(m_snapshot, m_snapshot.findCluster(m_trendId));
    }
}
