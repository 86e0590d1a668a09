#pragma once

#include <QJsonObject>
#include <QLatin1StringView>

#include "core/ingest/formats/capturerecord.h"

/// Maps one Douyin item (formats README §2c), API JSON (snake_case) or HTML-embedded (camelCase,
/// `ZS_collected_from_embed`), and returns the shape's name: "api", "embed", or "live" for a live
/// room, which is not a post and is left without an id.
QLatin1StringView mapDouyinItem(const QJsonObject &item, CaptureRecord &record);
