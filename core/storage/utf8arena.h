#pragma once

#include <initializer_list>
#include <utility>
#include <vector>

#include <QString>
#include <QStringEncoder>

#include "core/storage/sqlitestatement.h"

/// UTF-8 copies of one record's strings in one reused buffer, bound without further copies: a
/// million-post import would otherwise spend more time in malloc than in SQLite.
class Utf8Arena
{
public:
    /// Encodes every string (reserving first, so earlier pointers stay valid); views index `texts`.
    void encode(std::initializer_list<const QString *> texts)
    {
        qsizetype need = 0;
        for (const QString *text : texts)
            need += m_encoder.requiredSpace(text->size());
        if (qsizetype(m_buffer.size()) < need)
            m_buffer.resize(std::size_t(need) * 2);
        m_views.clear();
        char *out = m_buffer.data();
        for (const QString *text : texts) {
            char *end = m_encoder.appendToBuffer(out, *text);
            m_views.push_back({out, int(end - out)});
            out = end;
        }
    }

    void bind(SqliteStatement &statement, int parameter, std::size_t text, bool emptyIsNull = true) const
    {
        statement.bindUtf8(parameter, m_views[text].first, m_views[text].second, emptyIsNull);
    }

private:
    QStringEncoder m_encoder{QStringEncoder::Utf8, QStringConverter::Flag::Stateless};
    std::vector<char> m_buffer;
    std::vector<std::pair<const char *, int>> m_views;
};
