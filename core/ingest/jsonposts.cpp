#include "core/ingest/jsonposts.h"

#include <algorithm>

#include "core/ingest/fielderror.h"
#include "core/ingest/formats/jsonspan.h"
#include "core/ingest/nativepostmapper.h"

using namespace Qt::StringLiterals;

namespace {

void add(MappedJsonPosts &out, qsizetype index, Result<Post> post)
{
    if (!post)
        out.rejected.append({{}, 0, index, fieldOf(post.error()), reasonOf(post.error())});
    else
        out.valid.push_back(std::move(post).value());
}

/// Text a strict JSON parser reads the same way as ours: valid UTF-8 and no raw control character
/// other than JSON's whitespace (QJsonDocument refuses them inside strings; ours would keep them).
bool plainJsonText(QByteArrayView text)
{
    const bool controls = std::any_of(text.begin(), text.end(), [](char c) {
        return static_cast<unsigned char>(c) < 0x20 && c != ' ' && c != '\t' && c != '\n' && c != '\r';
    });
    return !controls && text.isValidUtf8();
}

/// The array of posts starting at `pos`: one past its `]`, or -1 when the slow road must decide.
qsizetype mapArray(QByteArrayView text, qsizetype pos, const NativePostMapper &mapper, MappedJsonPosts &out)
{
    if (pos >= text.size() || text[pos] != '[')
        return -1;
    pos = jsonspan::skipSpace(text, pos + 1);
    if (pos < text.size() && text[pos] == ']')
        return pos + 1;
    for (qsizetype index = 0; pos < text.size(); ++index) {
        if (text[pos] != '{')
            return -1;
        const qsizetype end = jsonspan::valueEnd(text, pos);
        if (end < 0)
            return -1;
        Result<Post> post = mapper.fromJsonText(text.sliced(pos, end - pos));
        if (!post && post.error().code == u"invalid_json"_s)
            return -1;
        add(out, index, std::move(post));
        pos = jsonspan::skipSpace(text, end);
        if (pos < text.size() && text[pos] == ']')
            return pos + 1;
        if (pos >= text.size() || text[pos] != ',')
            return -1;
        pos = jsonspan::skipSpace(text, pos + 1);
    }
    return -1;
}

} // namespace

MappedJsonPosts mapJsonPosts(const QJsonArray &items, const NativePostMapper &mapper)
{
    MappedJsonPosts out;
    out.valid.reserve(std::size_t(items.size()));
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QJsonValue item = items.at(i);
        if (!item.isObject()) {
            out.rejected.append({{}, 0, i, {}, u"expected a JSON object"_s});
            continue;
        }
        add(out, i, mapper.fromJson(item.toObject()));
    }
    return out;
}

std::optional<MappedJsonPosts> mapJsonPostsBody(QByteArrayView body, const NativePostMapper &mapper)
{
    if (!plainJsonText(body))
        return std::nullopt;
    MappedJsonPosts out;
    bool sawPosts = false;
    const qsizetype end = jsonspan::walkMembers(body, 0, [&](QByteArrayView key, qsizetype, qsizetype valueStart) -> qsizetype {
        if (key != "posts" || sawPosts)
            return -1;
        sawPosts = true;
        return mapArray(body, valueStart, mapper, out);
    });
    if (end < 0 || !sawPosts || jsonspan::skipSpace(body, end) != body.size())
        return std::nullopt;
    return out;
}
