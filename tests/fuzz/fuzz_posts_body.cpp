// The JSON body of POST /api/v1/posts through the controller's own parsing and the post mapper: an answer for
// every body (400 with a message, or posts + rejects by index), and accepted posts within the value limits.
// Differential: whatever the fast road (mapJsonPostsBody, no QJsonDocument) answers, the document road answers
// the same, post for post and reject for reject.
#include <cstdint>
#include <cstdio>

#include "core/api/postscontroller.h"
#include "core/ingest/countparser.h"
#include "core/ingest/jsonposts.h"
#include "tests/fuzz/fuzzinput.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    // A fixed capture time: a reject for a time too far ahead names the reference time, which must not be the wall
    // clock here (the two roads run a millisecond apart).
    static const NativePostMapper mapper = [] {
        IngestOptions options;
        options.captureTimeMs = 1763640000000; // 2025-11-20T12:00:00Z
        return NativePostMapper::create(options).value();
    }();
    const QByteArray body = fuzzinput::bytes(data, size);
    if (std::optional<MappedJsonPosts> fast = mapJsonPostsBody(body, mapper)) {
        auto reference = PostsController::parseDocument(body, mapper);
        const auto *slow = std::get_if<MappedJsonPosts>(&reference);
        fuzzinput::require(slow != nullptr, "the fast road read a body the document road refuses");
        fuzzinput::require(fast->valid == slow->valid, "the two roads give different posts");
        if (fast->rejected != slow->rejected) {
            // Name them: a finding is read from this log.
            for (const QList<RejectedRecord> *road : {&std::as_const(fast->rejected), &slow->rejected}) {
                std::fprintf(stderr, "%s road:\n", road == &std::as_const(fast->rejected) ? "fast" : "document");
                for (const RejectedRecord &r : *road)
                    std::fprintf(stderr, "  %lld %s\n", static_cast<long long>(r.index), qPrintable(r.toString()));
            }
        }
        fuzzinput::require(fast->rejected == slow->rejected, "the two roads give different rejects");
    }
    auto parsed = PostsController::parseBody(body, mapper);
    if (auto *error = std::get_if<ApiError>(&parsed)) {
        fuzzinput::require(!error->message.isEmpty(), "400 without a message");
        return 0;
    }
    const MappedJsonPosts &posts = std::get<MappedJsonPosts>(parsed);
    for (const Post &p : posts.valid) {
        for (const qint64 c : {p.likes, p.comments, p.shares, p.saves})
            fuzzinput::require(c >= 0 && c <= kMaxCount, "count outside [0, 10^15]");
    }
    for (const RejectedRecord &r : posts.rejected)
        fuzzinput::require(!r.reason.isEmpty(), "reject without a reason");
    return 0;
}
