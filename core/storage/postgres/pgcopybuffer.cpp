#include "core/storage/postgres/pgcopybuffer.h"

#include <QtEndian>

PgCopyBuffer::PgCopyBuffer()
{
    static const char header[] = "PGCOPY\n\377\r\n\0\0\0\0\0\0\0\0\0";
    m_data.append(header, 19);
}

void PgCopyBuffer::beginRow(int fields)
{
    char b[2];
    qToBigEndian<qint16>(qint16(fields), b);
    m_data.append(b, 2);
    ++m_rows;
}

void PgCopyBuffer::addNull()
{
    char b[4];
    qToBigEndian<qint32>(-1, b);
    m_data.append(b, 4);
}

void PgCopyBuffer::add(qint64 value)
{
    char b[12];
    qToBigEndian<qint32>(8, b);
    qToBigEndian<qint64>(value, b + 4);
    m_data.append(b, 12);
}

void PgCopyBuffer::addInt32(qint32 value)
{
    char b[8];
    qToBigEndian<qint32>(4, b);
    qToBigEndian<qint32>(value, b + 4);
    m_data.append(b, 8);
}

void PgCopyBuffer::addBool(bool value)
{
    char b[5];
    qToBigEndian<qint32>(1, b);
    b[4] = value ? 1 : 0;
    m_data.append(b, 5);
}

void PgCopyBuffer::addBytes(const char *data, int size)
{
    char b[4];
    qToBigEndian<qint32>(size, b);
    m_data.append(b, 4);
    m_data.append(data, size);
}

void PgCopyBuffer::addText(const char *data, int size, bool emptyIsNull)
{
    if (size == 0 && emptyIsNull)
        addNull();
    else
        addBytes(data, size);
}

void PgCopyBuffer::addText(const QString &text, bool emptyIsNull)
{
    const QByteArray utf8 = text.toUtf8();
    addText(utf8.constData(), int(utf8.size()), emptyIsNull);
}

const QByteArray &PgCopyBuffer::finish()
{
    char b[2];
    qToBigEndian<qint16>(-1, b);
    m_data.append(b, 2);
    return m_data;
}
