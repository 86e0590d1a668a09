#include "tests/bench/datagen/mixedwriter.h"

#include <QDir>

using namespace Qt::StringLiterals;

const std::array<const char *, 3> MixedWriter::kFileNames = {
    "zeeschuimer_tiktok.ndjson", "zeeschuimer_xiaohongshu.ndjson", "mediacrawler_douyin_contents.jsonl"};

MixedWriter::MixedWriter(const QString &dir)
{
    for (size_t i = 0; i < m_files.size(); ++i) {
        m_files[i] = std::make_unique<QFile>(QDir(dir).filePath(QString::fromLatin1(kFileNames[i])));
        if (!m_files[i]->open(QIODevice::WriteOnly | QIODevice::Truncate) && m_error.isEmpty())
            m_error = m_files[i]->fileName() + u": "_s + m_files[i]->errorString();
    }
}

QString MixedWriter::formatId() const
{
    return u"mixed"_s;
}

void MixedWriter::write(const GeneratedPost &post, qint64 index, QByteArray &out)
{
    size_t file = 0;
    if (post.platform == u"tiktok"_s) {
        m_tiktok.write(post, index, m_buffers[file = 0]);
    } else if (post.platform == u"xiaohongshu"_s) {
        m_xiaohongshu.write(post, index, m_buffers[file = 1]);
    } else if (post.platform == u"douyin"_s) {
        m_douyin.write(post, index, m_buffers[file = 2]);
    } else {
        m_native.write(post, index, out);
        return;
    }
    flush(file, false);
}

void MixedWriter::end(QByteArray &out)
{
    Q_UNUSED(out);
    for (size_t i = 0; i < m_files.size(); ++i) {
        flush(i, true);
        m_files[i]->close();
    }
}

void MixedWriter::flush(size_t file, bool force)
{
    QByteArray &buffer = m_buffers[file];
    if (buffer.isEmpty() || (!force && buffer.size() < (1 << 20)))
        return;
    if (m_files[file]->isOpen() && m_files[file]->write(buffer) != buffer.size() && m_error.isEmpty())
        m_error = m_files[file]->fileName() + u": "_s + m_files[file]->errorString();
    buffer.clear();
}
