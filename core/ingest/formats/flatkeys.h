#pragma once

#include <functional>

#include <QByteArrayView>
#include <QIODevice>
#include <QJsonObject>
#include <QString>

#include "core/ingest/readsession.h"
#include "core/model/result.h"

/// Apify's dataset exports flatten nested items: its CSV/Excel export writes `authorMeta/name`
/// and `hashtags/0/name` columns, and some pipelines write dotted keys (`authorMeta.name`). This
/// rebuilds the nested item (`{"authorMeta": {"name": …}, "hashtags": [{"name": …}]}`) so that
/// one mapper reads every export. A key with `/` is split on `/`, else one with `.` on `.`; a
/// numeric segment (< 10000) is an array index. Absent and null values are left out. An object
/// with no such key is returned as is.
QJsonObject unflattenKeys(const QJsonObject &flat);

/// The first record of a JSON (array, lines, one object) or CSV `head`, unflattened: CSV cells
/// keep their header's case, and their values are `true` (recognise() only looks at keys).
QJsonObject firstFlatRecord(QByteArrayView head);

/// Called per item, unflattened, with its line and array index (-1 for lines and CSV rows).
using FlatItemFn = std::function<Status(const QJsonObject &item, qint64 line, qint64 index)>;

/// Streams the items of an Apify export in any of its forms: a JSON array, JSON lines, or a CSV
/// with flattened columns (empty cells absent). A line or row that is no
/// record is rejected with its line (forEachJsonRecord(), forEachCsvRecord()).
Status forEachFlatItem(QIODevice &device, ReadSession &session, const FlatItemFn &fn);
