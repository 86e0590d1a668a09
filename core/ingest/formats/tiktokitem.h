#pragma once

#include <QByteArrayView>
#include <QJsonObject>

#include "core/ingest/formats/capturerecord.h"

/// Maps a TikTok itemStruct (formats README §2a): what Zeeschuimer keeps under `data`, what 4CAT
/// re-exports with `__import_meta`, and what TikTok-Api's `video.as_dict` dumps (§5). `Object` is
/// QJsonObject or jsonlite::Object (the Zeeschuimer hot path).
template <typename Object>
void mapTikTokItem(const Object &item, CaptureRecord &record);
extern template void mapTikTokItem<QJsonObject>(const QJsonObject &, CaptureRecord &);
extern template void mapTikTokItem<jsonlite::Object>(const jsonlite::Object &, CaptureRecord &);

/// The keys of an itemStruct that mapTikTokItem() reads: a reader may drop the others (music,
/// video, authorStats…) before parsing. Keep in step with mapTikTokItem().
inline constexpr QByteArrayView kTikTokItemKeys[] = {
    "id", "desc", "createTime", "author", "nickname", "textExtra", "challenges", "contents",
    "stats", "statsV2", "locationCreated", "textLanguage",
};
