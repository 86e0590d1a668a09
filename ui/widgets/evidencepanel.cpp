#include "ui/widgets/evidencepanel.h"

#include <QCoreApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTableView>
#include <QTreeView>
#include <QVBoxLayout>

#include "ui/models/evidencemodel.h"
#include "ui/models/toppostsmodel.h"
#include "ui/uiformat.h"
#include "ui/widgets/postcontextmenu.h"

using namespace Qt::StringLiterals;

EvidencePanel::EvidencePanel(QWidget *parent)
    : QWidget(parent), m_evidence(new EvidenceModel(this)), m_posts(new TopPostsModel(this))
{
    m_title = new QLabel(this);
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    m_title->setFont(titleFont);
    m_badge = new QLabel(this);
    m_badge->setAlignment(Qt::AlignCenter);
    m_insight = new QLabel(this);
    m_insight->setWordWrap(true);
    m_insight->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont italic = m_insight->font();
    italic.setItalic(true);
    m_insight->setFont(italic);
    m_recommendation = new QLabel(this);
    m_recommendation->setWordWrap(true);
    m_recommendation->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_tree = new QTreeView(this);
    m_tree->setObjectName(u"evidenceTree"_s);
    m_tree->setModel(m_evidence);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setWordWrap(false);
    m_tree->header()->setStretchLastSection(true);
    m_tree->setColumnWidth(EvidenceModel::ItemColumn, 170);
    m_tree->setColumnWidth(EvidenceModel::ValueColumn, 110);

    m_postsTitle = new QLabel(tr("Top posts"), this);
    QFont bold = m_postsTitle->font();
    bold.setBold(true);
    m_postsTitle->setFont(bold);
    m_postsView = new QTableView(this);
    m_postsView->setObjectName(u"topPostsTable"_s);
    m_postsView->setModel(m_posts);
    m_postsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_postsView->setWordWrap(false);
    m_postsView->verticalHeader()->hide();
    m_postsView->horizontalHeader()->setStretchLastSection(true);
    m_postsView->setColumnWidth(TopPostsModel::PlatformColumn, 84);
    m_postsView->setColumnWidth(TopPostsModel::CreatorColumn, 120);
    m_postsView->setColumnWidth(TopPostsModel::TextColumn, 220);
    m_postsView->setToolTip(tr("Double-click a post to open it; right-click to copy or open its URL"));
    new PostContextMenu(m_postsView, TopPostsModel::UrlRole);

    auto *header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    header->addWidget(m_badge, 0, Qt::AlignTop);

    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addLayout(header);
    topLayout->addWidget(m_insight);
    topLayout->addWidget(m_recommendation);
    topLayout->addWidget(m_tree, 1);

    auto *bottom = new QWidget(this);
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addWidget(m_postsTitle);
    bottomLayout->addWidget(m_postsView, 1);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->setObjectName(u"evidenceSplitter"_s);
    split->addWidget(top);
    split->addWidget(bottom);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->addWidget(split);

    connect(m_postsView, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        const QString url = index.data(TopPostsModel::UrlRole).toString();
        if (!url.isEmpty())
            Q_EMIT openPostRequested(url);
    });
    connect(m_tree, &QTreeView::doubleClicked, this, [this](const QModelIndex &index) {
        const QString key = index.siblingAtColumn(0).data(EvidenceModel::KeyRole).toString();
        if (key == u"decision:more" && !m_trendId.isEmpty())
            Q_EMIT showDecisionsRequested(u"cluster:"_s + m_trendId);
    });
    refresh();
}

void EvidencePanel::setSnapshot(const RunSnapshot &snapshot)
{
    m_snapshot = snapshot;
    refresh();
}

void EvidencePanel::setTrend(const QString &trendId)
{
    if (trendId == m_trendId && m_evidence->trendId() == trendId)
        return;
    m_trendId = trendId;
    refresh();
}

namespace {
// Posted below Qt::LowEventPriority, the priority of the window's UpdateRequest: delivered after that paint.
const QEvent::Type kPaintNow = QEvent::Type(QEvent::registerEventType());
} // namespace

void EvidencePanel::paintNextTurn()
{
    // A new result repaints the tiles, the tables and this panel, in one event that took over 40 ms. The panel's
    // content changes now (what tests and the other views read), its pixels after the window's next paint, in an
    // event of their own: two shorter blocks of the GUI thread instead of one long one.
    if (!isVisible() || !updatesEnabled())
        return;
    setUpdatesEnabled(false);
    QCoreApplication::postEvent(this, new QEvent(kPaintNow), Qt::LowEventPriority - 1);
}

bool EvidencePanel::event(QEvent *event)
{
    if (event->type() == kPaintNow) {
        setUpdatesEnabled(true);
        return true;
    }
    return QWidget::event(event);
}

void EvidencePanel::refresh()
{
    paintNextTurn();
    const ClusterResult *c = m_snapshot.findCluster(m_trendId);
    m_evidence->setTrend(m_snapshot, c ? m_trendId : QString());
    m_posts->setPosts(c ? c->topPosts : QList<TopPost>());
    if (!c) {
        m_title->setText(m_snapshot.run ? tr("Select a trend") : tr("No run yet"));
        m_badge->hide();
        m_insight->setText(tr("Every number on a card is written out here: its formula, its inputs and the "
                              "checks it passed."));
        m_recommendation->clear();
        return;
    }
    m_title->setText(c->title);
    const QColor color = uifmt::urgencyColor(c->urgency);
    m_badge->setText(c->isTrend ? uifmt::urgencyLabel(c->urgency) : tr("NOT A TREND"));
    // A style sheet is parsed and the widget re-polished on every set: only when the colour changes.
    const QString badgeStyle =
        u"QLabel { background: %1; color: %2; border-radius: 4px; padding: 2px 8px; font-weight: bold; }"_s.arg(
            c->isTrend ? color.name() : u"#757575"_s, c->isTrend ? uifmt::urgencyTextColor(c->urgency).name() : u"#ffffff"_s);
    if (m_badge->styleSheet() != badgeStyle)
        m_badge->setStyleSheet(badgeStyle);
    m_badge->show();
    m_insight->setText(c->insight.isEmpty() ? tr("Not a trend: see the failed checks below.") : u"“"_s + c->insight + u"”"_s);
    m_recommendation->setText(c->recommendation.isEmpty() ? QString() : u"→ "_s + c->recommendation);
    m_postsTitle->setText(tr("Top posts (%1, by engagement)").arg(c->topPosts.size()));
    m_tree->expandAll();
}
