#pragma once

#include <QColor>
#include <QFont>
#include <QList>
#include <QRectF>
#include <QString>

class QPainter;

/// What the small velocity chart of a proof tile shows: posts per hour over the baseline windows
/// and the current window, oldest hour first (ClusterResult::hourlyPosts).
struct VelocityChartData
{
    QList<qint64> hourlyPosts;
    int windowHours = 24;           ///< the last `windowHours` buckets are the current window
    double baselineMeanPerHour = 0; ///< μ / window hours: the level a steady topic would show
    /// Per baseline window, oldest first: covered (counted in the baseline) or not. Uncovered windows are hatched
    /// instead of shaded. Empty: every baseline window is drawn covered.
    QList<bool> coveredWindows;
    QColor accent = QColor(0x45, 0x6E, 0x9E);
    /// The chart's words, in the report's language (PdfStyle::text); English by default.
    struct Labels
    {
        QString noSeries = QStringLiteral("No hourly series recorded for this cluster");
        QString baseline = QStringLiteral("baseline (shaded)");
        QString baselineMean = QStringLiteral(" · dashed: baseline mean/h");
        QString uncovered = QStringLiteral(" · hatched: uncovered");
        QString window = QStringLiteral("window");
        QString asOf = QStringLiteral("as of");
    } labels;
};

/// Draws the chart into `rect` as vector graphics (paths and lines, no raster image), so it stays
/// sharp when a PDF is zoomed or printed: the covered baseline windows shaded, uncovered ones hatched, the window boundary marked with a
/// dashed line, the baseline mean as a dashed level, y labels in compact counts. `unit` is the
/// device length of one typographic point (line widths and label sizes scale with it).
void paintVelocityChart(QPainter &painter, const QRectF &rect, const VelocityChartData &data, const QFont &labelFont, double unit);
