#pragma once

#include <QtGlobal>

/// Posts created in one clock hour (UTC): the timeline's histogram is a list of these, sorted by
/// hour, hours without posts left out.
struct HourCount
{
    qint64 hourStartMs = 0; ///< start of the hour, a multiple of 3,600,000 ms
    qint64 posts = 0;

    bool operator==(const HourCount &) const = default;
};
