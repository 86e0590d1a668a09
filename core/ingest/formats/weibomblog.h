#pragma once

#include <QJsonObject>

#include "core/ingest/formats/capturerecord.h"

/// Maps one Weibo `mblog` of the web APIs (formats README §2f): `idstr`/`id`, `text` (HTML) or
/// `text_raw`, `created_at` ("Sat Dec 23 17:12:54 +0800 2023"), `attitudes_count`,
/// `comments_count`, `reposts_count` (numbers, or strings such as "100万+"),
/// `user.{idstr|id, screen_name}`, `region_name` ("发布于 浙江"), `topic_struct[].topic_title`.
void mapWeiboMblog(const QJsonObject &mblog, CaptureRecord &record);

/// True when `object` has the keys of an mblog (a time, a user, text and a counter).
bool isWeiboMblog(const QJsonObject &object);
