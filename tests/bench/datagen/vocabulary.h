#pragma once

#include <cstdint>
#include <vector>

#include <QSet>
#include <QString>
#include <QStringList>

class Rng;

/// A group of background tags that posts use together ("SummerRecipe", "夏日美食", …). Posts pick
/// 1–4 of a family's tags, weighted, so the pipeline sees realistic co-occurrence clusters.
struct TagFamily
{
    QStringList display;            ///< as creators write it ("SummerRecipe"); normalized = toLower()
    std::vector<double> cumulative; ///< cumulative tag weights (Zipf inside the family)
    double cnShare = 0.5;           ///< share of its posts on Chinese platforms (zh tags lean there)
};

/// The background vocabulary: tag families with Zipf volumes, long-tail rare tags, stoplisted
/// tags, caption phrases and creator attributes. Built once from its own random stream; it never
/// produces a tag of the planted items (checked against `reserved`), so background clusters cannot
/// connect to planted trends or decoys.
class Vocabulary
{
public:
    Vocabulary(int familyCount, std::uint64_t seed, const QSet<QString> &reserved);

    int familyCount() const { return int(m_families.size()); }
    int tagCount() const { return m_tagCount; }
    const TagFamily &family(int index) const { return m_families[size_t(index)]; }

    /// A family, weighted by volume (Zipf over families).
    int pickFamily(Rng &rng) const;

    /// A tag of the family, weighted (display spelling).
    const QString &pickTag(const TagFamily &family, Rng &rng) const;

    /// A long-tail tag ("lemontour417"): drawn from a vocabulary of `size` names, most used once or
    /// twice, so min_posts drops them; never equal to a family or planted tag (3-digit suffix).
    QString rareTag(std::int64_t index) const;

    /// A stoplisted tag (SPEC section 3 default stoplist) fitting the platform.
    QString stoplistTag(const QString &platform, Rng &rng) const;

    /// A caption phrase in Chinese or English.
    QString phrase(bool chinese, Rng &rng) const;

    /// A creator's display name, stable for (platform, index).
    QString creatorName(int platformIndex, std::int64_t creator) const;

private:
    std::vector<TagFamily> m_families;
    std::vector<double> m_familyCumulative;
    int m_tagCount = 0;
};
