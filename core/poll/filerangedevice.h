#pragma once

#include <QFile>
#include <QIODevice>

/// A read-only, random-access view of bytes [begin, end) of a file, so that the lines appended to
/// a capture file since the last poll can be imported without copying them into memory and
/// without reading the half-written line after `end`.
class FileRangeDevice final : public QIODevice
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FileRangeDevice)

public:
    FileRangeDevice(const QString &path, qint64 begin, qint64 end, QObject *parent = nullptr);

    /// Opens the file; only QIODevice::ReadOnly is supported.
    bool open(OpenMode mode) override;
    void close() override;
    bool isSequential() const override { return false; }
    qint64 size() const override { return m_end - m_begin; }
    bool seek(qint64 pos) override;

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 maxSize) override;

private:
    QFile m_file;
    qint64 m_begin = 0;
    qint64 m_end = 0;
};
