#pragma once

#include <QColor>
#include <QString>
#include <QStringView>

/// How an urgency (SPEC section 3: "act_now", "prepare", "monitor") looks, everywhere: the
/// desktop cards, the detail panel and the PDF report all take their colour and label from here,
/// so an analyst who learns "red means act now" on screen reads the printout the same way.
struct UrgencyStyle
{
    QColor color;     ///< badge background, chart line, section accent
    QColor textColor; ///< text drawn on top of `color` (chosen for contrast, also in print)
    QString label;    ///< "ACT NOW", "PREPARE", "MONITOR"
};

/// The style of one urgency value. An unknown or empty value (a cluster that is not a trend)
/// gets a neutral grey with its raw value upper-cased, so nothing is ever shown unlabelled.
inline UrgencyStyle urgencyStyle(QStringView urgency)
{
    if (urgency == u"act_now")
        return {QColor(0xC6, 0x28, 0x28), QColor(Qt::white), QStringLiteral("ACT NOW")};
    if (urgency == u"prepare")
        return {QColor(0xE0, 0x8E, 0x00), QColor(0x21, 0x21, 0x21), QStringLiteral("PREPARE")};
    if (urgency == u"monitor")
        return {QColor(0x45, 0x6E, 0x9E), QColor(Qt::white), QStringLiteral("MONITOR")};
    return {QColor(0x75, 0x75, 0x75), QColor(Qt::white),
            urgency.isEmpty() ? QStringLiteral("NOT A TREND") : urgency.toString().toUpper().replace(u'_', u' ')};
}
