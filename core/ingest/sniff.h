#pragma once

#include <QByteArrayView>
#include <QJsonObject>
#include <QString>
#include <QStringList>

/// Small helpers readers share when recognising a file from its first bytes.
namespace sniff {

/// `head` without a UTF-8 BOM and leading whitespace.
QByteArrayView body(QByteArrayView head);

/// The first line of `text` without its terminator; `complete` tells whether a terminator was
/// seen or the head is the whole file (`headIsWholeFile`).
QByteArrayView firstLine(QByteArrayView text, bool headIsWholeFile, bool *complete = nullptr);

/// The first line of `head` parsed as a JSON object, or an empty object when it is not one.
QJsonObject firstLineObject(QByteArrayView head);

/// The cells of a CSV header line, unquoted, trimmed and lower-cased (quotes with delimiters
/// inside are not expected in a header). `delimiter` 0 = sniffed (`,` `;` tab `|`, csvDelimiter()).
QStringList csvHeader(QByteArrayView head, char delimiter = 0);

/// Lower-case suffix of `fileName` ("posts.NDJSON" → "ndjson").
QString extension(const QString &fileName);

/// The size of head that readers get; the whole file when smaller.
inline constexpr qsizetype kHeadSize = 64 * 1024;

} // namespace sniff
