#include "core/storage/nameids.h"

using namespace Qt::StringLiterals;

NameIds::NameIds(QString table, const QHash<QString, qint64> &committed)
    : m_table(std::move(table)), m_committed(committed)
{
}

Status NameIds::prepare(sqlite3 *db)
{
    if (Status s = m_insert.prepare(db, u"INSERT INTO %1 (name) VALUES (?) ON CONFLICT (name) DO NOTHING"_s.arg(m_table));
        !s)
        return s;
    return m_select.prepare(db, u"SELECT id FROM %1 WHERE name = ?"_s.arg(m_table));
}

Result<qint64> NameIds::id(const QString &name)
{
    if (auto it = m_committed.constFind(name); it != m_committed.cend())
        return it.value();
    if (auto it = m_fresh.constFind(name); it != m_fresh.cend())
        return it.value();
    m_insert.bindText(1, name);
    if (Status inserted = m_insert.run(); !inserted)
        return inserted.error();
    m_select.bindText(1, name);
    auto row = m_select.step();
    if (!row || !row.value()) {
        m_select.reset();
        return row ? m_select.error(u"look up %1"_s.arg(m_table)) : row.error();
    }
    const qint64 id = m_select.int64(0);
    m_select.reset();
    m_fresh.insert(name, id);
    return id;
}
