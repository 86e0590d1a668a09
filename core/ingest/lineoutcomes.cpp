#include "core/ingest/lineoutcomes.h"

Status LineOutcomes::accept(Post &&post)
{
    m_entries.push_back(Entry{Entry::Kind::Accept, m_line, m_line, -1, {}, {}});
    m_posts.push_back(std::move(post));
    return Ok{};
}

void LineOutcomes::reject(qint64 line, const QString &field, const QString &reason, qint64 index)
{
    m_entries.push_back(Entry{Entry::Kind::Reject, m_line, line, index, field, reason});
}

void LineOutcomes::countFormat(const QString &format)
{
    m_entries.push_back(Entry{Entry::Kind::Format, m_line, m_line, -1, format, {}});
}

void LineOutcomes::countComment(const QString &parentId)
{
    m_entries.push_back(Entry{Entry::Kind::Comment, m_line, m_line, -1, parentId, {}});
}

Status LineOutcomes::replay(ReadSession &session)
{
    Status status = Ok{};
    std::size_t post = 0;
    qint64 line = -1;
    for (Entry &entry : m_entries) {
        if (entry.group != line) {
            if (session.cancelled())
                break;
            line = entry.group;
        }
        if (entry.kind == Entry::Kind::Accept) {
            status = session.accept(std::move(m_posts[post++]));
            if (!status.ok())
                break;
        } else if (entry.kind == Entry::Kind::Reject) {
            session.reject(entry.line, entry.field, entry.reason, entry.index);
        } else if (entry.kind == Entry::Kind::Comment) {
            session.countComment(entry.field);
        } else {
            session.countFormat(entry.field);
        }
    }
    m_entries.clear();
    m_posts.clear();
    return status;
}
