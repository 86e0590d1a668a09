#pragma once

#include <QJsonObject>
#include <QLatin1StringView>

#include "core/ingest/formats/capturerecord.h"

/// Maps one Xiaohongshu (RedNote) item in any of its shapes (formats README §2b) and returns the
/// shape's name for the import summary: "search" (search/feed item, relative date), "note" (post
/// page `note`), "api" (snake_case feed/detail JSON), "html" (a scraped card). A bare feed tile with none of
/// `note_card`/`note`/`user`/`note_id` is returned as "tile" with the record left without an id.
QLatin1StringView mapXiaohongshuItem(const QJsonObject &item, CaptureRecord &record);

/// "title\ndesc" unless one repeats the other: XHS and MediaCrawler keep both, and the tags may sit
/// in either.
QString xiaohongshuText(const QString &title, const QString &desc);
