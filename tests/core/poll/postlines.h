#pragma once

#include <QByteArray>

/// NDJSON lines of native posts with ids first … first + count − 1, for the poll tests.
inline QByteArray postLines(int first, int count)
{
    QByteArray out;
    for (int i = first; i < first + count; ++i) {
        out += R"({"platform": "tiktok", "post_id": ")" + QByteArray::number(i) + R"(", "creator_id": "u)" +
               QByteArray::number(i % 7) +
               R"(", "text": "#matcha #poll", "likes": 5, "created_at": "2024-06-01T00:00:00Z"})" + "\n";
    }
    return out;
}
