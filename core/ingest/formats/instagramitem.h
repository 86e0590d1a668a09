#pragma once

#include <QJsonObject>

#include "core/ingest/formats/capturerecord.h"

/// Maps one Instagram "item list" media object (formats README §2d).
void mapInstagramItem(const QJsonObject &item, CaptureRecord &record);
