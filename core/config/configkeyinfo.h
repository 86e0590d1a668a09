#pragma once

#include <QList>
#include <QString>

/// One configuration key as documented to people: the desktop app's tooltips, the README table
/// and the example-file test all read this list, which is built from the loader's own key table.
struct ConfigKeyInfo
{
    QString key;          ///< dotted path; "platforms.<slug>.enabled" stands for every platform slug
    QString type;         ///< "integer", "number", "boolean", "string", "list of strings", …
    QString defaultValue; ///< the default as it would be written in YAML ("0.2", "[fyp, …]", "")
    QString doc;          ///< one line
    QString range;        ///< allowed values in words ("0 – 1", "≥ 1"); empty when any value of the type goes
    QString envVar;       ///< GLASSTREND_CLUSTERING_MIN_JACCARD; "<SLUG>" in platform keys
    bool perRun = false;  ///< accepted by applyPipelineOverrides (discover overrides, --set)
};

/// Every key, in the order of config/config.example.yaml.
QList<ConfigKeyInfo> configKeys();
