#include "core/report/pdftilesection.h"

#include <algorithm>

#include <QJsonArray>
#include <QPainter>

#include "core/model/timeformat.h"
#include "core/report/numberformat.h"
#include "core/report/urgencystyle.h"
#include "core/report/velocitychart.h"

using namespace Qt::StringLiterals;
using namespace numberformat;

namespace {

constexpr int kWrap = Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop;

QString inputValue(const QJsonValue &v)
{
    if (v.isDouble())
        return formatNumber(v.toDouble());
    if (v.isString())
        return v.toString();
    if (v.isBool())
        return v.toBool() ? u"yes"_s : u"no"_s;
    if (v.isArray()) {
        QStringList parts;
        for (const QJsonValue &item : v.toArray())
            parts.append(inputValue(item));
        return u'[' % parts.join(u", "_s) % u']';
    }
    return formatUndefined();
}

/// "1 platform", "3 platforms": `one` and `many` are the two English forms, "%1" the count.
QString counted(const PdfStyle &style, qint64 n, const char *one, const char *many)
{
    return style.text(n == 1 ? one : many).arg(formatInteger(n));
}

/// The cluster's tags in their display forms (SPEC section 1).
QString hashtagList(const ClusterResult &tile)
{
    QStringList out;
    for (qsizetype i = 0; i < tile.hashtags.size(); ++i)
        out.append(u'#' + tile.displayTag(i));
    return out.join(u' ');
}

PdfBlock headerBlock(const PdfStyle &style, const ClusterResult &tile)
{
    const UrgencyStyle urgency = urgencyStyle(tile.urgency);
    const QFont badgeFont = style.font(9, QFont::Bold);
    const QFont rankFont = style.font(18, QFont::Bold);
    const QFont titleFont = style.font(16, QFont::Bold);
    const QFont idFont = style.font(8);
    const QString rank = u'#' + QString::number(tile.rank);
    const QString title = tile.title.isEmpty() ? QString(u'#' + tile.anchorDisplay()) : tile.title;
    const QString ids =
        style.text(QT_TRANSLATE_NOOP("PdfReport", "trend id %1 · anchor #%2")).arg(tile.trendId, tile.anchorDisplay());
    const QString label = style.urgencyLabel(tile.urgency);

    const QFontMetricsF badgeMetrics(badgeFont, style.device());
    const QFontMetricsF rankMetrics(rankFont, style.device());
    const double badgeW = badgeMetrics.horizontalAdvance(label) + style.pt(12);
    const double badgeH = badgeMetrics.height() + style.pt(5);
    const double rankW = rankMetrics.horizontalAdvance(rank) + style.pt(10);
    const double titleLeft = badgeW + style.pt(10) + rankW;
    const double titleW = style.contentWidth() - titleLeft;
    const double titleH = std::max(style.textHeight(title, titleFont, titleW), rankMetrics.height());
    const double idH = style.textHeight(ids, idFont, titleW);
    const double ruleW = style.pt(1.5);

    PdfBlock b;
    b.height = titleH + style.pt(2) + idH + style.pt(5) + ruleW;
    b.keepWithNext = true;
    b.paint = [=, &style](QPainter &p, const QRectF &r) {
        const QRectF badge(r.left(), r.top() + (rankMetrics.height() - badgeH) / 2, badgeW, badgeH);
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(Qt::NoPen);
        p.setBrush(urgency.color);
        p.drawRoundedRect(badge, style.pt(3), style.pt(3));
        p.setFont(badgeFont);
        p.setPen(urgency.textColor);
        p.drawText(badge, Qt::AlignCenter, label);
        p.setFont(rankFont);
        p.setPen(PdfStyle::ink());
        p.drawText(QRectF(badge.right() + style.pt(10), r.top(), rankW, rankMetrics.height()), Qt::AlignLeft | Qt::AlignVCenter, rank);
        p.setFont(titleFont);
        p.drawText(QRectF(r.left() + titleLeft, r.top(), titleW, titleH), kWrap | Qt::AlignVCenter, title);
        p.setFont(idFont);
        p.setPen(PdfStyle::muted());
        p.drawText(QRectF(r.left() + titleLeft, r.top() + titleH + style.pt(2), titleW, idH), kWrap, ids);
        p.fillRect(QRectF(r.left(), r.bottom() - ruleW, r.width(), ruleW), urgency.color);
    };
    return b;
}

/// Four cells per row: a big value over a small label.
PdfBlock keyNumbersBlock(const PdfStyle &style, const QList<std::pair<QString, QString>> &cells)
{
    const QFont valueFont = style.font(13, QFont::Bold);
    const QFont labelFont = style.font(7.5);
    const QFontMetricsF vm(valueFont, style.device());
    const QFontMetricsF lm(labelFont, style.device());
    const int columns = 4;
    const double cellW = style.contentWidth() / columns;
    const double rowH = vm.height() + lm.height() + style.pt(6);
    const int rows = int((cells.size() + columns - 1) / columns);

    PdfBlock b;
    b.height = rows * rowH;
    b.spaceBefore = style.pt(8);
    b.paint = [=](QPainter &p, const QRectF &r) {
        for (qsizetype i = 0; i < cells.size(); ++i) {
            const QRectF cell(r.left() + double(i % columns) * cellW, r.top() + double(i / columns) * rowH, cellW, rowH);
            p.setFont(valueFont);
            p.setPen(PdfStyle::ink());
            p.drawText(QRectF(cell.left(), cell.top(), cellW, vm.height()), Qt::AlignLeft | Qt::AlignVCenter, cells.at(i).first);
            p.setFont(labelFont);
            p.setPen(PdfStyle::muted());
            p.drawText(QRectF(cell.left(), cell.top() + vm.height(), cellW, lm.height()), Qt::AlignLeft | Qt::AlignVCenter,
                       lm.elidedText(cells.at(i).second, Qt::ElideRight, cellW - lm.averageCharWidth()));
        }
    };
    return b;
}

PdfBlock formulaBlock(const PdfStyle &style, const FormulaTrace &f)
{
    const QFont nameFont = style.font(8.5, QFont::Bold);
    const QFont bodyFont = style.font(8.5);
    const QFont noteFont = style.font(8, QFont::Normal, true);
    const double nameW = style.contentWidth() * 0.24;
    const double bodyW = style.contentWidth() - nameW;

    QStringList inputs;
    for (auto it = f.inputs.begin(); it != f.inputs.end(); ++it)
        inputs.append(it.key() % u" = "_s % inputValue(it.value()));
    const QString body =
        f.formula % u"\n= "_s %
        (inputs.isEmpty() ? style.text(QT_TRANSLATE_NOOP("PdfReport", "(no inputs)")) : inputs.join(u", "_s)) %
        u"\n= "_s % (f.result ? formatNumber(*f.result) : style.text(QT_TRANSLATE_NOOP("PdfReport", "undefined")));
    const double bodyH = style.textHeight(body, bodyFont, bodyW);
    const double noteH = f.note.isEmpty() ? 0 : style.textHeight(f.note, noteFont, bodyW);
    const double nameH = style.textHeight(f.name, nameFont, nameW - style.pt(6));
    const QString name = f.name;
    const QString note = f.note;

    PdfBlock b;
    b.height = std::max(nameH, bodyH + noteH);
    b.spaceBefore = style.pt(4);
    b.paint = [=, &style](QPainter &p, const QRectF &r) {
        p.setFont(nameFont);
        p.setPen(PdfStyle::ink());
        p.drawText(QRectF(r.left(), r.top(), nameW - style.pt(6), nameH), kWrap, name);
        p.setFont(bodyFont);
        p.drawText(QRectF(r.left() + nameW, r.top(), bodyW, bodyH), kWrap, body);
        if (!note.isEmpty()) {
            p.setFont(noteFont);
            p.setPen(PdfStyle::muted());
            p.drawText(QRectF(r.left() + nameW, r.top() + bodyH, bodyW, noteH), kWrap, note);
        }
    };
    return b;
}

PdfBlock checkBlock(const PdfStyle &style, const ValidationCheck &c)
{
    const QFont markFont = style.font(9, QFont::Bold);
    const QFont font = style.font(9);
    const QFontMetricsF m(markFont, style.device());
    const QString mark = c.passed ? u"✓"_s : u"✗"_s;
    const QString comparison = formatNumberAgainst(c.value, c.threshold) % u" ≥ "_s
                               % formatNumberAgainst(c.threshold, c.value.value_or(c.threshold))
                               % (c.reason.isEmpty() ? QString() : u" ("_s % c.reason % u')');
    const QString verdict = c.passed ? style.text(QT_TRANSLATE_NOOP("PdfReport", "passed"))
                                     : style.text(QT_TRANSLATE_NOOP("PdfReport", "failed"));
    const QString name = c.name;
    const double w = style.contentWidth();

    PdfBlock b;
    b.height = m.height();
    b.spaceBefore = style.pt(1);
    b.paint = [=, &style](QPainter &p, const QRectF &r) {
        const QColor colour = c.passed ? PdfStyle::passed() : PdfStyle::failed();
        p.setFont(markFont);
        p.setPen(colour);
        p.drawText(QRectF(r.left(), r.top(), style.pt(16), r.height()), Qt::AlignLeft | Qt::AlignVCenter, mark);
        p.setFont(font);
        p.setPen(PdfStyle::ink());
        p.drawText(QRectF(r.left() + style.pt(16), r.top(), w * 0.35, r.height()), Qt::AlignLeft | Qt::AlignVCenter, name);
        p.drawText(QRectF(r.left() + style.pt(16) + w * 0.35, r.top(), w * 0.35, r.height()), Qt::AlignLeft | Qt::AlignVCenter,
                   comparison);
        p.setPen(colour);
        p.drawText(QRectF(r.left() + style.pt(16) + w * 0.70, r.top(), w * 0.2, r.height()), Qt::AlignLeft | Qt::AlignVCenter,
                   verdict);
    };
    return b;
}

PdfBlock edgeBlock(const PdfStyle &style, const ClusterResult &tile, const ClusterEdge &e)
{
    const QFont font = style.font(8.5);
    const QFontMetricsF m(font, style.device());
    const QString pair = u'#' % tile.displayOf(e.a) % u" — #"_s % tile.displayOf(e.b);
    const QString co =
        style.text(QT_TRANSLATE_NOOP("PdfReport", "co-occurrence %1")).arg(formatInteger(e.cooccurrence));
    const QString jaccard = u"Jaccard "_s % formatScore(e.jaccard);
    const double w = style.contentWidth();
    PdfBlock b;
    b.height = m.height();
    b.spaceBefore = style.pt(1);
    b.paint = [=](QPainter &p, const QRectF &r) {
        p.setFont(font);
        p.setPen(PdfStyle::ink());
        p.drawText(QRectF(r.left(), r.top(), w * 0.6, r.height()), Qt::AlignLeft | Qt::AlignVCenter,
                   QFontMetricsF(font, p.device()).elidedText(pair, Qt::ElideRight, w * 0.58));
        p.setPen(PdfStyle::muted());
        p.drawText(QRectF(r.left() + w * 0.6, r.top(), w * 0.22, r.height()), Qt::AlignLeft | Qt::AlignVCenter, co);
        p.drawText(QRectF(r.left() + w * 0.82, r.top(), w * 0.18, r.height()), Qt::AlignLeft | Qt::AlignVCenter, jaccard);
    };
    return b;
}

PdfBlock topPostBlock(const PdfStyle &style, const TopPost &post)
{
    const QFont headFont = style.font(8.5, QFont::Bold);
    const QFont countFont = style.font(8);
    const QFont textFont = style.font(8.5);
    const QFont urlFont = style.font(7.5);
    const double indent = style.pt(8);
    const double w = style.contentWidth() - indent;

    QStringList head{post.platform};
    const QString creator = post.creatorName.isEmpty() ? QString(u'@' + post.creatorId)
                                                       : QString(post.creatorName % u" (@"_s % post.creatorId % u')');
    head << creator;
    if (!post.region.isEmpty())
        head << post.region;
    head << isoUtc(post.createdAtMs);
    const QString headLine = head.join(u" · "_s);
    const QString counts =
        style
            .text(QT_TRANSLATE_NOOP("PdfReport",
                                    "engagement %1 = likes %2 + comments %3 + shares %4 · saves %5 · views %6"))
            .arg(formatCount(post.engagement), formatCount(post.likes), formatCount(post.comments),
                 formatCount(post.shares), formatCount(post.saves),
                 post.views ? formatCount(*post.views) : style.text(QT_TRANSLATE_NOOP("PdfReport", "unknown")));
    const QString text = post.text.isEmpty() ? QString() : style.elideToLines(post.text.simplified(), textFont, w, 4);
    const QString url = post.url;

    const double headH = style.textHeight(headLine, headFont, w);
    const double countH = style.textHeight(counts, countFont, w);
    const double textH = style.textHeight(text, textFont, w);
    const double urlH = url.isEmpty() ? 0 : QFontMetricsF(urlFont, style.device()).height();

    PdfBlock b;
    b.height = headH + countH + textH + urlH + style.pt(2);
    b.spaceBefore = style.pt(6);
    b.paint = [=, &style](QPainter &p, const QRectF &r) {
        p.fillRect(QRectF(r.left(), r.top(), style.pt(1.5), r.height()), PdfStyle::rule());
        double y = r.top();
        const double x = r.left() + indent;
        p.setFont(headFont);
        p.setPen(PdfStyle::ink());
        p.drawText(QRectF(x, y, w, headH), kWrap, headLine);
        y += headH;
        p.setFont(countFont);
        p.setPen(PdfStyle::muted());
        p.drawText(QRectF(x, y, w, countH), kWrap, counts);
        y += countH;
        if (!text.isEmpty()) {
            p.setFont(textFont);
            p.setPen(PdfStyle::ink());
            p.drawText(QRectF(x, y + style.pt(1), w, textH), kWrap, text);
            y += textH + style.pt(1);
        }
        if (!url.isEmpty()) {
            p.setFont(urlFont);
            p.setPen(PdfStyle::link());
            p.drawText(QRectF(x, y + style.pt(1), w, urlH), Qt::AlignLeft | Qt::AlignTop,
                       QFontMetricsF(urlFont, p.device()).elidedText(url, Qt::ElideMiddle, w));
        }
    };
    return b;
}

/// The lifecycle label (SPEC section 3: new, rising, peaked, steady) in the report's language.
QString lifecycleLabel(const PdfStyle &style, const QString &lifecycle)
{
    if (lifecycle == u"new")
        return style.text(QT_TRANSLATE_NOOP("PdfReport", "new"));
    if (lifecycle == u"rising")
        return style.text(QT_TRANSLATE_NOOP("PdfReport", "rising"));
    if (lifecycle == u"peaked")
        return style.text(QT_TRANSLATE_NOOP("PdfReport", "peaked"));
    if (lifecycle == u"steady")
        return style.text(QT_TRANSLATE_NOOP("PdfReport", "steady"));
    return lifecycle;
}

} // namespace

