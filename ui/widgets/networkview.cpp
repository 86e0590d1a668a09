#include "ui/widgets/networkview.h"

#include <algorithm>
#include <cmath>

#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>
#include <QWheelEvent>

#include "core/report/networkstyle.h"
#include "ui/uiformat.h"

namespace {
constexpr double kMargin = 24;   // pixels around the fitted graph
constexpr double kMinZoom = 0.2; // relative to the fitted view
constexpr double kMaxZoom = 60;
constexpr double kDragStart = 4; // pixels before a press becomes a pan
} // namespace

NetworkView::NetworkView(QWidget *parent) : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(false);
    setCursor(Qt::OpenHandCursor);
    setAutoFillBackground(false);
    setAttribute(Qt::WA_OpaquePaintEvent);
}

void NetworkView::setScene(std::shared_ptr<const NetworkScene> scene)
{
    m_scene = std::move(scene);
    fitToView();
}

void NetworkView::setPlaceholder(const QString &text)
{
    m_placeholder = text;
    update();
}

void NetworkView::setSelectedCluster(const QString &clusterId)
{
    if (m_selected == clusterId)
        return;
    m_selected = clusterId;
    update();
}

void NetworkView::fitToView()
{
    m_userMoved = false;
    if (!m_scene || m_scene->positions.isEmpty()) {
        update();
        return;
    }
    double minX = m_scene->positions.first().x(), maxX = minX;
    double minY = m_scene->positions.first().y(), maxY = minY;
    for (const QPointF &p : m_scene->positions) {
        minX = std::min(minX, p.x());
        maxX = std::max(maxX, p.x());
        minY = std::min(minY, p.y());
        maxY = std::max(maxY, p.y());
    }
    // One unit (more than the biggest node's radius) around the positions.
    minX -= 1;
    maxX += 1;
    minY -= 1;
    maxY += 1;
    const double w = std::max(1.0, width() - 2 * kMargin);
    const double h = std::max(1.0, height() - 2 * kMargin);
    m_fitScale = std::min(w / (maxX - minX), h / (maxY - minY));
    m_scale = m_fitScale;
    m_offset = QPointF(width() / 2.0 - (minX + maxX) / 2 * m_scale, height() / 2.0 - (minY + maxY) / 2 * m_scale);
    update();
}

void NetworkView::zoomBy(double factor, QPointF anchor)
{
    const double scale = std::clamp(m_scale * factor, m_fitScale * kMinZoom, m_fitScale * kMaxZoom);
    const QPointF world = (anchor - m_offset) / m_scale;
    m_scale = scale;
    m_offset = anchor - world * m_scale;
    m_userMoved = true;
    update();
}

double NetworkView::radius(int index) const
{
    const NetworkNode &n = m_scene->network.nodes.at(index);
    return std::max(2.5, networkstyle::nodeRadius(n.posts, m_scene->maxPosts) * m_scale);
}

QPointF NetworkView::nodePosition(int index) const
{
    return m_scene->positions.at(index) * m_scale + m_offset;
}

int NetworkView::nodeAt(QPointF pos) const
{
    if (!m_scene || m_scene->positions.size() != m_scene->network.nodes.size())
        return -1;
    // The last drawn on top: search backwards; the nearest centre wins among overlapping nodes.
    int best = -1;
    double bestDistance = 0;
    for (int i = int(m_scene->positions.size()) - 1; i >= 0; --i) {
        const QPointF d = nodePosition(i) - pos;
        const double distance = std::hypot(d.x(), d.y());
        if (distance <= radius(i) + 2 && (best < 0 || distance < bestDistance)) {
            best = i;
            bestDistance = distance;
        }
    }
    return best;
}

QString NetworkView::toolTipFor(int index) const
{
    const NetworkNode &n = m_scene->network.nodes.at(index);
    QString text = tr("#%1 — %2 posts").arg(n.display, uifmt::integer(n.posts));
    text += u'\n' + tr("Cluster %1").arg(n.clusterId);
    if (n.inTrend)
        text += u'\n' + tr("Trend: %1").arg(uifmt::urgencyLabel(n.urgency));
    else
        text += u'\n' + tr("Not a trend");
    return text;
}

bool NetworkView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int node = nodeAt(help->pos());
        if (node >= 0)
            QToolTip::showText(help->globalPos(), toolTipFor(node), this);
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

