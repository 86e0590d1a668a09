#pragma once

#include <vector>

#include <QByteArray>
#include <QString>
#include <QStringList>

#include "core/model/result.h"
#include "core/model/runresult.h"

/// How a stored run's columns are written and read, the same on every backend: parameters and
/// baseline windows as compact JSON text, each cluster as qCompress'ed JSON of runjson's evidence
/// form (RunEncoder), the cluster's platforms as ",a,b," (one platform matched with LIKE '%,a,%').
namespace runencoding {

/// A cluster from its stored form (RunEncoder makes it): qCompress'ed JSON, or plain JSON text when `compressed` is
/// false (SQLite runs stored before schema 3).
Result<ClusterResult> clusterFrom(const QByteArray &stored, bool compressed = true);

QString paramsJson(const RunResult &run);
QString baselineJson(const RunResult &run);
/// Fills run.params from `params` and run.baselineWindows from `baseline` (null: none stored).
Status readParams(RunResult &run, const QString &params, const QString &baseline);

QString platformList(const QStringList &platforms);
/// A LIKE pattern matching `text` anywhere, with LIKE's wildcards escaped by '\'.
QString containsPattern(const QString &text);

} // namespace runencoding
