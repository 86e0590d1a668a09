#pragma once

#include <QStyledItemDelegate>

/// Paints a proof tile as a card (TikTok Creative Center / Exploding Topics style): urgency badge
/// and rank, title tags, a sparkline of posts per hour, growth, health, confidence, velocity,
/// engagement rate, creators/platforms/regions, first/last seen, the insight and recommendation.
/// Colours come from the palette (light/dark) and core/report's urgency style.
class TileDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TileDelegate)

public:
    explicit TileDelegate(QObject *parent = nullptr);

    static QSize cardSize();

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};
