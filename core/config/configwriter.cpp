#include "core/config/configwriter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
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
        apply(root);
    } catch (const YAML::Exception &e) {
        return Error{u"invalid_config"_s, u"%1: %2"_s.arg(path, QString::fromStdString(e.msg)), {}};
    }
    return writeRoot(path, root);
}

/// Sets the table key `key` (not per platform) from `config`.
void setKey(YAML::Node root, const configkeys::KeyDef &def, const Config &config)
{
    setPath(root, def.key.split(u'.'), yamljson::fromValue(def, def.get(config, {})));
}

} // namespace

Status savePipelineParams(const QString &path, const PipelineParams &params)
{
    return updateFile(path, [&params](YAML::Node root) {
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
                    setPath(root, {u"platforms"_s, slug, leaf}, yamljson::fromValue(def, def.get(config, slug)));
                continue;
            }
            setKey(root, def, config);
        }
    });
}

Status savePollSettings(const QString &path, const PollSettings &poll)
{
    return updateFile(path, [&poll](YAML::Node root) {
        Config config;
        config.poll = poll;
        for (const configkeys::KeyDef &def : configkeys::table()) {
            if (def.key.startsWith(u"poll."_s))
                setKey(root, def, config);
        }
    });
}
