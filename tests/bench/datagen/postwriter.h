#pragma once

#include <memory>

#include <QByteArray>
#include <QString>
#include <QStringList>

#include "tests/bench/datagen/generatedpost.h"

/// Turns generated posts into one export format. The generator streams: begin() once, write()
/// per post, end() once, each appending to a buffer that the caller flushes to the file.
/// Array formats (MediaCrawler JSON) use begin()/end() for the brackets and `index` for commas.
class PostWriter
{
public:
    virtual ~PostWriter() = default;

    /// The --format value, e.g. "native-ndjson".
    virtual QString formatId() const = 0;

    virtual void begin(QByteArray &out) { Q_UNUSED(out); }
    virtual void write(const GeneratedPost &post, qint64 index, QByteArray &out) = 0;
    virtual void end(QByteArray &out) { Q_UNUSED(out); }

    /// The writer for a --format value, or nullptr when unknown.
    static std::unique_ptr<PostWriter> create(const QString &formatId);

    /// Every --format value create() knows, for --help and error messages.
    static QStringList formats();
};
