#include "core/model/postids.h"

#include <algorithm>
#include <cstring>

namespace {

const QByteArrayView kByteOrderMark("\xef\xbb\xbf");

} // namespace

bool PostIds::isAscii(QByteArrayView bytes)
{
    unsigned char any = 0;
    for (const char c : bytes)
        any |= static_cast<unsigned char>(c);
    return any < 0x80;
}

QString PostIds::text(QByteArrayView utf8)
{
    QString out = QString::fromUtf8(utf8);
    if (utf8.startsWith(kByteOrderMark))
        out.prepend(QChar(0xfeff)); // QString::fromUtf8 dropped it
    return out;
}

PostIds::PostIds(std::initializer_list<QString> ids)
{
    for (const QString &id : ids)
        append(id);
}

PostIds PostIds::fromList(const QStringList &ids)
{
    PostIds out;
    out.m_ends.reserve(ids.size());
    for (const QString &id : ids)
        out.append(id);
    return out;
}

void PostIds::reserve(qsizetype ids, qsizetype bytes)
{
    m_ends.reserve(ids);
    m_bytes.reserve(bytes);
}

void PostIds::squeeze()
{
    m_ends.squeeze();
    m_bytes.squeeze();
}

void PostIds::appendValid(QByteArrayView utf8)
{
    m_bytes.append(utf8);
    m_ends.append(m_bytes.size());
}

void PostIds::append(QByteArrayView utf8)
{
    if (utf8.startsWith(kByteOrderMark))
        utf8 = utf8.sliced(kByteOrderMark.size()); // as QString::fromUtf8 reads it
    if (isAscii(utf8) || utf8.isValidUtf8())
        appendValid(utf8);
    else
        append(text(utf8)); // repaired as QString::fromUtf8 repairs it
}

void PostIds::append(QStringView id)
{
    appendValid(id.toUtf8());
}

void PostIds::append(const PostIds &other)
{
    if (other.isEmpty())
        return;
    if (isEmpty()) {
        *this = other; // shared
        return;
    }
    const qsizetype base = m_bytes.size();
    m_bytes.append(other.m_bytes);
    m_ends.reserve(m_ends.size() + other.m_ends.size());
    for (const qsizetype end : other.m_ends)
        m_ends.append(base + end);
}

PostIds PostIds::sliced(qsizetype pos, qsizetype n) const
{
    PostIds out;
    if (n <= 0)
        return out;
    const qsizetype begin = pos == 0 ? 0 : m_ends[pos - 1];
    const qsizetype end = m_ends[pos + n - 1];
    out.m_bytes = m_bytes.sliced(begin, end - begin);
    out.m_ends.reserve(n);
    for (qsizetype i = pos; i < pos + n; ++i)
        out.m_ends.append(m_ends[i] - begin);
    return out;
}

QStringList PostIds::toList() const
{
    QStringList out;
    out.reserve(size());
    for (qsizetype i = 0; i < size(); ++i)
        out.append(at(i));
    return out;
}

bool PostIds::lessUtf16(QByteArrayView a, QByteArrayView b)
{
    const qsizetype common = std::min(a.size(), b.size());
    const auto *x = reinterpret_cast<const unsigned char *>(a.data());
    const auto *y = reinterpret_cast<const unsigned char *>(b.data());
    const auto at = std::mismatch(x, x + common, y).first;
    if (at == x + common)
        return a.size() < b.size();
    unsigned int cx = *at;
    unsigned int cy = y[at - x];
    // UTF-8 bytes order code points; UTF-16 puts U+E000…U+FFFF (lead bytes EE, EF) after the surrogate pairs of
    // U+10000 on (lead bytes F0…F4). Bytes before the first difference are equal, so a difference between two
    // bytes from EE on is one between two lead bytes.
    if (cx >= 0xEE && cy >= 0xEE) {
        cx = cx <= 0xEF ? cx + 0x10 : cx;
        cy = cy <= 0xEF ? cy + 0x10 : cy;
    }
    return cx < cy;
}
