#pragma once

#include <QList>

#include "core/config/pollsource.h"

/// The `poll.*` keys: sources polled in the background by the desktop app and the server.
struct PollSettings
{
    QList<PollSource> sources;
    int intervalS = 60; ///< poll.interval_s: the default for sources that give none

    bool operator==(const PollSettings &) const = default;
};
