#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include "core/model/result.h"
#include "core/model/runresult.h"

/// Compares a pipeline run with the truth gt_datagen wrote beside its data (tests/bench/README.md):
/// every planted trend is reported by exactly one tile, no decoy tag is in any tile, each decoy's
/// cluster fails the checks the truth names, and no other tile appears.
namespace truthcheck {

struct Verdict
{
    bool passed = true;
    QStringList failures; ///< one line per broken promise
    QStringList notes;    ///< facts worth printing that do not fail the check
};

Result<QJsonObject> loadTruth(const QString &path);

Verdict check(const RunResult &run, const QJsonObject &truth);

} // namespace truthcheck
