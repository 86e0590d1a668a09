#pragma once

#include <vector>

#include <QString>

#include "core/model/runresult.h"

/// Which decisions of a run to list. Empty fields match everything; `text` is a case-insensitive
/// substring of the subject, rule or message. Pure and cheap to copy, so it runs on a worker.
struct DecisionFilter
{
    QString stage;
    QString subject; ///< prefix: "tag:" lists every tag decision, "tag:matcha" one tag's
    QString outcome;
    QString text;

    bool isEmpty() const { return stage.isEmpty() && subject.isEmpty() && outcome.isEmpty() && text.isEmpty(); }
    bool matches(const Decision &decision) const;
    /// Indices into run.decisions that match, in log order.
    std::vector<int> apply(const RunResult &run) const;

    bool operator==(const DecisionFilter &) const = default;
};
