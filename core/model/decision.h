#pragma once

#include <QJsonObject>
#include <QString>

/// One recorded decision of a pipeline run (SPEC section 4): which stage decided what about
/// which subject, by which rule, on which values, with which outcome.
struct Decision
{
    QString stage;   ///< "window", "hashtag_stats", "clustering", "metrics", "validation", "tiles"
    QString subject; ///< "tag:matcha", "edge:matcha|抹茶", "cluster:<trend_id>", "run"
    QString rule;    ///< config key or formula name: "clustering.min_posts", "growth"
    QJsonObject values; ///< inputs and thresholds, e.g. {"posts": 2, "threshold": 3}
    QString outcome;    ///< "dropped", "kept", "rejected", "split", "formed", "computed", "passed", "failed", "chosen"
    QString message;    ///< one human-readable sentence quoting the formula text with its values
};
