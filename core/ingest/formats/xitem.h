#pragma once

#include <QJsonObject>

#include "core/ingest/formats/capturerecord.h"

/// Maps one X (Twitter) tweet (formats README §2e): GraphQL (`rest_id` + `legacy`), the
/// `TweetWithVisibilityResults` wrapper, or a legacy/adaptive tweet object (`id_str`). The id is
/// always `rest_id`/`id_str`, never the numeric `id`, which Zeeschuimer may have rounded.
void mapXItem(const QJsonObject &item, CaptureRecord &record);
