#pragma once

#include <QString>
#include <QStringList>

#include "core/model/dataset.h"

namespace testdata {

/// 2025-06-01T00:00:00Z: the as_of of every pipeline test.
inline constexpr qint64 kAsOf = 1748736000000;
inline constexpr qint64 kHour = 3'600'000;

/// One post as a test reads it, written fluently: `Row().on(u"weibo"_s).by(u"ann"_s).in(u"CN"_s)
/// .tags({u"matcha"_s}).hoursAgo(2).likes(10).views(100)`. Time is hours before as_of (0.5 = 30 minutes).
struct Row
{
    QString platform = QStringLiteral("tiktok");
    QString postId;  ///< "p<n>" when empty
    QString creator; ///< "c<n>" (one creator per post) when empty
    QString region;
    QStringList tagList;
    double hours = 1;
    qint64 likeCount = 0;
    qint64 commentCount = 0;
    qint64 shareCount = 0;
    qint64 saveCount = 0;
    qint64 viewCount = -1; ///< -1 = unknown
    qint64 rowId = 0;      ///< storage row; the builder numbers rows in the order added, whatever the load order

    Row &on(const QString &p) { platform = p; return *this; }
    Row &id(const QString &i) { postId = i; return *this; }
    Row &by(const QString &c) { creator = c; return *this; }
    Row &in(const QString &r) { region = r; return *this; }
    Row &tags(const QStringList &t) { tagList = t; return *this; }
    Row &hoursAgo(double h) { hours = h; return *this; }
    Row &likes(qint64 n) { likeCount = n; return *this; }
    Row &comments(qint64 n) { commentCount = n; return *this; }
    Row &shares(qint64 n) { shareCount = n; return *this; }
    Row &saves(qint64 n) { saveCount = n; return *this; }
    Row &views(qint64 n) { viewCount = n; return *this; }
};

/// Builds Datasets from readable rows, interning strings the way storage does (in load order), so tests can also
/// load the same posts in another order and check that nothing depends on it.
class DatasetBuilder
{
public:
    DatasetBuilder &add(const Row &row);
    /// n copies of `row`, each with its own id and (when row.creator is empty) its own creator.
    DatasetBuilder &add(int n, const Row &row);

    Dataset build() const;         ///< in the order added
    Dataset buildReversed() const; ///< the same posts loaded in reverse order
    Dataset buildShuffled(unsigned seed) const;

    int size() const { return int(m_rows.size()); }

private:
    Dataset buildFrom(const QList<Row> &rows) const;

    QList<Row> m_rows;
};

} // namespace testdata