void NetworkView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().base());
    if (!m_scene || m_scene->network.nodes.isEmpty() || m_scene->positions.size() != m_scene->network.nodes.size()) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(rect().adjusted(12, 12, -12, -12), Qt::AlignCenter | Qt::TextWordWrap, m_placeholder);
        return;
    }
    painter.setRenderHint(QPainter::Antialiasing);
    const TagNetwork &net = m_scene->network;
    const QColor text = palette().color(QPalette::Text);
    const QColor highlight = palette().color(QPalette::Highlight);

    QColor edgeColour = text;
    edgeColour.setAlpha(110);
    QColor droppedColour = palette().color(QPalette::PlaceholderText);
    for (const NetworkEdge &e : net.edges) {
        const bool selected = !m_selected.isEmpty() && net.nodes.at(e.source).clusterId == m_selected &&
                              net.nodes.at(e.target).clusterId == m_selected;
        QPen pen(e.droppedBySplit ? droppedColour : selected ? highlight : edgeColour, 0.75 + 5 * e.jaccard);
        pen.setCapStyle(Qt::RoundCap);
        if (e.droppedBySplit)
            pen.setStyle(Qt::DashLine);
        painter.setPen(pen);
        painter.drawLine(nodePosition(e.source), nodePosition(e.target));
    }

    QFont labelFont = font();
    labelFont.setPointSizeF(std::max(7.0, labelFont.pointSizeF() * 0.9));
    painter.setFont(labelFont);
    const QColor outline = palette().color(QPalette::Mid);
    // The selected cluster last, so it is on top.
    for (const bool selectedPass : {false, true}) {
        for (int i = 0; i < int(net.nodes.size()); ++i) {
            const NetworkNode &n = net.nodes.at(i);
            const bool selected = !m_selected.isEmpty() && n.clusterId == m_selected;
            if (selected != selectedPass)
                continue;
            const QPointF c = nodePosition(i);
            const double r = radius(i);
            if (selected) {
                painter.setPen(QPen(highlight, 2.5));
                painter.setBrush(Qt::NoBrush);
                painter.drawEllipse(c, r + 4, r + 4);
            }
            painter.setPen(n.inTrend ? QPen(uifmt::urgencyColor(n.urgency), 3) : QPen(outline, 1));
            painter.setBrush(networkstyle::clusterColor(n.clusterIndex));
            painter.drawEllipse(c, r, r);
            if (r >= 7 || selected || n.inTrend) {
                painter.setPen(text);
                painter.drawText(c + QPointF(r + 3, 4), u'#' + n.display);
            }
        }
    }
}

void NetworkView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (!m_userMoved)
        fitToView();
}

void NetworkView::wheelEvent(QWheelEvent *event)
{
    // Passing over the view with the wheel scrolls what is behind it; focus or Ctrl means "zoom here".
    if (!m_scene || (!hasFocus() && !(event->modifiers() & Qt::ControlModifier))) {
        event->ignore();
        return;
    }
    const int delta = event->angleDelta().y();
    if (delta == 0) {
        event->ignore();
        return;
    }
    zoomBy(std::pow(1.0015, delta), event->position());
    event->accept();
}

void NetworkView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QWidget::mousePressEvent(event);
        return;
    }
    m_pressed = true;
    m_dragging = false;
    m_pressPos = event->position();
    m_pressOffset = m_offset;
    event->accept();
}

void NetworkView::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_pressed)
        return;
    const QPointF moved = event->position() - m_pressPos;
    if (!m_dragging && std::hypot(moved.x(), moved.y()) < kDragStart)
        return;
    if (!m_dragging) {
        m_dragging = true;
        setCursor(Qt::ClosedHandCursor);
    }
    m_offset = m_pressOffset + moved;
    m_userMoved = true;
    update();
}

void NetworkView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || !m_pressed) {
        QWidget::mouseReleaseEvent(event);
        return;
    }
    m_pressed = false;
    if (m_dragging) {
        m_dragging = false;
        setCursor(Qt::OpenHandCursor);
        return;
    }
    const int node = nodeAt(event->position());
    if (node >= 0)
        Q_EMIT nodeClicked(node);
}

void NetworkView::keyPressEvent(QKeyEvent *event)
{
    const QPointF centre(width() / 2.0, height() / 2.0);
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomBy(1.25, centre);
        break;
    case Qt::Key_Minus:
        zoomBy(0.8, centre);
        break;
    case Qt::Key_0:
        fitToView();
        break;
    default:
        QWidget::keyPressEvent(event);
    }
}
