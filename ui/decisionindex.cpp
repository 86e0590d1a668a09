#include "ui/decisionindex.h"

#include <algorithm>

#include <QHash>

DecisionIndex::DecisionIndex(const std::vector<Decision> &log)
{
    m_entries.reserve(log.size());
    for (size_t i = 0; i < log.size(); ++i)
        m_entries.emplace_back(qHash(log[i].subject), int(i));
    std::sort(m_entries.begin(), m_entries.end());
}

void DecisionIndex::appendTo(const std::vector<Decision> &log, const QString &subject, std::vector<int> &out) const
{
    const size_t hash = qHash(subject);
    auto it = std::lower_bound(m_entries.begin(), m_entries.end(), std::make_pair(hash, -1));
    for (; it != m_entries.end() && it->first == hash; ++it) {
        const size_t i = size_t(it->second);
        if (i < log.size() && log[i].subject == subject) // another subject with the same hash
            out.push_back(it->second);
    }
}

std::vector<int> DecisionIndex::find(const std::vector<Decision> &log, const QString &subject) const
{
    std::vector<int> out;
    appendTo(log, subject, out);
    return out;
}
