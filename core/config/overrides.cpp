#include "core/config/overrides.h"

#include <QDateTime>
#include <QJsonArray>

#include "core/config/keytable.h"

using namespace Qt::StringLiterals;

namespace {

/// One override before conversion: JSON values from the API, text from --set.
struct Entry
{
    QString path;
    QJsonValue json;
    QString text;
    bool isText = false;
};

void flatten(const QJsonObject &object, const QString &prefix, QList<Entry> &out)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString path = prefix.isEmpty() ? it.key() : prefix + u'.' + it.key();
        // {"clustering": {"min_jaccard": 0.3}} is the dotted key; a key's own object value is not split.
        if (it.value().isObject() && !configkeys::find(path).def)
            flatten(it.value().toObject(), path, out);
        else
            out.append({path, it.value(), {}, false});
    }
}

Result<PipelineParams> apply(const PipelineParams &params, const QList<Entry> &entries, QJsonArray problems)
{
    configkeys::Draft draft = configkeys::draftFrom(params);
    auto problem = [&problems](const QString &key, const QString &message) {
        problems.append(QJsonObject{{u"key"_s, key}, {u"message"_s, QString(key + u": "_s + message)}});
    };
    for (const Entry &e : entries) {
        const configkeys::Match match = configkeys::find(e.path);
        if (!match.def) {
            problem(e.path, configkeys::unknownKeyMessage(e.path));
            continue;
        }
        if (!match.def->perRun) {
            problem(e.path, u"not a per-run setting (set it in the configuration file)"_s);
            continue;
        }
        const Result<QJsonValue> value = e.isText ? configkeys::fromText(*match.def, e.text)
                                                  : configkeys::fromJson(*match.def, e.json);
        if (!value) {
            problem(e.path, value.error().message);
            continue;
        }
        if (const QString bad = configkeys::validate(*match.def, value.value()); !bad.isEmpty()) {
            problem(e.path, bad);
            continue;
        }
        match.def->set(draft, match.slug, value.value());
        // Per-run, "now" is this moment; the config file keeps the word for long-running servers.
        if (match.def->key == u"pipeline.as_of"_s && draft.config.asOf == u"now"_s)
            draft.config.pipeline.asOfMs = QDateTime::currentMSecsSinceEpoch();
    }
    if (!problems.isEmpty()) {
        QStringList messages;
        for (const QJsonValue &p : std::as_const(problems))
            messages.append(p.toObject().value(u"message"_s).toString());
        return Error{u"invalid_value"_s, messages.join(u"; "_s), problems};
    }
    configkeys::finish(draft);
    return draft.config.pipeline;
}

} // namespace

Result<PipelineParams> applyPipelineOverrides(const PipelineParams &params, const QJsonObject &overrides)
{
    QList<Entry> entries;
    flatten(overrides, QString(), entries);
    return apply(params, entries, {});
}

Result<PipelineParams> applyPipelineOverrides(const PipelineParams &params, const QStringList &keyEqualsValue)
{
    QList<Entry> entries;
    QJsonArray problems;
    for (const QString &item : keyEqualsValue) {
        const qsizetype eq = item.indexOf(u'=');
        if (eq <= 0) {
            const QString key = item.trimmed();
            problems.append(QJsonObject{{u"key"_s, key}, {u"message"_s, u"\"%1\": expected key=value"_s.arg(item)}});
            continue;
        }
        entries.append({item.left(eq).trimmed(), {}, item.mid(eq + 1), true});
    }
    return apply(params, entries, problems);
}
