#pragma once

#include <QList>
#include <QWidget>

#include "core/model/hourcount.h"

/// One window drawn on the timeline: (startMs, endMs], and whether its capture covered it (an
/// uncovered baseline window is hatched).
struct TimelineWindow
{
    qint64 startMs = 0;
    qint64 endMs = 0;
    bool covered = true;

    bool operator==(const TimelineWindow &) const = default;
};

/// The strip under the tool bar (../shared/UI.md "Top: time"): posts per hour over the whole
/// project (per day when the project spans more than two weeks), the current window as a bright
/// band, each baseline window as a paler one (hatched when uncovered), and the as-of as a handle.
/// A click puts the as-of where it lands; a drag moves the window and its baseline along and puts
/// the as-of where it is released (snapped to the hour). The posts are handed in: loading them is
/// the TimeBar's job.
class Timeline final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Timeline)

public:
    explicit Timeline(QWidget *parent = nullptr);

    /// Posts per hour, sorted by hour (PostRepository::postsPerHour).
    void setHours(QList<HourCount> hours);
    const QList<HourCount> &hours() const { return m_hours; }
    /// The run's windows: the current one ends at the as-of.
    void setWindows(const TimelineWindow &current, const QList<TimelineWindow> &baseline);
    const TimelineWindow &currentWindow() const { return m_current; }
    const QList<TimelineWindow> &baselineWindows() const { return m_baseline; }

    /// Hours per bar: 1, or 24 when the project spans more than kHourlyDays days.
    int bucketHours() const { return m_bucketHours; }
    /// The bars, one per bucket from rangeStartMs() on: posts in each.
    const QList<qint64> &buckets() const { return m_buckets; }
    qint64 rangeStartMs() const { return m_rangeStart; }
    qint64 rangeEndMs() const { return m_rangeEnd; }
    /// Where a time is drawn, and which time (snapped to the hour) an x position picks.
    double xAt(qint64 ms) const;
    qint64 timeAt(double x) const;
    /// The as-of a drag in progress shows, 0 when none.
    qint64 dragAsOfMs() const { return m_dragging ? m_dragAsOf : 0; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

    static constexpr int kHourlyDays = 14;

Q_SIGNALS:
    /// The analyst clicked or released a drag: the window should end at `asOfMs`.
    void asOfPicked(qint64 asOfMs);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    void rebuild();
    QRectF plotRect() const;
    void drawBand(QPainter &painter, const TimelineWindow &window, qint64 shift, bool current) const;

    QList<HourCount> m_hours;
    TimelineWindow m_current;
    QList<TimelineWindow> m_baseline;
    QList<qint64> m_buckets;
    qint64 m_maxBucket = 0;
    int m_bucketHours = 1;
    qint64 m_rangeStart = 0;
    qint64 m_rangeEnd = 0;
    bool m_dragging = false;
    qint64 m_dragAsOf = 0;
};
