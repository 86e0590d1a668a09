#pragma once

#include <vector>

#include <QString>
#include <QStringList>

/// How an item's posts are spread inside the current window.
enum class WindowShape {
    Uniform, ///< like the background (with the daily rhythm)
    Ramp,    ///< density grows towards as_of (an emerging trend)
    Burst,   ///< all in the last few hours (a spam run)
    Local,   ///< a few hours in the middle of the window (a local event)
};

/// A planted trend or decoy: its tags, where and by whom it is posted, and exactly how many posts
/// fall in each window. The generator posts exactly these counts, so the truth file can state them.
struct PlantedItem
{
    QString name;             ///< "matcha_latte", "spam_burst", …
    QString kind;             ///< "trend", "spam_burst", "tiny_burst", "steady", "peaked"
    QStringList displayTags;  ///< as creators spell them; the normalized tag is toLower()
    std::vector<double> tagProbability; ///< chance that a post carries each tag (index 0 leads)
    QStringList platforms;    ///< posted on these (SPEC slugs)
    std::vector<qint64> postsPerWindow; ///< oldest baseline window first, current window last
    WindowShape shape = WindowShape::Uniform;

    /// > 0: the item has its own `ownCreators` accounts (spam account, local creators) instead of
    /// drawing from the platforms' creator pools.
    int ownCreators = 0;
    QStringList ownRegions; ///< non-empty: posts carry one of these regions instead of the creator's

    QStringList mustFail; ///< decoys: the validation checks that must fail (SPEC section 3 names)
    QStringList mayFail;  ///< decoys: checks that may also fail, depending on size
    QString why;          ///< one sentence for the truth file and the README

    qint64 totalPosts() const
    {
        qint64 n = 0;
        for (const qint64 c : postsPerWindow)
            n += c;
        return n;
    }
};
