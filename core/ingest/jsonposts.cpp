#include "core/ingest/jsonposts.h"

#include "core/ingest/fielderror.h"
#include "core/ingest/nativepostmapper.h"

using namespace Qt::StringLiterals;

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
        Result<Post> post = mapper.fromJson(item.toObject());
        if (!post) {
            out.rejected.append({{}, 0, i, fieldOf(post.error()), reasonOf(post.error())});
            continue;
        }
        out.valid.push_back(std::move(post).value());
    }
    return out;
}
