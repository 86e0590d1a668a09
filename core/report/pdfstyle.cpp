#include "core/report/pdfstyle.h"

#include <algorithm>

#include <QFontMetricsF>
#include <QPaintDevice>
#include <QPainter>
#include <QStringList>

#include "core/report/urgencystyle.h"

using namespace Qt::StringLiterals;

namespace {
constexpr int kWrap = Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop;
}

PdfStyle::PdfStyle(const QPaintDevice *device, double contentWidth)
    : m_device(device), m_contentWidth(contentWidth), m_pointUnit(device->logicalDpiY() / 72.0)
{
    // DejaVu Sans (TrueType) for Latin, digits and symbols; WenQuanYi Micro Hei (TrueType) for
    // Chinese. Noto Sans CJK renders well but its cmap maps Kangxi radicals to the same glyphs
    // as the ideographs (⼩ U+2F29 and 小 U+5C0F), and Qt 6.4's ToUnicode map picks the lower code
    // point, so "小红书" would copy and search as "⼩红书". It stays as the last resort.
    m_base.setFamilies({u"DejaVu Sans"_s, u"WenQuanYi Micro Hei"_s, u"Noto Sans CJK SC"_s});
    m_base.setStyleHint(QFont::SansSerif);
    // Qt 6.4's PDF engine writes each embedded font's ToUnicode map by reverse cmap lookup, so a
    // glyph that shaping substituted (Noto CJK's GSUB digits, the "fi" ligature) has no text
    // behind it: "2025" would print but copy, search and pdftotext as nothing. Unshaped text
    // uses cmap glyphs only; scripts that need shaping (Arabic, Thai, …) are still shaped.
    m_base.setStyleStrategy(QFont::PreferNoShaping);
}

QFont PdfStyle::font(double points, QFont::Weight weight, bool italic) const
{
    QFont f = m_base;
    f.setPointSizeF(points);
    f.setWeight(weight);
    f.setItalic(italic);
    return f;
}

double PdfStyle::textHeight(const QString &text, const QFont &font, double width) const
{
    if (text.isEmpty())
        return 0;
    // QFontMetricsF on the PDF device itself, so measured and painted lines break identically.
    const QFontMetricsF metrics(font, m_device);
    return metrics.boundingRect(QRectF(0, 0, width, 1e9), kWrap, text).height();
}

QString PdfStyle::elideToLines(const QString &text, const QFont &font, double width, int maxLines) const
{
    // the height of exactly maxLines lines, measured the same way as the text itself
    const double limit = textHeight(QStringList(maxLines, u"X"_s).join(u'\n'), font, width) + 1;
    if (textHeight(text, font, width) <= limit)
        return text;
    qsizetype lo = 0, hi = text.size();
    while (lo < hi) {
        const qsizetype mid = (lo + hi + 1) / 2;
        if (textHeight(text.left(mid).trimmed() + u'…', font, width) <= limit)
            lo = mid;
        else
            hi = mid - 1;
    }
    return text.left(lo).trimmed() + u'…';
}

PdfBlock PdfStyle::paragraph(const QString &text, const QFont &font, const QColor &color, double spaceBefore, double indent) const
{
    const double width = m_contentWidth - indent;
    PdfBlock block;
    block.height = textHeight(text, font, width);
    block.spaceBefore = spaceBefore;
    block.paint = [text, font, color, indent](QPainter &p, const QRectF &rect) {
        p.setFont(font);
        p.setPen(color);
        p.drawText(rect.adjusted(indent, 0, 0, 0), kWrap, text);
    };
    return block;
}

PdfBlock PdfStyle::heading(const QString &text, const QColor &accent) const
{
    const QFont f = font(10.5, QFont::Bold);
    const double gap = pt(2.5);
    const double ruleWidth = pt(0.6);
    const double textH = textHeight(text, f, m_contentWidth);
    PdfBlock block;
    block.height = textH + gap + ruleWidth;
    block.spaceBefore = pt(10);
    block.keepWithNext = true;
    block.paint = [text, f, accent, textH, gap, ruleWidth](QPainter &p, const QRectF &rect) {
        p.setFont(f);
        p.setPen(ink());
        p.drawText(rect, kWrap, text);
        p.fillRect(QRectF(rect.left(), rect.top() + textH + gap, rect.width(), ruleWidth), accent);
    };
    return block;
}

PdfBlock PdfStyle::labelValueRow(const QString &label, const QString &value, double labelWidth, double spaceBefore, double points) const
{
    const QFont labelFont = font(points);
    const QFont valueFont = font(points, QFont::DemiBold);
    const double labelTextW = labelWidth - pt(6);
    const double valueW = m_contentWidth - labelWidth;
    const double h = std::max(textHeight(label, labelFont, labelTextW), textHeight(value, valueFont, valueW));
    PdfBlock block;
    block.height = h;
    block.spaceBefore = spaceBefore;
    block.paint = [=](QPainter &p, const QRectF &rect) {
        p.setFont(labelFont);
        p.setPen(muted());
        p.drawText(QRectF(rect.left(), rect.top(), labelTextW, h), kWrap, label);
        p.setFont(valueFont);
        p.setPen(ink());
        p.drawText(QRectF(rect.left() + labelWidth, rect.top(), valueW, h), kWrap, value);
    };
    return block;
}

QString PdfStyle::text(const char *english) const
{
    return m_translate ? m_translate(english) : QString::fromUtf8(english);
}

QString PdfStyle::urgencyLabel(const QString &urgency) const
{
    if (urgency == u"act_now")
        return text(QT_TRANSLATE_NOOP("PdfReport", "ACT NOW"));
    if (urgency == u"prepare")
        return text(QT_TRANSLATE_NOOP("PdfReport", "PREPARE"));
    if (urgency == u"monitor")
        return text(QT_TRANSLATE_NOOP("PdfReport", "MONITOR"));
    return urgency.isEmpty() ? text(QT_TRANSLATE_NOOP("PdfReport", "NOT A TREND")) : urgencyStyle(urgency).label;
}
