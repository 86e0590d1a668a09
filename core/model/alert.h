#pragma once

#include <optional>

#include <QString>
#include <QStringList>

/// An alert a stored run raised (issue 12): a watched tag became part of a trend (`watched_tag`), or a
/// trend reached act_now (`act_now`). Sent once per (trend, reason), even across restarts.
struct Alert
{
    QString trendId;
    QString reason; ///< "watched_tag" or "act_now"
    QString runId;
    qint64 asOfMs = 0;
    QString title;
    QString urgency;
    std::optional<double> growth;
    QStringList watched; ///< for watched_tag: the trend's tags that matched the watch list
};

/// An alert as stored, with the state of its webhook delivery.
struct AlertRecord
{
    qint64 id = 0; ///< increasing in the order alerts were raised
    Alert alert;
    qint64 createdAtMs = 0;
    bool delivered = false; ///< every webhook URL accepted it (stays false when there is no URL to send to)
    int attempts = 0;       ///< POST rounds made so far
};
