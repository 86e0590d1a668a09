#include "core/config/configwriter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QSaveFile>
#include <QSet>

#include "core/config/keytable.h"
#include "core/config/yamljson.h"

using namespace Qt::StringLiterals;

namespace {

/// Sets root[a][b][c] = value, turning anything in the way into a map.
void setPath(YAML::Node node, const QStringList &parts, const YAML::Node &value)
{
    const std::string head = parts.first().toStdString();
    if (parts.size() == 1) {
        node[head] = value;
        return;
    }
    YAML::Node child = node[head]; // shares the node (copy construction, not assignment)
    if (!child.IsMap())
        child = YAML::Node(YAML::NodeType::Map);
    setPath(child, parts.mid(1), value);
}

/// Reads the YAML map at `path` (an empty map when the file is missing) into `root`.
Status loadRoot(const QString &path, YAML::Node &root)
{
    root = YAML::Node(YAML::NodeType::Map);
    if (!QFileInfo::exists(path))
        return Ok{};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{u"io"_s, u"%1: cannot read: %2"_s.arg(path, file.errorString()), {}};
    try {
        YAML::Node loaded = YAML::Load(file.readAll().toStdString());
        if (loaded.IsMap())
            root = loaded;
        else if (!loaded.IsNull())
            return Error{u"invalid_config"_s, u"%1: expected a map of sections at the top level"_s.arg(path), {}};
    } catch (const YAML::Exception &e) {
        return Error{u"invalid_config"_s, u"%1:%2: %3"_s.arg(path).arg(e.mark.line + 1).arg(QString::fromStdString(e.msg)), {}};
    }
    return Ok{};
}

/// Writes `root` to `path` atomically, creating the folder.
Status writeRoot(const QString &path, const YAML::Node &root)
{
    YAML::Emitter out;
    out << root;
    if (!out.good())
        return Error{u"io"_s, u"%1: cannot write YAML: %2"_s.arg(path, QString::fromStdString(out.GetLastError())), {}};

    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{u"io"_s, u"%1: cannot write: %2"_s.arg(path, file.errorString()), {}};
    file.write(out.c_str(), qint64(out.size()));
    file.write("\n");
    if (!file.commit())
        return Error{u"io"_s, u"%1: cannot write: %2"_s.arg(path, file.errorString()), {}};
    return Ok{};
}

/// Loads the file, lets `apply` set keys on its root, and writes it back; nothing is written when
/// loading or applying fails.
template <typename Apply>
Status updateFile(const QString &path, Apply apply)
{
    YAML::Node root;
    if (Status loaded = loadRoot(path, root); !loaded)
        return loaded;
    try {
        if (Status applied = apply(root); !applied)
            return applied;
    } catch (const YAML::Exception &e) {
        return Error{u"invalid_config"_s, u"%1: %2"_s.arg(path, QString::fromStdString(e.msg)), {}};
    }
    return writeRoot(path, root);
}

/// The loader's checks of a value about to be written for `key` (the table's conversion, then its
/// range and extra checks): what the file would not load is not written.
Status check(const QString &path, const QString &key, const configkeys::KeyDef &def, const QJsonValue &value)
{
    const Result<QJsonValue> read = configkeys::fromJson(def, value);
    const QString bad = read ? configkeys::validate(def, read.value()) : read.error().message;
    if (!bad.isEmpty())
        return Error{u"invalid_value"_s, u"%1: %2: %3"_s.arg(path, key, bad), {}};
    return Ok{};
}

/// Sets the table key `def` (for `slug` when per platform) at `parts` from `config`, after the
/// loader's checks.
Status setChecked(YAML::Node root, const QString &path, const QStringList &parts, const configkeys::KeyDef &def,
                  const Config &config, const QString &slug = {})
{
    const QJsonValue value = def.get(config, slug);
    if (Status ok = check(path, parts.join(u'.'), def, value); !ok)
        return ok;
    setPath(root, parts, yamljson::fromValue(def, value));
    return Ok{};
}

/// A folder under the home directory as "~/…", the way config.example.yaml writes it (the loader
/// expands it again). The loaded settings keep only the expanded path, so a folder written as
/// "~/x" stays "~/x" (and one written as /home/me/x becomes the equivalent "~/x").
QString homeRelative(const QString &folder)
{
    const QString home = QDir::homePath();
    if (home.isEmpty() || home == u"/"_s)
        return folder;
    if (folder == home)
        return u"~"_s;
    if (folder.startsWith(home + u'/'))
        return u"~"_s + folder.mid(home.size());
    return folder;
}

/// poll.sources as the file keeps them: a source leaves out interval_s when it is poll.interval_s
/// (so it keeps following poll.interval_s), and timeout_s and max_bytes when they are the defaults.
QJsonValue sourcesForFile(const QJsonValue &sources, const PollSettings &poll)
{
    const PollSource defaults;
    QJsonArray out;
    for (const QJsonValue &item : sources.toArray()) {
        QJsonObject o = item.toObject();
        if (o.contains(u"folder"_s))
            o.insert(u"folder"_s, homeRelative(o.value(u"folder"_s).toString()));
        if (o.value(u"interval_s"_s).toDouble() == poll.intervalS)
            o.remove(u"interval_s"_s);
        if (o.value(u"timeout_s"_s).toDouble() == defaults.timeoutS)
            o.remove(u"timeout_s"_s);
        if (o.value(u"max_bytes"_s).toDouble() == double(defaults.maxBytes))
            o.remove(u"max_bytes"_s);
        out.append(o);
    }
    return out;
}

} // namespace

Status savePipelineParams(const QString &path, const PipelineParams &params)
{
    return updateFile(path, [&](YAML::Node root) -> Status {
        Config config;
        config.pipeline = params;
        QStringList slugs = params.platformWeights.keys();
        if (!params.enabledPlatforms.isEmpty())
            slugs += configkeys::knownPlatforms() + params.enabledPlatforms;
        if (root["platforms"].IsMap())
            for (const auto &pair : root["platforms"])
                if (const QString slug = configkeys::platformSlug(yamljson::keyText(pair.first)); !slug.isEmpty())
                    slugs.append(slug);
        slugs.sort();
        slugs.removeDuplicates();

        for (const configkeys::KeyDef &def : configkeys::table()) {
            if (!def.perRun || def.key == u"pipeline.as_of"_s)
                continue;
            if (def.perPlatform()) {
                const QString leaf = def.key.section(u'.', 2);
                for (const QString &slug : std::as_const(slugs))
                    if (Status ok = setChecked(root, path, {u"platforms"_s, slug, leaf}, def, config, slug); !ok)
                        return ok;
                continue;
            }
            if (Status ok = setChecked(root, path, def.key.split(u'.'), def, config); !ok)
                return ok;
        }
        return Ok{};
    });
}

Status savePollSettings(const QString &path, const PollSettings &poll)
{
    return updateFile(path, [&](YAML::Node root) -> Status {
        Config config;
        config.poll = poll;
        for (const configkeys::KeyDef &def : configkeys::table()) {
            if (!def.key.startsWith(u"poll."_s))
                continue;
            QJsonValue value = def.get(config, {});
            // Checked as the settings are (every source with its interval), written as the file
            // keeps them.
            if (Status ok = check(path, def.key, def, value); !ok)
                return ok;
            if (def.type == configkeys::KeyType::PollSources)
                value = sourcesForFile(value, poll);
            setPath(root, def.key.split(u'.'), yamljson::fromValue(def, value));
        }
        return Ok{};
    });
}
