#include "core/storage/postgres/pgprojectstore.h"

#include "core/storage/postgres/pgpool.h"

using namespace Qt::StringLiterals;

Result<QMap<QString, QString>> PgProjectStore::settings() const
{
    auto connection = m_pool->acquire();
    if (!connection)
        return connection.error();
    auto r = connection.value()->prepared("settings_all", u"SELECT key, value FROM project_settings"_s, PgParams(),
                                          u"read project settings"_s);
    if (!r)
        return r.error();
    QMap<QString, QString> values;
    for (int i = 0; i < r.value().rows(); ++i)
        values.insert(r.value().text(i, 0), r.value().text(i, 1));
    return values;
}

Status PgProjectStore::saveSettings(const QMap<QString, QString> &values)
{
    auto connection = m_pool->acquire();
    if (!connection)
        return connection.error();
    PgConnection &c = *connection.value();
    if (Status begun = c.execute(u"BEGIN"_s, u"begin"_s); !begun)
        return begun;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        auto saved = c.prepared("settings_save",
                                u"INSERT INTO project_settings (key, value) VALUES ($1, $2) "
                                "ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s,
                                PgParams().add(it.key()).add(it.value()), u"save project setting %1"_s.arg(it.key()));
        if (!saved)
            return saved.error(); // the pool rolls back
    }
    return c.execute(u"COMMIT"_s, u"commit project settings"_s);
}

Status PgProjectStore::saveCopy(const QString &path) const
{
    return Error{u"unsupported"_s,
                 u"%1: a PostgreSQL project is not copied into a file; use pg_dump"_s.arg(path), {}};
}
