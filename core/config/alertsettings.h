#pragma once

#include <QString>
#include <QStringList>

/// The `alerts.*` keys: which trends the server alerts about and where it sends the alerts (issue 12).
struct AlertSettings
{
    /// Watched tags: exact ("matcha") or a prefix ending in '*' ("matcha*"); a run that makes one part
    /// of a trend raises a `watched_tag` alert.
    QStringList watch;
    bool onActNow = true; ///< a trend that reaches act_now raises an `act_now` alert
    QStringList webhooks; ///< every alert is POSTed as JSON to each of these URLs
    QString secret;       ///< when set, X-GlassTrend-Signature: sha256=<HMAC-SHA256 of the body>; never logged

    bool operator==(const AlertSettings &) const = default;
};
