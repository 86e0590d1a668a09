#pragma once

#include <QJsonObject>
#include <QString>

#include "core/ingest/formats/capturerecord.h"

/// Maps one MediaCrawler `contents` record (formats README §4) for Xiaohongshu (`note_id` +
/// `time`/`desc`), Douyin (`aweme_id`) or Weibo (`note_id` + `content`), in the legacy
/// schema (`user_id`, `ip_location`) or the 2026 one (`creator_hash`, masked `nickname`). CSV rows
/// come in as objects of strings. Returns the name counted in the import summary, e.g.
/// "mediacrawler-douyin" or "mediacrawler-xhs-legacy"; empty when the record is none of these.
QString mapMediaCrawlerRecord(const QJsonObject &record, CaptureRecord &out);

/// Which MediaCrawler platform a record's keys say ("xhs", "douyin", "weibo"), or empty.
QLatin1StringView mediaCrawlerPlatform(const QJsonObject &record);
