#pragma once

// Internal to core/config: the only place besides the loader and writer that sees yaml-cpp.
// YAML values are handed to the key table as JSON so that file, environment and per-run
// overrides share one conversion (configkeys::fromJson).

#include <yaml-cpp/yaml.h>

#include <QJsonValue>
#include <QString>

#include "core/config/keytable.h"

namespace yamljson {

/// Scalars become strings (YAML's own typing is left to the key's type), sequences arrays, maps
/// objects, null stays null. Map keys must be scalars; others are skipped.
QJsonValue toJson(const YAML::Node &node);

/// A value of the key's type as a YAML node (numbers written in their shortest exact form).
YAML::Node fromValue(const configkeys::KeyDef &def, const QJsonValue &value);

/// A scalar key as text.
QString keyText(const YAML::Node &key);

} // namespace yamljson