PdfSection buildTileSection(const PdfStyle &style, const RunResult &run, const ClusterResult &tile, int tileIndex)
{
    const UrgencyStyle urgency = urgencyStyle(tile.urgency);
    PdfSection s;
    s.tileIndex = tileIndex;
    s.blocks.append(headerBlock(style, tile));

    if (!tile.insight.isEmpty())
        s.blocks.append(style.paragraph(tile.insight, style.font(11), PdfStyle::ink(), style.pt(8)));
    if (!tile.recommendation.isEmpty())
        s.blocks.append(
            style.paragraph(style.text(QT_TRANSLATE_NOOP("PdfReport", "Recommendation: %1")).arg(tile.recommendation),
                            style.font(9.5, QFont::DemiBold), urgency.color.darker(115), style.pt(5)));

    QStringList facts{counted(style, tile.posts, QT_TRANSLATE_NOOP("PdfReport", "%1 post"),
                              QT_TRANSLATE_NOOP("PdfReport", "%1 posts")),
                      counted(style, tile.uniqueCreators, QT_TRANSLATE_NOOP("PdfReport", "%1 creator"),
                              QT_TRANSLATE_NOOP("PdfReport", "%1 creators")),
                      counted(style, tile.platforms.size(), QT_TRANSLATE_NOOP("PdfReport", "%1 platform"),
                              QT_TRANSLATE_NOOP("PdfReport", "%1 platforms")) %
                          u" ("_s % tile.platforms.join(u", "_s) % u')',
                      counted(style, tile.regions.size(), QT_TRANSLATE_NOOP("PdfReport", "%1 region"),
                              QT_TRANSLATE_NOOP("PdfReport", "%1 regions")) %
                          u" ("_s % tile.regions.join(u", "_s) % u')'};
    if (tile.crossPlatform)
        facts << style.text(QT_TRANSLATE_NOOP("PdfReport", "cross-platform"));
    facts << style.text(QT_TRANSLATE_NOOP("PdfReport", "first seen %1")).arg(isoUtc(tile.firstSeenMs))
          << style.text(QT_TRANSLATE_NOOP("PdfReport", "last seen %1")).arg(isoUtc(tile.lastSeenMs));
    if (!tile.lifecycle.isEmpty())
        facts << style.text(QT_TRANSLATE_NOOP("PdfReport", "lifecycle %1")).arg(lifecycleLabel(style, tile.lifecycle));
    facts << style.text(QT_TRANSLATE_NOOP("PdfReport", "%1 of %2 baseline windows covered"))
                 .arg(QString::number(tile.coveredBaselineWindows), QString::number(tile.baselineCounts.size()));
    s.blocks.append(style.paragraph(facts.join(u" · "_s), style.font(8), PdfStyle::muted(), style.pt(5)));

    s.blocks.append(keyNumbersBlock(
        style,
        {{formatMultiplier(tile.growth), style.text(QT_TRANSLATE_NOOP("PdfReport", "growth vs baseline"))},
         {formatNumber(tile.surgeZ), style.text(QT_TRANSLATE_NOOP("PdfReport", "surge z"))},
         {formatNumber(tile.significance), style.text(QT_TRANSLATE_NOOP("PdfReport", "significance (−log10 p)"))},
         {formatRate(tile.velocity), style.text(QT_TRANSLATE_NOOP("PdfReport", "velocity (engagement/h)"))},
         {formatScore(tile.health), style.text(QT_TRANSLATE_NOOP("PdfReport", "health"))},
         {formatScore(tile.confidence), style.text(QT_TRANSLATE_NOOP("PdfReport", "confidence"))},
         {formatPercent(tile.engagementRate),
          tile.engagementRate ? style.text(QT_TRANSLATE_NOOP("PdfReport", "engagement rate"))
                              : style.text(QT_TRANSLATE_NOOP("PdfReport", "engagement rate (no views)"))},
         {formatPercent(tile.creatorDiversity, 0), style.text(QT_TRANSLATE_NOOP("PdfReport", "creator diversity"))}}));

    s.blocks.append(style.heading(style.text(QT_TRANSLATE_NOOP("PdfReport", "Metrics — formula = inputs = result")),
                                  urgency.color));
    if (tile.formulas.isEmpty())
        s.blocks.append(
            style.paragraph(style.text(QT_TRANSLATE_NOOP("PdfReport", "No formula trace recorded for this tile.")),
                            style.font(8.5, QFont::Normal, true), PdfStyle::muted()));
    for (const FormulaTrace &f : tile.formulas)
        s.blocks.append(formulaBlock(style, f));

    s.blocks.append(style.heading(style.text(QT_TRANSLATE_NOOP("PdfReport", "Checks")), urgency.color));
    for (const ValidationCheck &c : tile.checks)
        s.blocks.append(checkBlock(style, c));

    s.blocks.append(
        style.heading(style.text(QT_TRANSLATE_NOOP("PdfReport", "Cluster — tags and edges")), urgency.color));
    s.blocks.append(style.paragraph(hashtagList(tile), style.font(9), PdfStyle::ink(), style.pt(2)));
    if (tile.edges.isEmpty())
        s.blocks.append(style.paragraph(style.text(QT_TRANSLATE_NOOP("PdfReport", "A cluster of one tag: no edges.")),
                                        style.font(8.5, QFont::Normal, true), PdfStyle::muted(), style.pt(3)));
    for (const ClusterEdge &e : tile.edges)
        s.blocks.append(edgeBlock(style, tile, e));

    s.blocks.append(
        style.heading(style.text(QT_TRANSLATE_NOOP("PdfReport", "Velocity — posts per hour")), urgency.color));
    VelocityChartData chart;
    chart.hourlyPosts = tile.hourlyPosts;
    chart.windowHours = run.params.windowHours;
    chart.baselineMeanPerHour =
        run.params.windowHours > 0 && tile.baselineMean ? *tile.baselineMean / run.params.windowHours : 0;
    for (const BaselineWindow &w : run.baselineWindows)
        chart.coveredWindows.append(w.covered);
    chart.accent = urgency.color;
    chart.labels = {style.text(QT_TRANSLATE_NOOP("PdfReport", "No hourly series recorded for this cluster")),
                    style.text(QT_TRANSLATE_NOOP("PdfReport", "baseline (shaded)")),
                    style.text(QT_TRANSLATE_NOOP("PdfReport", " · dashed: baseline mean/h")),
                    style.text(QT_TRANSLATE_NOOP("PdfReport", " · hatched: uncovered")),
                    style.text(QT_TRANSLATE_NOOP("PdfReport", "window")),
                    style.text(QT_TRANSLATE_NOOP("PdfReport", "as of"))};
    PdfBlock chartBlock;
    chartBlock.height = style.pt(110);
    chartBlock.spaceBefore = style.pt(4);
    const QFont chartFont = style.font(7);
    const double unit = style.pt(1);
    chartBlock.paint = [chart, chartFont, unit](QPainter &p, const QRectF &r) { paintVelocityChart(p, r, chart, chartFont, unit); };
    s.blocks.append(chartBlock);

    s.blocks.append(
        style.heading(style.text(QT_TRANSLATE_NOOP("PdfReport", "Top posts by engagement")), urgency.color));
    if (tile.topPosts.isEmpty())
        s.blocks.append(style.paragraph(style.text(QT_TRANSLATE_NOOP("PdfReport", "No posts recorded.")),
                                        style.font(8.5, QFont::Normal, true), PdfStyle::muted()));
    for (const TopPost &post : tile.topPosts)
        s.blocks.append(topPostBlock(style, post));
    return s;
}
