#pragma once

#include <QList>
#include <QStringList>

#include "core/model/alert.h"

struct RunResult;

/// What the alerts watch: tags (exact, or a prefix ending in '*') and whether act_now alerts.
struct WatchList
{
    QStringList tags;
    bool onActNow = true;
};

/// Whether `tag` (normalized, as trends list it) matches the watch entry `pattern` ("matcha" exactly;
/// "matcha*" any tag starting with "matcha"). Entries compare case-insensitively, without a leading '#'.
bool watchMatches(const QString &pattern, const QString &tag);

/// The alerts a stored run raises, a pure function of the run and the watch list: per trend (clusters
/// that passed every check) one `watched_tag` alert when any of its tags matches the watch list, and one
/// `act_now` alert when its urgency is act_now and `onActNow` is set. Whether an alert was raised
/// before ("once per trend and reason", a trend *first* reaching act_now) is the AlertStore's to say.
QList<Alert> evaluateAlerts(const RunResult &run, const WatchList &watch);
