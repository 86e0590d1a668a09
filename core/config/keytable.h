#pragma once

// Internal to core/config: the one table every key is described by. The YAML loader, the
// environment and .env overrides, per-run overrides, range checks, the writer and configKeys()
// all walk this table, so a key added here is loaded, overridden, validated and documented.

#include <span>

#include <QJsonValue>
#include <QMap>
#include <QString>

#include "core/config/config.h"
#include "core/model/result.h"

namespace configkeys {

enum class KeyType { Integer, Number, Boolean, String, StringList, StringMap, PollSources };

/// The configuration being built. Platform switches are collected per slug first and turned into
/// PipelineParams::enabledPlatforms at the end, so the result does not depend on key order.
struct Draft
{
    Config config;
    QMap<QString, bool> platformEnabled;
};

/// Values travel between the layers as QJsonValue: numbers as doubles, lists as arrays of
/// strings, maps as objects, poll sources as an array of objects.
struct KeyDef
{
    QString key; ///< dotted path; "platforms.<slug>.enabled" for the per-platform keys
    KeyType type = KeyType::String;
    bool perRun = false; ///< a pipeline key: accepted by applyPipelineOverrides and written by savePipelineParams
    QString doc;
    double min = -1e300;
    double max = 1e300;
    bool minExclusive = false;
    /// Extra check of a value already of the right type; returns the problem, or empty.
    QString (*check)(const QJsonValue &value) = nullptr;
    QJsonValue (*get)(const Config &config, const QString &slug) = nullptr;
    void (*set)(Draft &draft, const QString &slug, const QJsonValue &value) = nullptr;

    bool perPlatform() const { return key.startsWith(QLatin1StringView("platforms.<slug>.")); }
    /// The variable name: GLASSTREND_ + key upper-cased with '.' → '_' (<SLUG> for platforms).
    QString envVar() const;
};

/// A key path resolved against the table.
struct Match
{
    const KeyDef *def = nullptr;
    QString slug; ///< for platform keys
};

std::span<const KeyDef> table();

/// Finds `path` ("clustering.min_jaccard", "platforms.tiktok.weight"); def is null when unknown.
Match find(const QString &path);
/// True when `path` is a section that contains keys ("health", "health.weights", "platforms").
bool isSection(const QString &path);
/// "unknown key", with a suggestion when a key is spelled almost the same.
QString unknownKeyMessage(const QString &path);

/// Platform slugs as posts use them (SPEC section 1): lower case, rednote/xhs → xiaohongshu,
/// twitter → x, bili → bilibili, ks → kuaishou. Empty when `name` is not a valid slug.
QString platformSlug(const QString &name);

/// Reads a value written as text (environment, .env, --set, YAML scalars) into the key's type.
Result<QJsonValue> fromText(const KeyDef &def, const QString &text);
/// Reads a JSON value (per-run overrides); strings are read as text.
Result<QJsonValue> fromJson(const KeyDef &def, const QJsonValue &value);
/// Range and extra checks of a value of the right type; empty when fine.
QString validate(const KeyDef &def, const QJsonValue &value);
/// Allowed values in words ("0 – 1", "≥ 1", "> 0"); empty for non-numbers.
QString rangeText(const KeyDef &def);
/// A value as YAML-like text, for defaults in configKeys() and messages.
QString toText(const KeyDef &def, const QJsonValue &value);
/// The type in words, as an error message expects it ("a number", "true or false") and as a
/// table of keys lists it ("number", "boolean").
QString typeName(KeyType type);
QString shortTypeName(KeyType type);

/// Turns the platform switches into PipelineParams::enabledPlatforms and fills in each poll
/// source's interval from poll.interval_s when the source gave none.
void finish(Draft &draft);
/// The draft a set of parameters corresponds to (for per-run overrides).
Draft draftFrom(const PipelineParams &params);

/// The eleven platforms SPEC section 1 names.
QStringList knownPlatforms();

} // namespace configkeys
