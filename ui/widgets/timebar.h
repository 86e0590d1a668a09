#pragma once

#include <functional>
#include <vector>

#include <QList>
#include <QStringList>
#include <QWidget>

#include "core/model/hourcount.h"
#include "core/model/pipelineparams.h"
#include "core/model/result.h"
#include "ui/widgets/timeline.h"

class QAbstractButton;
class QDateTimeEdit;
class QToolButton;
class RangeEdit;

/// Time, at the top of the window (../shared/UI.md "Top: time"): the timeline strip, the as-of
/// control (a date and time in UTC, Latest, Now), the window presets (6 h … 90 d) with a free
/// number of hours up to kMaxWindowHours, and the number of baseline windows. It owns those three
/// parameters (as_of, window.hours, window.baseline_windows); every change the analyst makes emits
/// timeChanged, and an entry out of range is refused visibly (RangeEdit) and reported by
/// `refused`. The posts per hour are loaded off the GUI thread through the source it is given.
class TimeBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimeBar)

public:
    using HoursFn = std::function<Result<QList<HourCount>>(const QStringList &platforms)>;

    static constexpr int kMaxWindowHours = 2160; ///< 90 days
    static constexpr int kMaxBaselineWindows = 1000;

    explicit TimeBar(QWidget *parent = nullptr);
    ~TimeBar() override;

    /// Shows the time of `params` without emitting timeChanged.
    void setParams(const PipelineParams &params);
    /// Writes the bar's as_of, window and baseline count into `params`.
    void applyTo(PipelineParams &params) const;
    qint64 asOfMs() const { return m_asOfMs; } ///< 0 = Latest
    int windowHours() const;
    int baselineWindows() const;

    /// What Latest resolved to in the last run (shown in the date editor while Latest is on).
    void setResolvedAsOf(qint64 asOfMs);
    /// The last run's windows, drawn on the timeline.
    void setWindows(const TimelineWindow &current, const QList<TimelineWindow> &baseline);

    /// A new project: where its posts per hour come from (empty = none); loads them.
    void setHoursSource(HoursFn source, const QStringList &platforms);
    /// Loads the posts per hour again (after an import, or another choice of platforms).
    void reloadHours(const QStringList &platforms);

    Timeline *timeline() const { return m_timeline; }
    QDateTimeEdit *asOfEdit() const { return m_asOfEdit; }
    QAbstractButton *latestButton() const;
    QAbstractButton *nowButton() const;
    /// The preset button of `hours` (6, 24, 72, 168, 720, 2160), null for another value.
    QAbstractButton *presetButton(int hours) const;
    RangeEdit *hoursEdit() const { return m_hours; }
    RangeEdit *baselineEdit() const { return m_baseline; }

Q_SIGNALS:
    /// The analyst changed the as-of, the window or the baseline count.
    void timeChanged();
    /// An entry was refused; `reason` says why (for the status bar).
    void refused(const QString &reason);
    /// Posts per hour arrived (or failed: `error` is set) for the current source.
    void hoursLoaded(const QString &error);

private:
    void setAsOf(qint64 asOfMs);
    void setWindowHours(int hours);
    void showAsOf();
    void showPresets();

    Timeline *m_timeline;
    QDateTimeEdit *m_asOfEdit;
    QToolButton *m_latest;
    QToolButton *m_now;
    std::vector<QToolButton *> m_presets;
    RangeEdit *m_hours;
    RangeEdit *m_baseline;
    qint64 m_asOfMs = 0;
    qint64 m_resolvedAsOfMs = 0;
    HoursFn m_source;
    quint64 m_loads = 0; ///< a load's result is shown only if no later load was started
    bool m_updating = false;
};
