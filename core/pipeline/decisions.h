#pragma once

#include <vector>

#include <QJsonObject>
#include <QString>

#include "core/model/decision.h"

/// The names the decision log uses (SPEC section 4), and one way to append a record. The constants
/// are implicitly shared, so a decision costs only its subject, values and message.
namespace decisions {

inline const QString kStageWindow = QStringLiteral("window");
inline const QString kStageHashtagStats = QStringLiteral("hashtag_stats");
inline const QString kStageClustering = QStringLiteral("clustering");
inline const QString kStageMetrics = QStringLiteral("metrics");
inline const QString kStageValidation = QStringLiteral("validation");
inline const QString kStageTiles = QStringLiteral("tiles");

inline const QString kDropped = QStringLiteral("dropped");
inline const QString kKept = QStringLiteral("kept");
inline const QString kRejected = QStringLiteral("rejected");
inline const QString kSplit = QStringLiteral("split");
inline const QString kFormed = QStringLiteral("formed");
inline const QString kComputed = QStringLiteral("computed");
inline const QString kPassed = QStringLiteral("passed");
inline const QString kFailed = QStringLiteral("failed");
inline const QString kChosen = QStringLiteral("chosen");

inline void add(std::vector<Decision> &log, const QString &stage, QString subject, const QString &rule,
                QJsonObject values, const QString &outcome, QString message)
{
    log.push_back(Decision{stage, std::move(subject), rule, std::move(values), outcome, std::move(message)});
}

} // namespace decisions
