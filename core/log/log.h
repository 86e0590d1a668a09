#pragma once

#include <memory>
#include <string_view>

#include <spdlog/common.h>
#include <spdlog/logger.h>

#include <QString>

#include "core/log/logsettings.h"
#include "core/log/qstringformatter.h"
#include "core/model/result.h"

/// Logging for every module: one named spdlog logger per module, all writing into one shared
/// list of sinks (stderr, an optional rotating file, and whatever the app adds, such as its log
/// dock). Loggers are created on first use and every function here is safe from any thread.
///
/// Usage: `gtlog::pipeline()->debug("edge {}–{} kept", a, b);` (QString arguments format as UTF-8).
namespace gtlog {

std::shared_ptr<spdlog::logger> app();
std::shared_ptr<spdlog::logger> config();
std::shared_ptr<spdlog::logger> ingest();
std::shared_ptr<spdlog::logger> pipeline();
std::shared_ptr<spdlog::logger> storage();
std::shared_ptr<spdlog::logger> report();
std::shared_ptr<spdlog::logger> service();
std::shared_ptr<spdlog::logger> api();
std::shared_ptr<spdlog::logger> ui();
std::shared_ptr<spdlog::logger> poll();
/// Receives Qt's own messages (qDebug, qWarning, …) once installQtMessageHandler() ran.
std::shared_ptr<spdlog::logger> qt();

/// The logger called `name`, created on first use with the shared sinks and the current level.
/// The functions above are this with fixed names; use it for a module not listed there.
std::shared_ptr<spdlog::logger> named(std::string_view name);

/// Parses a level name, case-insensitive: trace, debug, info, warn (or warning), error (or err),
/// critical, off. An unknown name is an error naming it.
Result<spdlog::level::level_enum> parseLevel(const QString &name);

/// Applies the settings: the level of every logger (existing and future), the stderr sink, and
/// a rotating file sink when `settings.file` is set (its directory is created). Calling it again
/// replaces the stderr and file sinks it installed before and keeps sinks added with addSink().
/// On error nothing is changed.
Status setup(const LogSettings &settings);

/// The level set by the last successful setup() (info before that).
spdlog::level::level_enum level();

/// Routes qDebug/qInfo/qWarning/qCritical/qFatal into the `qt` logger (debug, info, warn, error,
/// critical), with the message's category when it is not "default".
void installQtMessageHandler();

/// Adds a sink that every logger, existing or future, writes to (e.g. the desktop log dock).
/// The sink is called with the shared sink list locked: it must not log through gtlog itself.
void addSink(spdlog::sink_ptr sink);
/// Removes a sink added with addSink(); unknown sinks are ignored.
void removeSink(const spdlog::sink_ptr &sink);

} // namespace gtlog
