// loadConfig(), defaultConfigPath(), resolveAsOf() of config.h: the layers defaults < file <
// .env < environment, each value going through the key table (keytable.h).
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QStandardPaths>

#include "core/config/config.h"
#include "core/config/dotenv.h"
#include "core/config/keytable.h"
#include "core/config/yamljson.h"
#include "core/log/log.h"
#include "core/model/timeformat.h"

using namespace Qt::StringLiterals;

namespace {

constexpr QLatin1StringView kEnvPrefix("GLASSTREND_");
constexpr QLatin1StringView kTokenAlias("GLASSTREND_API_TOKEN"); // SPEC section 5's name

/// Builds the draft layer by layer and collects every problem instead of stopping at the first.
class Loader
{
public:
    configkeys::Draft draft;
    QJsonArray problems;

    void problem(const QString &key, const QString &message)
    {
        problems.append(QJsonObject{{u"key"_s, key}, {u"message"_s, QString(key + u": "_s + message)}});
    }

    /// Converts, checks and stores one value; `where` tells the reader where it came from.
    void apply(const configkeys::Match &match, const QString &path, const Result<QJsonValue> &value,
               const QString &where)
    {
        if (!value) {
            problem(path, value.error().message + where);
            return;
        }
        if (const QString bad = configkeys::validate(*match.def, value.value()); !bad.isEmpty()) {
            problem(path, bad + where);
            return;
        }
        match.def->set(draft, match.slug, value.value());
    }

    void readYaml(const YAML::Node &root, const QString &fileName)
    {
        if (root.IsNull())
            return;
        if (!root.IsMap()) {
            problem(fileName, u"expected a map of sections at the top level"_s);
            return;
        }
        walk(root, QString(), fileName);
    }

    void readVariable(const QString &name, const QString &value, const QString &where, bool unknownIsError)
    {
        QString path;
        configkeys::Match match;
        if (name == kTokenAlias) {
            path = u"server.api_token"_s;
            match = configkeys::find(path);
        } else {
            match = matchVariable(name, path);
        }
        if (!match.def) {
            if (unknownIsError)
                problem(name, u"unknown variable"_s + where);
            else
                gtlog::config()->warn("{}: no such configuration key; ignored", name);
            return;
        }
        apply(match, path, configkeys::fromText(*match.def, value), u" ("_s + name + where + u')');
    }

    /// Environment-like variables, the alias first so that the specific name wins.
    void readVariables(QList<DotEnvEntry> entries, const QString &source, bool unknownIsError)
    {
        std::stable_sort(entries.begin(), entries.end(), [](const DotEnvEntry &a, const DotEnvEntry &b) {
            return (a.name == kTokenAlias) > (b.name == kTokenAlias);
        });
        for (const DotEnvEntry &e : std::as_const(entries)) {
            if (!e.name.startsWith(kEnvPrefix))
                continue; // a .env is often shared with other tools (docker compose)
            const QString where = e.line > 0 ? u" in %1:%2"_s.arg(source).arg(e.line) : QString();
            readVariable(e.name, e.value, where, unknownIsError);
        }
    }

private:
    static configkeys::Match matchVariable(const QString &name, QString &path)
    {
        for (const configkeys::KeyDef &def : configkeys::table()) {
            if (def.perPlatform())
                continue;
            if (def.envVar() == name) {
                path = def.key;
                return {&def, {}};
            }
        }
        // GLASSTREND_PLATFORMS_<SLUG>_ENABLED / _WEIGHT; a slug may itself contain '_'.
        const QString platforms = kEnvPrefix + u"PLATFORMS_"_s;
        if (!name.startsWith(platforms))
            return {};
        for (const QString &leaf : {u"enabled"_s, u"weight"_s}) {
            const QString suffix = u'_' + leaf.toUpper();
            if (name.endsWith(suffix) && name.size() > platforms.size() + suffix.size()) {
                const QString slug = name.mid(platforms.size(), name.size() - platforms.size() - suffix.size());
                path = u"platforms.%1.%2"_s.arg(slug.toLower(), leaf);
                return configkeys::find(path);
            }
        }
        return {};
    }

    static QString location(const YAML::Node &node, const QString &fileName)
    {
        const YAML::Mark mark = node.Mark();
        return mark.line >= 0 ? u" (%1:%2)"_s.arg(fileName).arg(mark.line + 1) : QString();
    }

    void walk(const YAML::Node &map, const QString &prefix, const QString &fileName)
    {
        for (const auto &pair : map) {
            const QString name = yamljson::keyText(pair.first);
            const QString path = prefix.isEmpty() ? name : prefix + u'.' + name;
            const QString where = location(pair.first, fileName);
            const YAML::Node &value = pair.second;
            if (path == u"platforms"_s) {
                readPlatforms(value, where, fileName);
                continue;
            }
            const configkeys::Match match = configkeys::find(path);
            if (match.def && !match.def->perPlatform()) {
                apply(match, path, configkeys::fromJson(*match.def, yamljson::toJson(value)), where);
            } else if (!name.isEmpty() && configkeys::isSection(path)) {
                if (value.IsMap())
                    walk(value, path, fileName);
                else if (!value.IsNull())
                    problem(path, u"expected a map of keys, got "_s + describe(value) + where);
            } else {
                problem(path, configkeys::unknownKeyMessage(path) + where);
            }
        }
    }

