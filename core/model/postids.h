#pragma once

#include <initializer_list>

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

/// The source ids of a Dataset's posts, parallel to Dataset::posts: UTF-8 in one buffer with an end offset per id.
/// A million ids are a few allocations instead of a million QStrings scattered over the heap (and half the
/// memory); the pipeline reads them in order, and makes a QString only for the posts it shows.
///
/// Everything behaves as a QStringList of the same ids would: the text of an id is exactly what QString::fromUtf8
/// gives for the bytes appended (damaged UTF-8 is stored as repaired, a leading byte order mark dropped), the bytes
/// kept are exactly the UTF-8 of that text, and ids compare in QString's order (UTF-16 code units, which differs
/// from UTF-8 byte order above U+FFFF). Copies share the buffers, like Qt's containers.
class PostIds
{
public:
    PostIds() = default;
    PostIds(std::initializer_list<QString> ids);
    static PostIds fromList(const QStringList &ids);

    qsizetype size() const { return m_ends.size(); }
    bool isEmpty() const { return m_ends.isEmpty(); }
    /// Room for `ids` ids of `bytes` UTF-8 bytes in all, as QList::reserve.
    void reserve(qsizetype ids, qsizetype bytes);
    /// The UTF-8 bytes of all ids.
    qsizetype byteSize() const { return m_bytes.size(); }
    /// Gives back unused capacity.
    void squeeze();

    /// Appends an id read as UTF-8 (from the database or a block).
    void append(QByteArrayView utf8);
    /// Kept as its UTF-8: an id with a lone surrogate (which no database holds either) reads back as
    /// QString::fromUtf8(id.toUtf8()).
    void append(QStringView id);
    void append(const QString &id) { append(QStringView(id)); }
    /// Appends every id of `other`.
    void append(const PostIds &other);
    /// Appends id `i` of `other`.
    void appendFrom(const PostIds &other, qsizetype i) { appendValid(other.utf8(i)); }

    /// Ids [pos, pos + n).
    PostIds sliced(qsizetype pos, qsizetype n) const;

    /// Id `i` as UTF-8, valid until this list changes.
    QByteArrayView utf8(qsizetype i) const
    {
        const qsizetype begin = i == 0 ? 0 : m_ends[i - 1];
        return QByteArrayView(m_bytes.constData() + begin, m_ends[i] - begin);
    }
    QString at(qsizetype i) const { return text(utf8(i)); }
    /// at(i), or an empty string when `i` is out of range.
    QString value(qsizetype i) const { return i >= 0 && i < size() ? at(i) : QString(); }
    QStringList toList() const;

    /// The QString of bytes this list holds: unlike QString::fromUtf8, keeps a leading U+FEFF (the id appended
    /// as a QString began with one).
    static QString text(QByteArrayView utf8);

    /// Whether `bytes` are all ASCII (then an id's UTF-16 units are its bytes, widened).
    static bool isAscii(QByteArrayView bytes);

    /// Id a < id b, in QString's order.
    bool less(qsizetype a, qsizetype b) const { return lessUtf16(utf8(a), utf8(b)); }
    /// Valid UTF-8 `a` < `b` as their QStrings compare (UTF-16 code units).
    static bool lessUtf16(QByteArrayView a, QByteArrayView b);

    friend bool operator==(const PostIds &a, const PostIds &b) { return a.m_ends == b.m_ends && a.m_bytes == b.m_bytes; }
    friend bool operator!=(const PostIds &a, const PostIds &b) { return !(a == b); }

private:
    /// Appends bytes known to be valid UTF-8.
    void appendValid(QByteArrayView utf8);

    QByteArray m_bytes;
    QList<qsizetype> m_ends; ///< id i is m_bytes[m_ends[i - 1], m_ends[i]) (from 0 for the first)
};
