#include "core/config/mappingyaml.h"

#include <QFile>

#include <yaml-cpp/yaml.h>

using namespace Qt::StringLiterals;

namespace mappingyaml {

namespace {

std::string utf8(const QString &s)
{
    return s.toStdString();
}

Result<QString> scalar(const YAML::Node &node, const QString &where)
{
    if (!node.IsScalar())
        return Error{u"invalid_mapping"_s, where + u": expected a string"_s, {}};
    return QString::fromStdString(node.Scalar());
}

} // namespace

QString write(const ColumnMapping &mapping, const QString &comment)
{
    YAML::Emitter out;
    out.SetIndent(2);
    out << YAML::BeginMap;
    if (!mapping.name.isEmpty())
        out << YAML::Key << "name" << YAML::Value << utf8(mapping.name);
    if (!mapping.platform.isEmpty())
        out << YAML::Key << "platform" << YAML::Value << utf8(mapping.platform);
    out << YAML::Key << "fields" << YAML::Value << YAML::BeginMap;
    for (auto it = mapping.fields.cbegin(); it != mapping.fields.cend(); ++it)
        out << YAML::Key << utf8(it.key()) << YAML::Value << utf8(it.value());
    out << YAML::EndMap;
    out << YAML::Key << "columns" << YAML::Value << YAML::Flow << YAML::BeginSeq;
    for (const QString &c : mapping.columns)
        out << utf8(c);
    out << YAML::EndSeq;
    out << YAML::EndMap;
    QString text;
    for (const QString &line : comment.split(u'\n', Qt::SkipEmptyParts))
        text += u"# "_s + line + u'\n';
    return text + QString::fromUtf8(out.c_str()) + u'\n';
}

Result<ColumnMapping> read(const QByteArray &yaml, const QString &source)
{
    ColumnMapping mapping;
    try {
        const YAML::Node root = YAML::Load(yaml.toStdString());
        if (!root.IsMap())
            return Error{u"invalid_mapping"_s, source + u": a mapping is a YAML map with a 'fields' map"_s, {}};
        for (const auto &entry : root) {
            const QString key = QString::fromStdString(entry.first.as<std::string>());
            const YAML::Node &value = entry.second;
            if (key == u"name"_s || key == u"platform"_s) {
                Result<QString> s = scalar(value, source + u": "_s + key);
                if (!s.ok())
                    return s.error();
                (key == u"name"_s ? mapping.name : mapping.platform) = s.value().trimmed();
            } else if (key == u"fields"_s) {
                if (!value.IsMap())
                    return Error{u"invalid_mapping"_s, source + u": fields: expected a map of field: column"_s, {}};
                for (const auto &field : value) {
                    const QString name = QString::fromStdString(field.first.as<std::string>());
                    Result<QString> column = scalar(field.second, source + u": fields."_s + name);
                    if (!column.ok())
                        return column.error();
                    if (!column.value().trimmed().isEmpty())
                        mapping.fields.insert(name.trimmed(), column.value().trimmed());
                }
            } else if (key == u"columns"_s) {
                if (!value.IsSequence())
                    return Error{u"invalid_mapping"_s, source + u": columns: expected a list"_s, {}};
                for (const auto &c : value) {
                    Result<QString> column = scalar(c, source + u": columns"_s);
                    if (!column.ok())
                        return column.error();
                    mapping.columns.append(column.value());
                }
            } else {
                return Error{u"invalid_mapping"_s,
                             source + u": unknown key \"%1\" (a mapping has name, platform, fields, columns)"_s.arg(key),
                             {}};
            }
        }
    } catch (const YAML::Exception &e) {
        return Error{u"invalid_mapping"_s, source + u": not valid YAML: "_s + QString::fromStdString(e.what()), {}};
    }
    if (mapping.fields.isEmpty())
        return Error{u"invalid_mapping"_s, source + u": the mapping maps no field ('fields' is empty)"_s, {}};
    return mapping;
}

Result<ColumnMapping> readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{u"io"_s, path + u": cannot open: "_s + file.errorString(), {}};
    return read(file.readAll(), path);
}

} // namespace mappingyaml
