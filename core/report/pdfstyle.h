#pragma once

#include <functional>

#include <QColor>
#include <QFont>
#include <QString>

#include "core/report/pdfblock.h"

class QPaintDevice;

/// Fonts, colours and measured text blocks of the PDF report, for one paint device. Lengths are
/// device units; `pt(x)` converts typographic points. Fonts are TrueType faces embedded as
/// outlines whose text stays searchable and copyable, Chinese included (see the constructor
/// for why WenQuanYi Micro Hei is preferred over Noto Sans CJK).
class PdfStyle
{
public:
    explicit PdfStyle(const QPaintDevice *device, double contentWidth);

    double pt(double points) const { return points * m_pointUnit; }
    /// A fixed label of the report (English, marked QT_TRANSLATE_NOOP("PdfReport", …)) through the
    /// translation set with setTranslate (PdfOptions::translate); unchanged without one.
    QString text(const char *english) const;
    void setTranslate(std::function<QString(const char *english)> translate) { m_translate = std::move(translate); }
    /// The badge label of an urgency ("ACT NOW", …) in the report's language.
    QString urgencyLabel(const QString &urgency) const;
    double contentWidth() const { return m_contentWidth; }
    const QPaintDevice *device() const { return m_device; }

    QFont font(double points, QFont::Weight weight = QFont::Normal, bool italic = false) const;

    /// Height of `text` wrapped to `width` in `font`.
    double textHeight(const QString &text, const QFont &font, double width) const;

    /// `text` cut with "…" so that, wrapped to `width`, it takes at most `maxLines` lines.
    QString elideToLines(const QString &text, const QFont &font, double width, int maxLines) const;

    /// A wrapped paragraph spanning the content width (indented by `indent`).
    PdfBlock paragraph(const QString &text, const QFont &font, const QColor &color, double spaceBefore = 0,
                       double indent = 0) const;

    /// Two columns, label left (muted) and value right (semi-bold), as one block.
    PdfBlock labelValueRow(const QString &label, const QString &value, double labelWidth, double spaceBefore = 0,
                           double points = 8.5) const;

    /// A section heading ("Metrics", "Checks", …) with a thin rule under it; keeps with next.
    PdfBlock heading(const QString &text, const QColor &accent) const;

    static QColor ink() { return QColor(0x21, 0x21, 0x21); }
    static QColor muted() { return QColor(0x61, 0x61, 0x61); }
    static QColor rule() { return QColor(0xBD, 0xBD, 0xBD); }
    static QColor passed() { return QColor(0x2E, 0x7D, 0x32); }
    static QColor failed() { return QColor(0xC6, 0x28, 0x28); }
    static QColor link() { return QColor(0x15, 0x65, 0xC0); }

private:
    const QPaintDevice *m_device;
    double m_contentWidth;
    double m_pointUnit;
    QFont m_base;
    std::function<QString(const char *english)> m_translate;
};
