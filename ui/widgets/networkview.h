#pragma once

#include <memory>

#include <QWidget>

#include "ui/networkjob.h"

/// Draws a laid-out tag network (../shared/UI.md "Pages": Network): nodes sized by posts and coloured by cluster, a
/// ring in the urgency colour around the tags of a trend, edges as wide as their Jaccard, dashed where the max_tags
/// split dropped them; the selected cluster ringed in the highlight colour. Drag to pan; the wheel zooms only with
/// focus or with Ctrl held (as nowhere else in the app does the wheel change a view it merely passes over), + / − / 0
/// zoom in, out and fit. A click on a node reports it.
class NetworkView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NetworkView)

public:
    explicit NetworkView(QWidget *parent = nullptr);

    /// Shows `scene` fitted to the view (nullptr: the placeholder text alone).
    void setScene(std::shared_ptr<const NetworkScene> scene);
    const NetworkScene *scene() const { return m_scene.get(); }
    /// Text shown instead of a graph ("Laying out…", why there is none).
    void setPlaceholder(const QString &text);
    void setSelectedCluster(const QString &clusterId);
    QString selectedCluster() const { return m_selected; }

    /// The zoom relative to the fitted view (1 = fitted).
    double zoom() const { return m_scale / m_fitScale; }
    /// Zooms by `factor` keeping the point under `anchor` (widget coordinates) in place.
    void zoomBy(double factor, QPointF anchor);
    void fitToView();
    /// The node drawn at `pos` (widget coordinates), or -1.
    int nodeAt(QPointF pos) const;
    /// Where node `index` is drawn (widget coordinates).
    QPointF nodePosition(int index) const;

    QSize sizeHint() const override { return {640, 480}; }

Q_SIGNALS:
    void nodeClicked(int index);

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    double radius(int index) const;
    QString toolTipFor(int index) const;

    std::shared_ptr<const NetworkScene> m_scene;
    QString m_placeholder;
    QString m_selected;
    double m_scale = 40;
    double m_fitScale = 40;
    QPointF m_offset;
    bool m_userMoved = false; ///< zoomed or panned since the last fit: a resize keeps the view
    bool m_pressed = false;
    bool m_dragging = false;
    QPointF m_pressPos;
    QPointF m_pressOffset;
};