    void readPlatforms(const YAML::Node &platforms, const QString &where, const QString &fileName)
    {
        if (platforms.IsNull())
            return;
        if (!platforms.IsMap()) {
            problem(u"platforms"_s, u"expected a map of platform → {enabled, weight}, got "_s + describe(platforms) + where);
            return;
        }
        for (const auto &pair : platforms) {
            const QString name = yamljson::keyText(pair.first);
            const QString slug = configkeys::platformSlug(name);
            const QString at = location(pair.first, fileName);
            if (slug.isEmpty()) {
                problem(u"platforms."_s + name, u"not a platform slug (lower-case letters, digits, _; 1–32)"_s + at);
                continue;
            }
            if (pair.second.IsNull())
                continue;
            if (!pair.second.IsMap()) {
                problem(u"platforms."_s + name, u"expected a map with enabled and weight, got "_s + describe(pair.second) + at);
                continue;
            }
            for (const auto &setting : pair.second) {
                const QString path = u"platforms.%1.%2"_s.arg(slug, yamljson::keyText(setting.first));
                const QString settingAt = location(setting.first, fileName);
                const configkeys::Match match = configkeys::find(path);
                if (!match.def)
                    problem(path, u"unknown key (expected enabled or weight)"_s + settingAt);
                else
                    apply(match, path, configkeys::fromJson(*match.def, yamljson::toJson(setting.second)), settingAt);
            }
        }
    }

    static QString describe(const YAML::Node &node)
    {
        if (node.IsScalar())
            return u'"' + QString::fromStdString(node.Scalar()) + u'"';
        return node.IsSequence() ? u"a list"_s : u"a map"_s;
    }
};

Error configError(const QJsonArray &problems)
{
    QStringList lines;
    for (const QJsonValue &p : problems)
        lines.append(p.toObject().value(u"message"_s).toString());
    return Error{u"invalid_config"_s, lines.join(u'\n'), problems};
}

} // namespace

Result<Config> loadConfig(const QString &path, const QProcessEnvironment &env)
{
    Loader loader;
    if (!path.isEmpty()) {
        const QFileInfo info(path);
        if (!info.exists())
            return Error{u"not_found"_s, u"%1: no such configuration file"_s.arg(path), {}};
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return Error{u"io"_s, u"%1: cannot read: %2"_s.arg(path, file.errorString()), {}};
        YAML::Node root;
        try {
            root = YAML::Load(file.readAll().toStdString());
        } catch (const YAML::Exception &e) {
            // A file that does not parse says nothing reliable about its keys: stop here.
            return Error{u"invalid_config"_s,
                         u"%1:%2:%3: %4"_s.arg(path).arg(e.mark.line + 1).arg(e.mark.column + 1).arg(QString::fromStdString(e.msg)),
                         {}};
        }
        loader.readYaml(root, info.fileName());

        const QString dotEnvPath = info.absoluteDir().filePath(u".env"_s);
        if (QFileInfo::exists(dotEnvPath)) {
            const DotEnv dotEnv = readDotEnv(dotEnvPath);
            for (const QString &e : dotEnv.errors)
                loader.problem(u".env"_s, e);
            loader.readVariables(dotEnv.entries, u".env"_s, true);
        }
    }

    QList<DotEnvEntry> variables;
    const QStringList names = env.keys();
    for (const QString &name : names)
        if (name.startsWith(kEnvPrefix))
            variables.append({name, env.value(name), 0});
    loader.readVariables(variables, QString(), false);

    if (!loader.problems.isEmpty())
        return configError(loader.problems);
    configkeys::finish(loader.draft);
    gtlog::config()->debug("configuration loaded from {}", path.isEmpty() ? u"defaults and environment"_s : path);
    return std::move(loader.draft.config);
}

QString defaultConfigPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) + u"/config.yaml"_s;
}

Result<std::optional<qint64>> resolveAsOf(const QString &asOf, qint64 nowMs)
{
    const QString text = asOf.trimmed();
    if (text.isEmpty() || text == u"latest"_s)
        return std::optional<qint64>();
    if (text == u"now"_s)
        return std::optional<qint64>(nowMs);
    if (const auto ms = parseIsoUtc(text))
        return std::optional<qint64>(*ms);
    return Error{u"invalid_value"_s,
                 u"expected latest, now or an ISO-8601 time with offset (2025-06-01T12:00:00Z), got \"%1\""_s.arg(asOf), {}};
}
