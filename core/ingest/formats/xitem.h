#pragma once

#include <optional>

#include <QJsonObject>
#include <QStringView>

#include "core/ingest/formats/capturerecord.h"

/// Maps one X (Twitter) tweet (formats README §2e): GraphQL (`rest_id` + `legacy`), the
/// `TweetWithVisibilityResults` wrapper, or a legacy/adaptive tweet object (`id_str`). The id is
/// always `rest_id`/`id_str`, never the numeric `id`, which Zeeschuimer may have rounded.
void mapXItem(const QJsonObject &item, CaptureRecord &record);

/// X's "Wed Feb 25 16:42:10 +0000 2026" (`%a %b %d %H:%M:%S %z %Y`) as UTC ms; nullopt if malformed.
std::optional<qint64> parseXTime(QStringView text);
