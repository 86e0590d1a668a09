// Hashtag normalization and extraction (inline `#tag` and Weibo's paired `#话题#`), and collecting tags from a
// structured list plus the text: every tag that comes out is normalized already (normalizing it again changes
// nothing) and not empty.
#include <cstdint>
#include <cstdio>

#include "core/ingest/hashtags.h"
#include "tests/fuzz/fuzzinput.h"

using namespace Qt::StringLiterals;

namespace {

/// "0063 0064 …": what a failing tag holds, hidden characters included.
QString codeUnits(const QString &s)
{
    QString out;
    for (const QChar c : s)
        out += QString::number(c.unicode(), 16).rightJustified(4, u'0') + u' ';
    return out;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    static const QMap<QString, QString> aliases{{u"抹茶"_s, u"matcha"_s}, {u"matchalatte"_s, u"matcha"_s}};
    const QString text = fuzzinput::text(data, size);
    (void)normalizeHashtag(text);
    (void)normalizeHashtag(text, aliases);
    for (const HashtagSyntax syntax : {HashtagSyntax::Inline, HashtagSyntax::Paired}) {
        const QStringList found = extractHashtags(text, syntax);
        const QStringList structured = text.split(u' ', Qt::SkipEmptyParts).mid(0, 8);
        const QStringList all = collectHashtags(structured, text, aliases, syntax);
        for (const QString &tag : all) {
            fuzzinput::require(!tag.isEmpty(), "empty tag collected");
            const QString again = normalizeHashtag(tag, aliases);
            if (again != tag) {
                std::fprintf(stderr, "tag    %s\nagain  %s\n", qPrintable(codeUnits(tag)), qPrintable(codeUnits(again)));
                fuzzinput::require(false, "collected tag is not normalized");
            }
        }
        (void)found;
    }
    return 0;
}
