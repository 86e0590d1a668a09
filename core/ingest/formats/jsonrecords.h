#pragma once

#include <functional>

#include <QByteArrayView>
#include <QIODevice>
#include <QJsonObject>

#include "core/ingest/readsession.h"
#include "core/model/result.h"

/// Where one JSON record of a file sits, for rejects.
struct JsonRecordPlace
{
    qint64 line = 0;   ///< 1-based line where the record starts
    qint64 index = -1; ///< 0-based index in an array; -1 for NDJSON
};

/// Called per record; its error (the sink's) aborts the read.
using JsonRecordFn = std::function<Status(const QJsonObject &record, const JsonRecordPlace &place)>;

/// Streams the objects of a file that tools write in any of three containers: a JSON array
/// (MediaCrawler's `json` mode, Apify's dataset export), NDJSON/JSONL (MediaCrawler's default), or
/// one pretty-printed object (a TikTok-Api `as_dict` dump). A line or element that is not a JSON
/// object is rejected with its line; the rest are read.
Status forEachJsonRecord(QIODevice &device, ReadSession &session, const JsonRecordFn &fn);

/// The first record of `head` for recognise(): the first line's object (NDJSON), or the first
/// element of an array or the whole object when the head holds it completely; empty otherwise.
QJsonObject firstJsonRecord(QByteArrayView head);
