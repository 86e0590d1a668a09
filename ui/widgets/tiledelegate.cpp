#include "ui/widgets/tiledelegate.h"

#include <QPainter>
#include <QPainterPath>

#include "ui/models/tilemodel.h"
#include "ui/uiformat.h"

using namespace Qt::StringLiterals;

namespace {

void drawSparkline(QPainter *p, const QRectF &r, const QList<qint64> &values, const QColor &color)
{
    if (values.size() < 2)
        return;
    qint64 maxV = 1;
    for (qint64 v : values)
        maxV = qMax(maxV, v);
    QPainterPath line;
    QPainterPath area;
    const double dx = r.width() / double(values.size() - 1);
    for (int i = 0; i < values.size(); ++i) {
        const QPointF pt(r.left() + i * dx, r.bottom() - r.height() * double(values[i]) / double(maxV));
        if (i == 0) {
            line.moveTo(pt);
            area.moveTo(r.bottomLeft());
            area.lineTo(pt);
        } else {
            line.lineTo(pt);
            area.lineTo(pt);
        }
    }
    area.lineTo(r.bottomRight());
    area.closeSubpath();
    QColor fill = color;
    fill.setAlpha(50);
    p->fillPath(area, fill);
    p->setPen(QPen(color, 1.6));
    p->drawPath(line);
}

} // namespace

TileDelegate::TileDelegate(QObject *parent) : QStyledItemDelegate(parent) {}

QSize TileDelegate::cardSize()
{
    return {320, 236};
}

QSize TileDelegate::sizeHint(const QStyleOptionViewItem &, const QModelIndex &) const
{
    return cardSize();
}

