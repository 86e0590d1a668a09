#include "core/report/pdfcoversection.h"

#include <algorithm>

#include <QJsonArray>
#include <QJsonObject>
#include <QPainter>

#include "core/model/runjson.h"
#include "core/model/timeformat.h"
#include "core/report/numberformat.h"
#include "core/report/urgencystyle.h"

using namespace Qt::StringLiterals;
using namespace numberformat;

namespace {

QString paramValue(const PdfStyle &style, const QString &key, const QJsonValue &v)
{
    if (v.isNull())
        return key == u"as_of" ? style.text(QT_TRANSLATE_NOOP("PdfReport", "newest post")) : formatUndefined();
    if (v.isDouble())
        return formatNumber(v.toDouble());
    if (v.isString())
        return v.toString();
    if (v.isArray()) {
        const QJsonArray a = v.toArray();
        if (a.isEmpty())
            return key == u"platforms.enabled" ? style.text(QT_TRANSLATE_NOOP("PdfReport", "every platform"))
                                               : style.text(QT_TRANSLATE_NOOP("PdfReport", "(none)"));
        QStringList parts;
        for (const QJsonValue &item : a)
            parts.append(item.toString());
        return parts.join(u", "_s);
    }
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        if (o.isEmpty())
            return key == u"platforms.weights" ? style.text(QT_TRANSLATE_NOOP("PdfReport", "1 for every platform"))
                                               : style.text(QT_TRANSLATE_NOOP("PdfReport", "(none)"));
        QStringList parts;
        for (auto it = o.begin(); it != o.end(); ++it)
            parts.append(it.key() % u' ' % formatNumber(it.value().toDouble()));
        return parts.join(u", "_s);
    }
    return v.toBool() ? u"true"_s : u"false"_s;
}

PdfBlock tileIndexRow(const PdfStyle &style, const ClusterResult &tile)
{
    const UrgencyStyle urgency = urgencyStyle(tile.urgency);
    const QFont badgeFont = style.font(7, QFont::Bold);
    const QFont font = style.font(9);
    const QFont numbersFont = style.font(8);
    const QFontMetricsF bm(badgeFont, style.device());
    const QFontMetricsF m(font, style.device());
    const double badgeW = style.pt(52);
    const double rankW = style.pt(22);
    const double numbersW = style.contentWidth() * 0.38;
    const double titleW = style.contentWidth() - badgeW - rankW - numbersW - style.pt(8);
    const QString rank = u'#' + QString::number(tile.rank);
    const QString label = style.urgencyLabel(tile.urgency);
    const QString numbers =
        style.text(QT_TRANSLATE_NOOP("PdfReport", "growth %1 · health %2 · confidence %3"))
            .arg(formatMultiplier(tile.growth), formatScore(tile.health), formatScore(tile.confidence));
    const QString title = tile.title.isEmpty() ? QString(u'#' + tile.anchorDisplay()) : tile.title;

    PdfBlock b;
    b.height = m.height() + style.pt(3);
    b.spaceBefore = style.pt(1);
    b.paint = [=, &style](QPainter &p, const QRectF &r) {
        const QRectF badge(r.left(), r.top() + (r.height() - bm.height() - style.pt(3)) / 2, badgeW - style.pt(6), bm.height() + style.pt(3));
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(Qt::NoPen);
        p.setBrush(urgency.color);
        p.drawRoundedRect(badge, style.pt(2), style.pt(2));
        p.setFont(badgeFont);
        p.setPen(urgency.textColor);
        p.drawText(badge, Qt::AlignCenter, label);
        p.setFont(font);
        p.setPen(PdfStyle::ink());
        p.drawText(QRectF(r.left() + badgeW, r.top(), rankW, r.height()), Qt::AlignLeft | Qt::AlignVCenter, rank);
        p.drawText(QRectF(r.left() + badgeW + rankW, r.top(), titleW, r.height()), Qt::AlignLeft | Qt::AlignVCenter,
                   QFontMetricsF(font, p.device()).elidedText(title, Qt::ElideRight, titleW));
        p.setFont(numbersFont);
        p.setPen(PdfStyle::muted());
        p.drawText(QRectF(r.right() - numbersW, r.top(), numbersW, r.height()), Qt::AlignRight | Qt::AlignVCenter, numbers);
    };
    return b;
}

/// Two key/value pairs side by side: the ~30 parameters fit on the cover with the run and the
/// tile index instead of spilling one line onto a page of its own.
PdfBlock parameterPairRow(const PdfStyle &style, const std::pair<QString, QString> &left, const std::pair<QString, QString> &right)
{
    const QFont keyFont = style.font(7.5);
    const QFont valueFont = style.font(7.5, QFont::DemiBold);
    const double gutter = style.pt(12);
    const double half = (style.contentWidth() - gutter) / 2;
    const double keyW = half * 0.58;
    const double valueW = half - keyW;
    auto height = [&](const std::pair<QString, QString> &kv) {
        return std::max(style.textHeight(kv.first, keyFont, keyW - style.pt(4)), style.textHeight(kv.second, valueFont, valueW));
    };
    const double h = std::max(height(left), height(right));
    PdfBlock b;
    b.height = h;
    b.spaceBefore = style.pt(1.5);
    b.paint = [=, &style](QPainter &p, const QRectF &r) {
        for (int column = 0; column < 2; ++column) {
            const auto &kv = column == 0 ? left : right;
            const double x = r.left() + column * (half + gutter);
            p.setFont(keyFont);
            p.setPen(PdfStyle::muted());
            p.drawText(QRectF(x, r.top(), keyW - style.pt(4), h), Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, kv.first);
            p.setFont(valueFont);
            p.setPen(PdfStyle::ink());
            p.drawText(QRectF(x + keyW, r.top(), valueW, h), Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, kv.second);
        }
    };
    return b;
}

} // namespace

