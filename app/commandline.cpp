#include "app/commandline.h"

#include <algorithm>

#include "core/model/pipelineparams.h"
#include "core/ingest/textencoding.h"

using namespace Qt::StringLiterals;

namespace {

struct OptionSpec
{
    QString name;
    bool takesValue;
};

const QList<OptionSpec> &optionSpecs()
{
    static const QList<OptionSpec> specs = {
        {u"--config"_s, true},   {u"--db"_s, true},     {u"--log-level"_s, true}, {u"--host"_s, true},
        {u"--port"_s, true},     {u"--as-of"_s, true},  {u"--window-hours"_s, true}, {u"--set"_s, true},
        {u"--format"_s, true},   {u"--out"_s, true},    {u"--run"_s, true},       {u"--trend"_s, true},
        {u"--json"_s, false},    {u"--serve"_s, false}, {u"--version"_s, false},  {u"--help"_s, false},
        {u"-h"_s, false},        {u"-v"_s, false},        {u"--suggest-mapping"_s, false},
        {u"--mapping"_s, true},  {u"--platform"_s, true}, {u"--encoding"_s, true}, {u"--role"_s, true},
        {u"--compare-with"_s, true},
        {u"--from"_s, true},     {u"--to"_s, true},       {u"--step"_s, true},
        {u"--batch"_s, true},
    };
    return specs;
}

/// Qt's own options (QGuiApplication and QApplication read and remove them when the application object is built,
/// after this parser): -style fusion, -style=fusion, -platform offscreen, -reverse, … The double-dash spelling Qt
/// also takes is ours where the name is ours (--platform is import's).
struct QtOption
{
    const char16_t *name;
    bool takesValue;
};

constexpr QtOption kQtOptions[] = {
    {u"style", true},         {u"stylesheet", true},  {u"platform", true},    {u"platformpluginpath", true},
    {u"platformtheme", true}, {u"plugin", true},      {u"qmljsdebugger", true}, {u"qwindowgeometry", true},
    {u"qwindowicon", true},   {u"qwindowtitle", true}, {u"session", true},     {u"display", true},
    {u"geometry", true},      {u"dialogs", true},     {u"name", true},        {u"title", true},
    {u"reverse", false},      {u"widgetcount", false}, {u"nograb", false},    {u"dograb", false},
    {u"sync", false},
};

/// The Qt option `arg` names (a single dash, or two for a name that is not ours; "=value" allowed), or nullptr.
const QtOption *qtOption(const QString &arg, bool *inlineValue)
{
    QStringView name(arg);
    if (name.startsWith(u"--"))
        name = name.mid(2);
    else if (name.startsWith(u'-'))
        name = name.mid(1);
    else
        return nullptr;
    const qsizetype eq = name.indexOf(u'=');
    *inlineValue = eq > 0;
    if (eq > 0)
        name = name.left(eq);
    for (const QtOption &option : kQtOptions) {
        if (name == QStringView(option.name)) {
            const bool ours = std::any_of(optionSpecs().cbegin(), optionSpecs().cend(), [&](const OptionSpec &s) {
                return s.name == u"--"_s + name.toString();
            });
            if (arg.startsWith(u"--"_s) && ours)
                return nullptr;
            return &option;
        }
    }
    return nullptr;
}

Error usage(const QString &message)
{
    return Error{u"usage"_s, message + u"\nRun 'glasstrend --help' for the commands and flags."_s, {}};
}

Result<int> positiveInt(const QString &flag, const QString &value, int max)
{
    bool ok = false;
    const int n = value.toInt(&ok);
    if (!ok || n < 1 || n > max)
        return usage(u"%1: expected a whole number from 1 to %2, got \"%3\""_s.arg(flag).arg(max).arg(value));
    return n;
}

} // namespace

