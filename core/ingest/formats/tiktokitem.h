#pragma once

#include <QJsonObject>

#include "core/ingest/formats/capturerecord.h"

/// Maps a TikTok itemStruct (formats README §2a): what Zeeschuimer keeps under `data`, what 4CAT
/// re-exports with `__import_meta`, and what TikTok-Api's `video.as_dict` dumps (§5).
void mapTikTokItem(const QJsonObject &item, CaptureRecord &record);