void TileDelegate::paint(QPainter *p, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    p->save();
    p->setRenderHint(QPainter::Antialiasing);
    const QPalette &pal = option.palette;
    const bool selected = option.state & QStyle::State_Selected;
    const QRectF card = QRectF(option.rect).adjusted(6, 6, -6, -6);
    const QString urgency = index.data(TileModel::UrgencyRole).toString();
    const QColor accent = uifmt::urgencyColor(urgency);

    // Card body and a left accent bar in the urgency colour.
    QPainterPath body;
    body.addRoundedRect(card, 8, 8);
    p->fillPath(body, pal.color(QPalette::Base));
    p->setPen(QPen(selected ? pal.color(QPalette::Highlight) : pal.color(QPalette::Mid), selected ? 2.5 : 1));
    p->drawPath(body);
    p->save();
    p->setClipPath(body);
    p->fillRect(QRectF(card.left(), card.top(), 5, card.height()), accent);
    p->restore();

    const QRectF inner = card.adjusted(14, 10, -10, -8);
    QFont base = option.font;
    QFont small = base;
    small.setPointSizeF(base.pointSizeF() * 0.88);
    QFont bold = base;
    bold.setBold(true);
    QFont big = base;
    big.setBold(true);
    big.setPointSizeF(base.pointSizeF() * 1.35);
    const QColor text = pal.color(QPalette::Text);
    QColor muted = text;
    muted.setAlphaF(0.62);

    // Badge and rank.
    p->setFont(small);
    const QString label = uifmt::urgencyLabel(urgency);
    const QFontMetricsF smallFm(small);
    const QRectF badge(inner.left(), inner.top(), smallFm.horizontalAdvance(label) + 14, smallFm.height() + 4);
    QPainterPath badgePath;
    badgePath.addRoundedRect(badge, 4, 4);
    p->fillPath(badgePath, accent);
    p->setPen(uifmt::urgencyTextColor(urgency));
    p->drawText(badge, Qt::AlignCenter, label);
    // The lifecycle label (SPEC 3): an outlined pill beside the urgency badge.
    const QString lifecycle = index.data(TileModel::LifecycleRole).toString();
    if (!lifecycle.isEmpty()) {
        const QString text = uifmt::lifecycleLabel(lifecycle);
        const QRectF pill(badge.right() + 6, badge.top(), smallFm.horizontalAdvance(text) + 12, badge.height());
        QPainterPath pillPath;
        pillPath.addRoundedRect(pill.adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
        p->setPen(QPen(muted, 1));
        p->setBrush(Qt::NoBrush);
        p->drawPath(pillPath);
        p->drawText(pill, Qt::AlignCenter, text);
    }
    p->setFont(bold);
    p->setPen(muted);
    p->drawText(QRectF(inner.left(), inner.top(), inner.width(), badge.height()), Qt::AlignRight | Qt::AlignVCenter,
                u"#"_s + QString::number(index.data(TileModel::RankRole).toInt()));

    // Title tags, up to two lines.
    double y = badge.bottom() + 6;
    p->setFont(bold);
    p->setPen(text);
    const QFontMetricsF boldFm(bold);
    const QRectF titleRect(inner.left(), y, inner.width(), boldFm.lineSpacing() * 2);
    const QString title = index.data(TileModel::TitleRole).toString();
    p->drawText(titleRect, Qt::TextWordWrap | Qt::AlignTop | Qt::AlignLeft,
                boldFm.elidedText(title, Qt::ElideRight, inner.width() * 1.9));
    y = titleRect.bottom() + 4;

    // Sparkline and growth.
    const QRectF spark(inner.left(), y, inner.width() * 0.55, 34);
    drawSparkline(p, spark, index.data(TileModel::SparklineRole).value<QList<qint64>>(), accent);
    p->setFont(big);
    p->setPen(text);
    const QRectF growthRect(spark.right() + 8, y - 2, inner.right() - spark.right() - 8, 24);
    p->drawText(growthRect, Qt::AlignRight | Qt::AlignVCenter, [&] {
        const QVariant growth = index.data(TileModel::GrowthRole);
        return growth.isValid() ? uifmt::ratio(growth.toDouble()) : uifmt::ratio(std::optional<double>());
    }());
    p->setFont(small);
    p->setPen(muted);
    p->drawText(QRectF(growthRect.left(), growthRect.bottom(), growthRect.width(), 14), Qt::AlignRight, tr("growth"));
    y = spark.bottom() + 6;

    // Metric lines.
    const QVariant rate = index.data(TileModel::EngagementRateRole);
    const QStringList lines = {
        tr("health %1   conf %2   vel %3/h   eng %4")
            .arg(uifmt::decimal(index.data(TileModel::HealthRole).toDouble()),
                 uifmt::decimal(index.data(TileModel::ConfidenceRole).toDouble()),
                 uifmt::count(qint64(index.data(TileModel::VelocityRole).toDouble())),
                 rate.isValid() ? uifmt::percent(rate.toDouble()) : uifmt::optionalDecimal(std::nullopt)),
        tr("%1 creators · %2 · %3")
            .arg(QString::number(index.data(TileModel::CreatorsRole).toInt()),
                 index.data(TileModel::PlatformsRole).toStringList().join(u", "_s),
                 index.data(TileModel::RegionsRole).toStringList().join(u' ')),
        uifmt::dateTime(index.data(TileModel::FirstSeenRole).toLongLong()) + u" → "_s
            + uifmt::dateTime(index.data(TileModel::LastSeenRole).toLongLong()) + u" UTC"_s,
    };
    p->setFont(small);
    for (int i = 0; i < lines.size(); ++i) {
        p->setPen(i == 0 ? text : muted);
        p->drawText(QRectF(inner.left(), y, inner.width(), smallFm.lineSpacing()), Qt::AlignLeft,
                    smallFm.elidedText(lines[i], Qt::ElideRight, inner.width()));
        y += smallFm.lineSpacing();
    }
    y += 3;

    // Insight (two lines) and recommendation (one).
    QFont italic = small;
    italic.setItalic(true);
    p->setFont(italic);
    p->setPen(text);
    const QRectF insightRect(inner.left(), y, inner.width(), smallFm.lineSpacing() * 2);
    p->drawText(insightRect, Qt::TextWordWrap | Qt::AlignTop,
                smallFm.elidedText(index.data(TileModel::InsightRole).toString(), Qt::ElideRight, inner.width() * 1.85));
    y = insightRect.bottom() + 2;
    p->setFont(small);
    p->setPen(accent);
    p->drawText(QRectF(inner.left(), y, inner.width(), smallFm.lineSpacing()), Qt::AlignLeft,
                smallFm.elidedText(u"→ "_s + index.data(TileModel::RecommendationRole).toString(), Qt::ElideRight,
                                   inner.width()));
    p->restore();
}
