#pragma once

#include <span>

#include <QByteArrayView>
#include <QLatin1StringView>

#include "core/ingest/fieldvalue.h"
#include "core/model/result.h"

/// Parses one JSON object (an NDJSON line, an element of a JSON array) straight into the values
/// of the keys a reader wants, without building a QJsonObject: the import hot path. Values of
/// other keys are checked for syntax and skipped. The whole text must be valid JSON (RFC 8259);
/// string contents are taken as UTF-8 leniently (raw control characters are accepted).
/// Integers that fit in 64 bits are kept exact (ids!), others are doubles.
///
/// `names[i]` receives its value in `values[i]`; values of absent keys are left untouched.
/// Errors: code "invalid_json", message "not valid JSON: expected ':' at column 17" or
/// "not a JSON object".
Status parseFlatJsonRecord(QByteArrayView json, std::span<const QLatin1StringView> names, std::span<FieldValue> values);
