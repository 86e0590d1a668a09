#pragma once

#include "core/model/result.h"

/// The port through which a discovery schedule claims its ticks, so that each tick is run by exactly
/// one of the instances sharing a database while the others serve the stored run (README "Scaling
/// out"). A tick is a number: floor of the time at the nearest interval boundary / the interval.
/// PostgreSQL: PgScheduleClaims (an advisory lock and a row per tick); SQLite, one process:
/// LocalScheduleClaims. Every call may come from any thread.
class ScheduleClaims
{
public:
    virtual ~ScheduleClaims() = default;

    /// True for the one caller that claims tick `tick` of the schedule with ticks of `intervalMs`;
    /// false for every other caller, then or later. An error (e.g. the database is down) claims nothing.
    virtual Result<bool> claim(qint64 intervalMs, qint64 tick) const = 0;
};
