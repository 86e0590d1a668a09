#pragma once

#include <QByteArrayView>
#include <QIODevice>
#include <QJsonObject>
#include <QString>

#include "core/ingest/formats/capturerecord.h"
#include "core/ingest/readsession.h"

/// One captured item of a Zeeschuimer NDJSON export (`{source_platform, timestamp_collected,
/// last_updated, data: {…}}`, formats README §1) or of the same item as 4CAT re-exports it
/// (`{…data, "__import_meta": {the wrapper}}`), mapped to a record. Returns the name the item is
/// counted under in the import summary, e.g. "zeeschuimer-tiktok", "4cat-ndjson-xiaohongshu-search".
QString mapCaptureLine(const QJsonObject &line, CaptureRecord &record);

/// True when `line` is a Zeeschuimer item (`source_platform` and `data`).
bool isZeeschuimerLine(const QJsonObject &line);
/// True when `line` is a 4CAT re-export of one (`__import_meta`).
bool isFourCatLine(const QJsonObject &line);

/// Reads NDJSON capture lines (either wrapper, mixed freely) into `session`; shared by the
/// Zeeschuimer and 4CAT NDJSON readers.
Status readCaptureLines(QIODevice &device, ReadSession &session);
