#pragma once

#include <QByteArray>
#include <QStringView>

#include "tests/bench/datagen/generatedpost.h"

/// Small, fast JSON and time spelling helpers shared by the writers. Hand-written instead of
/// QJsonDocument because a 5M-post file must not pay for a DOM per line, and key order and the
/// integer-vs-string choice of counters must be exactly what the generator decided.
namespace jsontext {

/// Appends `text` as a JSON string literal (UTF-8, with quotes and escapes).
void appendString(QByteArray &out, QStringView text);

/// Appends `"key":` (the key is plain ASCII, not escaped).
void appendKey(QByteArray &out, const char *key);

/// Appends a counter: an integer, or the source's string spelling when it has one.
void appendCount(QByteArray &out, const CountValue &count);

/// "2026-11-20T09:15:02Z" or "2026-11-20T17:15:02+08:00" (seconds precision, as most sources).
QByteArray isoTime(qint64 utcMs, int offsetMinutes, bool zulu);

/// Appends a time in the post's TimeStyle: a quoted ISO string or an epoch number.
void appendTime(QByteArray &out, const GeneratedPost &post);

} // namespace jsontext