Result<CommandLine> parseCommandLine(const QStringList &arguments)
{
    CommandLine cl;
    QStringList positional;
    bool serve = false;
    bool version = false;
    bool help = false;

    for (qsizetype i = 0; i < arguments.size(); ++i) {
        QString arg = arguments.at(i);
        if (!arg.startsWith(u'-') || arg == u"-"_s) {
            positional.append(arg);
            continue;
        }
        bool qtInline = false;
        if (const QtOption *qt = qtOption(arg, &qtInline)) {
            // Left for the application object, which reads it from argv (its value too).
            cl.qtOptions.append(arg);
            if (qt->takesValue && !qtInline) {
                if (i + 1 >= arguments.size())
                    return usage(u"%1 needs a value"_s.arg(arg));
                cl.qtOptions.append(arguments.at(++i));
            }
            continue;
        }
        QString value;
        bool hasInlineValue = false;
        if (const qsizetype eq = arg.indexOf(u'='); arg.startsWith(u"--"_s) && eq > 0) {
            value = arg.mid(eq + 1);
            arg = arg.left(eq);
            hasInlineValue = true;
        }
        const auto spec = std::find_if(optionSpecs().cbegin(), optionSpecs().cend(),
                                       [&](const OptionSpec &s) { return s.name == arg; });
        if (spec == optionSpecs().cend())
            return usage(u"unknown option %1"_s.arg(arg));
        if (spec->takesValue && !hasInlineValue) {
            if (i + 1 >= arguments.size())
                return usage(u"%1 needs a value"_s.arg(arg));
            value = arguments.at(++i);
        } else if (!spec->takesValue && hasInlineValue) {
            return usage(u"%1 takes no value"_s.arg(arg));
        }

        if (arg == u"--config"_s) cl.configPath = value;
        else if (arg == u"--db"_s) cl.dbPath = value;
        else if (arg == u"--log-level"_s) cl.logLevel = value;
        else if (arg == u"--host"_s) cl.host = value;
        else if (arg == u"--port"_s) {
            auto port = positiveInt(arg, value, 65535);
            if (!port)
                return port.error();
            cl.port = port.value();
        } else if (arg == u"--role"_s) {
            cl.role = parseServerRole(value);
            if (!cl.role)
                return usage(u"--role: expected %1, got \"%2\""_s.arg(serverRoleNames().join(u", "_s), value));
        } else if (arg == u"--as-of"_s) cl.asOf = value;
        else if (arg == u"--window-hours"_s) {
            auto hours = positiveInt(arg, value, PipelineParams::kMaxWindowHours);
            if (!hours)
                return hours.error();
            cl.windowHours = hours.value();
        } else if (arg == u"--set"_s) {
            if (!value.contains(u'='))
                return usage(u"--set expects key=value, got \"%1\""_s.arg(value));
            cl.overrides.append(value);
        } else if (arg == u"--format"_s) cl.format = value.toLower();
        else if (arg == u"--out"_s) cl.out = value;
        else if (arg == u"--run"_s) cl.runId = value;
        else if (arg == u"--from"_s) cl.from = value;
        else if (arg == u"--to"_s) cl.to = value;
        else if (arg == u"--step"_s) {
            auto hours = positiveInt(arg, value, PipelineParams::kMaxWindowHours);
            if (!hours)
                return hours.error();
            cl.stepHours = hours.value();
        }
        else if (arg == u"--batch"_s) {
            auto posts = positiveInt(arg, value, 1000000);
            if (!posts)
                return posts.error();
            cl.batch = posts.value();
        }
        else if (arg == u"--trend"_s) cl.trendIds.append(value);
        else if (arg == u"--compare-with"_s) cl.compareWith = value;
        else if (arg == u"--encoding"_s) {
            if (!textencoding::fromName(value))
                return usage(u"--encoding: unknown encoding \"%1\" (expected one of %2)"_s.arg(
                    value, textencoding::names().join(u", "_s)));
            cl.encoding = value;
        } else if (arg == u"--json"_s) cl.json = true;
        else if (arg == u"--suggest-mapping"_s) cl.suggestMapping = true;
        else if (arg == u"--mapping"_s) cl.mappingPath = value;
        else if (arg == u"--platform"_s) cl.platform = value.trimmed();
        else if (arg == u"--serve"_s) serve = true;
        else if (arg == u"--version"_s || arg == u"-v"_s) version = true;
        else if (arg == u"--help"_s || arg == u"-h"_s) help = true;
    }

    if (help)
        cl.mode = CommandLine::Mode::Help;
    else if (version)
        cl.mode = CommandLine::Mode::Version;
    else if (serve) {
        if (!positional.isEmpty())
            return usage(u"--serve takes no command, got \"%1\""_s.arg(positional.first()));
        cl.mode = CommandLine::Mode::Serve;
    } else if (positional.isEmpty()) {
        cl.mode = CommandLine::Mode::Gui;
    } else {
        const QString command = positional.takeFirst();
        if (command == u"import"_s) {
            if (positional.isEmpty())
                return usage(u"import needs at least one FILE"_s);
            cl.mode = CommandLine::Mode::Import;
            cl.files = positional;
            positional.clear();
            if (cl.suggestMapping && cl.files.size() != 1)
                return usage(u"--suggest-mapping takes exactly one FILE"_s);
            if (cl.suggestMapping && !cl.mappingPath.isEmpty())
                return usage(u"--suggest-mapping and --mapping do not go together"_s);
        } else if (command == u"discover"_s) {
            cl.mode = CommandLine::Mode::Discover;
        } else if (command == u"backtest"_s) {
            cl.mode = CommandLine::Mode::Backtest;
            if (cl.from.isEmpty() || cl.to.isEmpty())
                return usage(u"backtest needs --from T and --to T"_s);
        } else if (command == u"migrate"_s) {
            cl.mode = CommandLine::Mode::Migrate;
            if (cl.to.isEmpty())
                return usage(u"migrate needs --to postgresql://…"_s);
        } else if (command == u"export"_s) {
            cl.mode = CommandLine::Mode::Export;
            if (cl.format != u"csv"_s && cl.format != u"pdf"_s && cl.format != u"gexf"_s)
                return usage(u"export needs --format csv, pdf or gexf"_s);
            if (cl.out.isEmpty())
                return usage(u"export needs --out FILE"_s);
            if (!cl.compareWith.isEmpty() && cl.format != u"csv"_s)
                return usage(u"--compare-with goes with --format csv"_s);
            if (!cl.trendIds.isEmpty() && cl.format == u"gexf"_s)
                return usage(u"--trend goes with --format csv or pdf (the network holds every kept tag)"_s);
        } else {
            return usage(u"unknown command \"%1\""_s.arg(command));
        }
        if (!positional.isEmpty())
            return usage(u"unexpected argument \"%1\""_s.arg(positional.first()));
    }
    if (cl.mode != CommandLine::Mode::Backtest && (!cl.from.isEmpty() || cl.stepHours))
        return usage(u"--from and --step go with backtest"_s);
    if (cl.mode != CommandLine::Mode::Backtest && cl.mode != CommandLine::Mode::Migrate && !cl.to.isEmpty())
        return usage(u"--to goes with backtest or migrate"_s);
    if (cl.mode != CommandLine::Mode::Migrate && cl.batch)
        return usage(u"--batch goes with migrate"_s);
    if (!cl.encoding.isEmpty() && cl.mode != CommandLine::Mode::Import)
        return usage(u"--encoding goes with import"_s);
    if (cl.mode != CommandLine::Mode::Import && (cl.suggestMapping || !cl.mappingPath.isEmpty() || !cl.platform.isEmpty()))
        return usage(u"--suggest-mapping, --mapping and --platform go with import"_s);
    if (cl.mode != CommandLine::Mode::Serve && cl.role)
        return usage(u"--role goes with --serve (the desktop's embedded server serves every role)"_s);
    if (cl.mode != CommandLine::Mode::Serve && cl.mode != CommandLine::Mode::Gui && (!cl.host.isEmpty() || cl.port))
        return usage(u"--host and --port go with --serve or the desktop app (its embedded server)"_s);
    return cl;
}

