#pragma once

#include <vector>

#include <QByteArray>
#include <QString>
#include <QStringList>

/// Parameters of one statement: text format, except binary values (bytea).
class PgParams
{
public:
    PgParams &add(qint64 value);
    PgParams &add(const QString &text);
    PgParams &addUtf8(const char *data, int size);
    PgParams &addNull();
    PgParams &addBinary(QByteArray bytes);
    /// A text[] literal; an empty list is '{}'.
    PgParams &addTextArray(const QStringList &values);
    /// A bigint[] literal.
    PgParams &addIntArray(const std::vector<qint64> &values);

    int count() const { return int(m_values.size()); }
    const char *const *values() const;
    const int *lengths() const { return m_lengths.data(); }
    const int *formats() const { return m_formats.data(); }

private:
    std::vector<QByteArray> m_storage;
    std::vector<bool> m_null;
    std::vector<int> m_lengths;
    std::vector<int> m_formats;
    mutable std::vector<const char *> m_values;
};
