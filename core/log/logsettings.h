#pragma once

#include <QString>

namespace gtlog {

/// The `logging.*` configuration keys. Lives here rather than in core/config so that gt_log does not
/// depend on gt_config; the Config struct embeds it.
struct LogSettings
{
    QString level = QStringLiteral("info"); ///< trace, debug, info, warn, error, critical or off
    QString file;                           ///< rotating log file; empty = stderr only
    int maxSizeMb = 10;                     ///< size of one log file before it rotates
    int maxFiles = 3;                       ///< rotated files kept besides the current one

    bool operator==(const LogSettings &) const = default;
};

} // namespace gtlog
