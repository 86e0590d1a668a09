#include "core/poll/filerangedevice.h"

#include <algorithm>

using namespace Qt::StringLiterals;

FileRangeDevice::FileRangeDevice(const QString &path, qint64 begin, qint64 end, QObject *parent)
    : QIODevice(parent), m_file(path), m_begin(begin), m_end(std::max(begin, end))
{
}

bool FileRangeDevice::open(OpenMode mode)
{
    if ((mode & QIODevice::WriteOnly) != 0) {
        setErrorString(u"FileRangeDevice is read-only"_s);
        return false;
    }
    if (!m_file.open(QIODevice::ReadOnly)) {
        setErrorString(m_file.errorString());
        return false;
    }
    if (!m_file.seek(m_begin)) {
        setErrorString(m_file.errorString());
        m_file.close();
        return false;
    }
    // Unbuffered: QIODevice's read-ahead buffer would let m_file's position run ahead of pos(),
    // and readData() relies on the two agreeing to stop at `end`.
    return QIODevice::open(mode | QIODevice::Unbuffered);
}

void FileRangeDevice::close()
{
    QIODevice::close();
    m_file.close();
}

bool FileRangeDevice::seek(qint64 pos)
{
    if (pos < 0 || pos > size() || !m_file.seek(m_begin + pos))
        return false;
    return QIODevice::seek(pos);
}

qint64 FileRangeDevice::readData(char *data, qint64 maxSize)
{
    const qint64 left = m_end - m_file.pos();
    if (left <= 0)
        return 0; // end of the range, like QFile at the end of a file
    return m_file.read(data, std::min(maxSize, left));
}

qint64 FileRangeDevice::writeData(const char *, qint64)
{
    return -1;
}
