#pragma once

#include <optional>

#include <QByteArrayView>
#include <QJsonObject>
#include <QString>
#include <QStringList>

/// What a reader sees when asked whether a file is its format: the head and the name, and what
/// readers commonly look at in the head, worked out once for all of them (a registry asks a dozen
/// readers about the same head; each parsing it again cost most of a sniff). Not for sharing
/// between threads: the answers are computed on first use.
class SniffInput
{
public:
    SniffInput(QByteArrayView head, QString fileName) : head(head), fileName(std::move(fileName)) {}

    QByteArrayView head; ///< the first bytes (up to 64 KiB), BOM included
    QString fileName;    ///< display name or path; the extension is only a tie-breaker

    /// sniff::firstLineObject(head).
    const QJsonObject &firstLineObject() const;
    /// sniff::csvHeader(head) with the sniffed delimiter.
    const QStringList &csvHeader() const;
    /// firstJsonRecord(head) (formats/jsonrecords.h).
    const QJsonObject &firstJsonRecord() const;
    /// firstFlatRecord(head) (formats/flatkeys.h).
    const QJsonObject &firstFlatRecord() const;

private:
    mutable std::optional<QJsonObject> m_firstLineObject;
    mutable std::optional<QStringList> m_csvHeader;
    mutable std::optional<QJsonObject> m_firstJsonRecord;
    mutable std::optional<QJsonObject> m_firstFlatRecord;
};