PdfSection buildCoverSection(const PdfStyle &style, const RunResult &run, const QList<const ClusterResult *> &tiles,
                             const QString &title)
{
    const QColor accent(0x45, 0x6E, 0x9E);
    const double labelW = style.contentWidth() * 0.34;
    PdfSection s;
    s.blocks.append(style.paragraph(title, style.font(22, QFont::Bold), PdfStyle::ink()));
    s.blocks.append(style.paragraph(
        style.text(QT_TRANSLATE_NOOP("PdfReport",
                                     "Early-trend proof tiles with their evidence chains. Every number below "
                                     "is a documented formula over the posts; every "
                                     "threshold is listed on this page.")),
        style.font(9.5), PdfStyle::muted(), style.pt(4)));

    s.blocks.append(style.heading(style.text(QT_TRANSLATE_NOOP("PdfReport", "Run")), accent));
    const PipelineParams &p = run.params;
    const QList<std::pair<QString, QString>> runRows{
        {style.text(QT_TRANSLATE_NOOP("PdfReport", "Run id")),
         run.runId.isEmpty() ? style.text(QT_TRANSLATE_NOOP("PdfReport", "(not stored)")) : run.runId},
        {style.text(QT_TRANSLATE_NOOP("PdfReport", "As of")), isoUtc(run.asOfMs)},
        {style.text(QT_TRANSLATE_NOOP("PdfReport", "Window")),
         style.text(QT_TRANSLATE_NOOP("PdfReport", "%1 h: %2 → %3"))
             .arg(QString::number(p.windowHours), isoUtc(run.windowStartMs), isoUtc(run.asOfMs))},
        {style.text(QT_TRANSLATE_NOOP("PdfReport", "Baseline")),
         style.text(QT_TRANSLATE_NOOP("PdfReport", "%1 windows of %2 h from %3"))
             .arg(QString::number(p.baselineWindows), QString::number(p.windowHours), isoUtc(run.baselineStartMs))},
        {style.text(QT_TRANSLATE_NOOP("PdfReport", "Posts in window")), formatInteger(run.postsInWindow)},
        {style.text(QT_TRANSLATE_NOOP("PdfReport", "Clusters")), formatInteger(run.clusters.size())},
        {style.text(QT_TRANSLATE_NOOP("PdfReport", "Trends")), formatInteger(run.trendCount())},
        {style.text(QT_TRANSLATE_NOOP("PdfReport", "Tiles in this report")), formatInteger(tiles.size())},
        {style.text(QT_TRANSLATE_NOOP("PdfReport", "Run time")),
         style.text(QT_TRANSLATE_NOOP("PdfReport", "%1 ms")).arg(formatInteger(run.durationMs))},
    };
    for (const auto &[label, value] : runRows)
        s.blocks.append(style.labelValueRow(label, value, labelW, style.pt(2)));

    s.blocks.append(style.heading(style.text(QT_TRANSLATE_NOOP("PdfReport", "Tiles")), accent));
    if (tiles.isEmpty())
        s.blocks.append(
            style.paragraph(style.text(QT_TRANSLATE_NOOP("PdfReport", "No trend passed every check in this run.")),
                            style.font(9, QFont::Normal, true), PdfStyle::muted(), style.pt(2)));
    for (const ClusterResult *tile : tiles)
        s.blocks.append(tileIndexRow(style, *tile));

    s.blocks.append(style.heading(style.text(QT_TRANSLATE_NOOP("PdfReport", "Parameters (config keys)")), accent));
    // Scalars in two columns, column-major like a printed index; lists and maps (the stoplist,
    // platforms) get full-width rows below, where a long list wraps without squeezing the grid.
    const QJsonObject params = runjson::toJson(run.params);
    QList<std::pair<QString, QString>> scalars, lists;
    for (auto it = params.begin(); it != params.end(); ++it) {
        const bool list = it.value().isArray() || it.value().isObject();
        (list ? lists : scalars).append({it.key(), paramValue(style, it.key(), it.value())});
    }
    const qsizetype rows = (scalars.size() + 1) / 2;
    for (qsizetype i = 0; i < rows; ++i)
        s.blocks.append(parameterPairRow(style, scalars.at(i), i + rows < scalars.size() ? scalars.at(i + rows) : std::pair<QString, QString>{}));
    const double listKeyW = (style.contentWidth() - style.pt(12)) / 2 * 0.58;
    for (const auto &[key, value] : lists)
        s.blocks.append(style.labelValueRow(key, value, listKeyW, style.pt(1.5), 7.5));
    return s;
}
