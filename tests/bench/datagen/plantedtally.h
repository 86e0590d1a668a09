#pragma once

#include <vector>

#include <QMap>
#include <QSet>
#include <QString>

/// What the generator actually wrote for one planted item, counted while streaming, so the truth
/// states facts about the file rather than intentions.
struct PlantedTally
{
    std::vector<qint64> postsPerWindow;  ///< oldest baseline window first
    QMap<QString, qint64> tagPostsInWindow; ///< normalized tag → posts in the current window
    QSet<QString> platforms;             ///< current window
    QSet<QString> regions;               ///< current window, non-empty
    QSet<QString> creators;              ///< current window, "platform/creator_id"
    qint64 engagementInWindow = 0;
};

/// Counters of the whole file, for the truth's "background" section and the README's claims.
struct GeneratorStats
{
    qint64 lines = 0;
    qint64 duplicates = 0;
    qint64 backgroundPosts = 0;
    std::vector<qint64> backgroundPerWindow;
    qint64 withoutHashtags = 0;
    qint64 hashtagsInTextOnly = 0;
    qint64 unknownViews = 0;
    qint64 stringCounts = 0;
    qint64 stoplistTags = 0;
    qint64 rareTags = 0;
    QMap<QString, qint64> perPlatform;
    QMap<QString, qint64> perTimeStyle;
    qint64 bytes = 0;
};
