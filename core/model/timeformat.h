#pragma once

#include <optional>

#include <QString>

/// Times in answers, exports and the UI are ISO-8601 UTC with `Z` (SPEC section 5).
/// `isoUtc(1748736000000)` → "2025-06-01T00:00:00Z"; milliseconds are shown only when non-zero.
QString isoUtc(qint64 msSinceEpoch);

/// Parses a strict ISO-8601 time with offset or `Z` (no naive times) into UTC ms; nullopt when invalid.
/// Used for `as_of` arguments; the import path has the fuller parser in core/ingest/timeparser.h.
std::optional<qint64> parseIsoUtc(const QString &text);
