#pragma once

#include <QStringList>

#include "core/model/runresult.h"

namespace testdata {

/// The cluster whose anchor is `anchor`, or nullptr.
inline const ClusterResult *clusterByAnchor(const RunResult &run, const QString &anchor)
{
    for (const ClusterResult &c : run.clusters)
        if (c.anchor == anchor)
            return &c;
    return nullptr;
}

/// The decisions of `subject` (and, when given, of `rule`).
inline std::vector<Decision> decisionsOf(const RunResult &run, const QString &subject, const QString &rule = {})
{
    std::vector<Decision> out;
    for (const Decision &d : run.decisions)
        if (d.subject == subject && (rule.isEmpty() || d.rule == rule))
            out.push_back(d);
    return out;
}

inline const FormulaTrace *trace(const ClusterResult &c, const QString &name)
{
    for (const FormulaTrace &t : c.formulas)
        if (t.name == name)
            return &t;
    return nullptr;
}

inline const ValidationCheck *check(const ClusterResult &c, const QString &name)
{
    for (const ValidationCheck &v : c.checks)
        if (v.name == name)
            return &v;
    return nullptr;
}

} // namespace testdata
