#pragma once

#include <QString>

#include "core/service/alertevaluator.h"

/// A project's watch list (issue 12), kept in its own settings (ProjectStore key "watch") as JSON:
/// {"tags": ["matcha*", "blokecore"], "on_act_now": true}. The alert rules are core/service's (evaluateAlerts).
namespace watchsettings {

inline constexpr const char16_t *kKey = u"watch";

QString toValue(const WatchList &watch);
/// The stored list, or `defaults` (the configuration's alerts.watch / alerts.on_act_now) when there is none.
WatchList fromValue(const QString &json, const WatchList &defaults);
/// Entries as typed: split at commas, spaces and new lines, a leading '#' dropped, duplicates removed.
QStringList parseTags(const QString &text);

} // namespace watchsettings