QString commandLineHelp()
{
    return uR"(GlassTrend — transparent early-stage trend discovery.

Usage:
  glasstrend                                   the desktop app
  glasstrend --serve [--host H] [--port P] [--role R]
                                               the headless REST server (default 127.0.0.1:8000)
  glasstrend import [--encoding E] FILE…       import posts (native JSON/NDJSON/CSV and the capture
                                               tools' formats; sniffed from content)
  glasstrend import --suggest-mapping [--platform P] FILE
                                               print the column mapping guessed for a CSV/TSV/JSON file no
                                               reader knows, as YAML (exit 1 naming required fields it
                                               could not guess)
  glasstrend import --mapping MAP.yaml [--platform P] FILE…
                                               import with that mapping (README "Mappings"); a file whose
                                               columns match a mapping saved in the desktop app uses it
  glasstrend discover [--as-of T] [--window-hours H] [--set key=value …] [--json]
                                               run the pipeline, store the run, print the tiles
  glasstrend export --format csv|pdf --out FILE [--run RUN] [--trend ID …] [--compare-with RUN]
                                               export proof tiles of the latest (or given) run; with
                                               --compare-with (CSV), beside that run: new, kept (rank,
                                               growth and urgency change) and gone trends
  glasstrend export --format gexf --out FILE [--run RUN]
                                               the run's tag network (co-occurrence graph of the kept
                                               tags: posts, cluster, trend, Jaccard, dropped_by_split)
                                               as GEXF 1.3 for Gephi, laid out
  glasstrend backtest --from T --to T [--step H] [--window-hours H] [--set key=value …] [--json]
                                               run the pipeline at every step's as_of over the stored
                                               posts: when each trend was first flagged, first act_now,
                                               its peak and the lead time (no run is stored)
  glasstrend migrate --to URI [--batch N]      copy the database of --db (posts, runs with their
                                               decisions, project settings) into PostgreSQL; run it
                                               again after an interruption: it continues

Options for every command:
  Qt's own options (-style S, -platform P, -reverse, -stylesheet F, …) are passed to Qt.
  --config FILE      configuration file (default: config.yaml in the user's config directory, if present)
  --db PATH|URI      SQLite file, or a postgresql:// URI (password: PGPASSWORD or ~/.pgpass)
                     (default: trends.db in the user's data directory)
  --log-level LEVEL  trace, debug, info, warn, error, critical or off
  --version          print the version
  --help             print this help

import:
  --encoding E       the files' text encoding, when sniffing guesses wrong: UTF-8, UTF-16LE, UTF-16BE,
                     GB18030 (also GBK, GB2312), Windows-1252 (also Latin-1) or Mac Roman; default:
                     sniffed (a BOM, else valid UTF-8, else GB18030 or a Western single-byte encoding)
  --platform P       the platform (tiktok, weibo, x, …) of records that do not say theirs, in any format;
                     a column or a post URL that says it wins
  --mapping MAP.yaml read the files with this column mapping
  --suggest-mapping  print the guessed mapping instead of importing

--serve:
  --host H           address to bind (config server.host, default 127.0.0.1)
  --port P           port (config server.port, default 8000)
  --role R           what this instance serves (config server.role): all (default) — everything;
                     ingest — POST /api/v1/posts and the poll.sources feeds; discover — discovery and
                     the reads (tiles, trends, runs, decisions). Other routes answer 421 naming the
                     role that serves them; /health, /openapi.json and /docs answer on every role.
                     SIGTERM or SIGINT stops gracefully: requests in flight finish and commit.

discover:
  --as-of T          end of the current window: ISO-8601 with offset or Z, "latest" (newest post) or "now"
  --window-hours H   window length in hours (config window.hours, default 24)
  --set key=value    override any pipeline config key for this run, e.g. --set clustering.min_jaccard=0.3
  --json             print exactly the body of POST /api/v1/discover

backtest:
  --from T, --to T   the first and the last step's as_of, ISO-8601 with offset or Z (at most 2000 steps)
  --step H           hours between steps (default 1)
  --window-hours H, --set key=value
                     as for discover, for every step
  --json             print exactly the result of GET /api/v1/backtest/{id}

migrate:
  --to URI           the postgresql:// database to copy into (its tables are made as for --db)
  --batch N          posts per transaction (default 5000)

Exit status: 0 on success; 1 when nothing could be done (no file readable, no run to export, bad
configuration); 2 for a usage error.
)"_s;
}
