#pragma once

#include <memory>

#include <QList>
#include <QWidget>

#include "core/model/backtestresult.h"

/// The backtest's answer as a timeline (Run → Backtest…): one row per trend, a bar from the step it was first flagged
/// to the end of the range, each step of the bar coloured by the trend's urgency there (core/report/urgencystyle.h;
/// grey where it was not flagged), its peak marked with a diamond, a date axis on top. Rows are sorted by first flagged
/// or by lead time. A tooltip tells a row's story and the step under the mouse; a click on a step (a column) emits
/// stepClicked, so that the window can open that step's run.
class BacktestTimeline final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BacktestTimeline)

public:
    enum class SortOrder { FirstFlagged, LeadTime };

    explicit BacktestTimeline(QWidget *parent = nullptr);

    void setResult(std::shared_ptr<const BacktestResult> result);
    const std::shared_ptr<const BacktestResult> &result() const { return m_result; }

    /// FirstFlagged: earliest first (ties: trend id). LeadTime: longest lead first (ties: earliest flagged).
    void setSortOrder(SortOrder order);
    SortOrder sortOrder() const { return m_sort; }
    /// The trend ids in row order.
    QStringList rowTrendIds() const;

    /// The step (index into result()->steps) under x, or −1.
    int stepAt(int x) const;
    /// The middle of step `step`'s column, and of row `row`.
    int stepCenterX(int step) const;
    int rowCenterY(int row) const;
    /// The step last clicked (drawn as a line), −1 when none.
    int selectedStep() const { return m_selected; }
    /// The tooltip for a point (what a hover shows).
    QString toolTipAt(const QPoint &pos) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    /// A step was clicked: open the run at `asOfMs`.
    void stepClicked(qint64 asOfMs);

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;

private:
    void sortRows();
    int rowAt(int y) const;
    int labelWidth() const;
    int axisHeight() const;
    int rowHeight() const;
    double xAt(qint64 ms) const;
    /// Each step's column is centred on its as-of: [as_of − step/2, as_of + step/2).
    qint64 columnStartMs(int step) const;
    qint64 rangeStartMs() const; ///< the start of the first step's column
    qint64 rangeEndMs() const;   ///< the end of the last step's column

    std::shared_ptr<const BacktestResult> m_result;
    QList<int> m_rows; ///< indices into m_result->trends, in row order
    SortOrder m_sort = SortOrder::FirstFlagged;
    int m_hover = -1;
    int m_selected = -1;
};
