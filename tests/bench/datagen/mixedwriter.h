#pragma once

#include <array>
#include <memory>

#include <QFile>

#include "tests/bench/datagen/mediacrawlerdouyinwriter.h"
#include "tests/bench/datagen/nativendjsonwriter.h"
#include "tests/bench/datagen/zeeschuimertiktokwriter.h"
#include "tests/bench/datagen/zeeschuimerxiaohongshuwriter.h"

/// `--format mixed --out-dir DIR`: one dataset split by platform across the capture tools an analyst
/// would really have, so that importing the four files must give the same posts as the native
/// file: TikTok → DIR/zeeschuimer_tiktok.ndjson, Xiaohongshu → DIR/zeeschuimer_xiaohongshu.ndjson
/// (post pages), Douyin → DIR/mediacrawler_douyin_contents.jsonl, every other platform → the
/// generator's own output (DIR/native_rest.ndjson, see main.cpp).
class MixedWriter final : public PostWriter
{
public:
    explicit MixedWriter(const QString &dir);

    /// The files this writer writes beside the native one, in the order of kFileNames.
    static const std::array<const char *, 3> kFileNames;

    QString formatId() const override;
    void write(const GeneratedPost &post, qint64 index, QByteArray &out) override;
    void end(QByteArray &out) override;

    /// The first error opening or writing a file; empty when all went well.
    const QString &error() const { return m_error; }

private:
    void flush(size_t file, bool force);

    NativeNdjsonWriter m_native;
    ZeeschuimerTikTokWriter m_tiktok;
    ZeeschuimerXiaohongshuWriter m_xiaohongshu;
    MediaCrawlerDouyinWriter m_douyin;
    std::array<std::unique_ptr<QFile>, 3> m_files;
    std::array<QByteArray, 3> m_buffers;
    QString m_error;
};
