#include "core/storage/postgres/pgparams.h"

PgParams &PgParams::add(qint64 value)
{
    m_storage.push_back(QByteArray::number(value));
    m_null.push_back(false);
    m_lengths.push_back(0);
    m_formats.push_back(0);
    return *this;
}

PgParams &PgParams::add(const QString &text)
{
    m_storage.push_back(text.toUtf8());
    m_null.push_back(false);
    m_lengths.push_back(0);
    m_formats.push_back(0);
    return *this;
}

PgParams &PgParams::addUtf8(const char *data, int size)
{
    m_storage.push_back(QByteArray(data, size));
    m_null.push_back(false);
    m_lengths.push_back(0);
    m_formats.push_back(0);
    return *this;
}

PgParams &PgParams::addNull()
{
    m_storage.emplace_back();
    m_null.push_back(true);
    m_lengths.push_back(0);
    m_formats.push_back(0);
    return *this;
}

PgParams &PgParams::addBinary(QByteArray bytes)
{
    m_lengths.push_back(int(bytes.size()));
    m_storage.push_back(std::move(bytes));
    m_null.push_back(false);
    m_formats.push_back(1);
    return *this;
}

PgParams &PgParams::addTextArray(const QStringList &values)
{
    QByteArray literal = "{";
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (i > 0)
            literal += ',';
        literal += '"';
        for (char c : values[i].toUtf8()) {
            if (c == '"' || c == '\\')
                literal += '\\';
            literal += c;
        }
        literal += '"';
    }
    literal += '}';
    m_storage.push_back(std::move(literal));
    m_null.push_back(false);
    m_lengths.push_back(0);
    m_formats.push_back(0);
    return *this;
}

PgParams &PgParams::addIntArray(const std::vector<qint64> &values)
{
    QByteArray literal = "{";
    for (std::size_t i = 0; i < values.size(); ++i) {
        if (i > 0)
            literal += ',';
        literal += QByteArray::number(values[i]);
    }
    literal += '}';
    m_storage.push_back(std::move(literal));
    m_null.push_back(false);
    m_lengths.push_back(0);
    m_formats.push_back(0);
    return *this;
}

const char *const *PgParams::values() const
{
    m_values.clear();
    for (std::size_t i = 0; i < m_storage.size(); ++i)
        m_values.push_back(m_null[i] ? nullptr : m_storage[i].constData());
    return m_values.data();
}
