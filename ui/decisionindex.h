#pragma once

#include <utility>
#include <vector>

#include <QString>

#include "core/model/decision.h"

/// Where each subject's decisions are in a run's decision log, so that a trend's decisions are
/// listed on selection without scanning the log on the GUI thread. Built on the worker with the
/// run: one (hash of the subject, log index) pair per decision, sorted — a single allocation and
/// a sort, where a hash table of lists cost a node per subject (~80 ms for 90k decisions at 1M
/// posts). A lookup is a binary search on the hash, checked against the subject's text.
class DecisionIndex
{
public:
    DecisionIndex() = default;
    explicit DecisionIndex(const std::vector<Decision> &log);

    /// Appends the log indices of `subject`'s decisions to `out`, in log order. `log` is the one
    /// the index was built from.
    void appendTo(const std::vector<Decision> &log, const QString &subject, std::vector<int> &out) const;
    /// The log indices of `subject`'s decisions, in log order.
    std::vector<int> find(const std::vector<Decision> &log, const QString &subject) const;

private:
    std::vector<std::pair<size_t, int>> m_entries; ///< (qHash(subject), log index), sorted
};
