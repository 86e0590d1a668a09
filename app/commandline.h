#pragma once

#include <optional>

#include <QString>
#include <QStringList>

#include "core/model/result.h"
#include "core/model/serverrole.h"

/// What the user asked for on the command line (SPEC section 7).
struct CommandLine
{
    enum class Mode { Gui, Serve, Import, Discover, Export, Backtest, Migrate, Version, Help };
    Mode mode = Mode::Gui;

    // common
    QString configPath; ///< --config FILE
    QString dbPath;     ///< --db PATH
    QString logLevel;   ///< --log-level LEVEL
    QStringList qtOptions; ///< Qt's own options (-style fusion, -reverse, …), as given: Qt reads them from argv

    // serve
    QString host;               ///< --host H
    std::optional<int> port;    ///< --port P
    std::optional<ServerRole> role; ///< --role all|ingest|discover (default: config server.role)

    // import
    QStringList files;
    QString encoding; ///< --encoding E (empty: sniffed)
    bool suggestMapping = false; ///< --suggest-mapping: print the guessed mapping of FILE as YAML
    QString mappingPath;         ///< --mapping MAP.yaml
    QString platform;            ///< --platform P: for records that do not say their platform

    // discover
    QString asOf;                     ///< --as-of T (ISO-8601 with offset, "latest" or "now")
    std::optional<int> windowHours;   ///< --window-hours H
    QStringList overrides;            ///< --set key=value (repeatable)
    bool json = false;                ///< --json

    // backtest (with --window-hours, --set and --json above)
    QString from;                ///< --from T (ISO-8601 with offset or Z)
    QString to;                  ///< --to T (migrate: the postgresql:// URI to copy into)
    std::optional<int> stepHours; ///< --step H (default 1)

    // migrate (with --to above)
    std::optional<int> batch; ///< --batch N: posts per transaction (default 5000)

    // export
    QString format; ///< --format csv|pdf
    QString out;    ///< --out FILE
    QString runId;  ///< --run RUN (default: the latest run)
    QStringList trendIds; ///< --trend ID (repeatable; default: every tile)
    QString compareWith;  ///< --compare-with RUN (CSV: the comparison columns and the gone trends)
};

/// Parses `arguments` (argv without the program name). Errors name the offending argument.
Result<CommandLine> parseCommandLine(const QStringList &arguments);

/// The --help text: every command and flag.
QString commandLineHelp();
