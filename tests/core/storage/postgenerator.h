#pragma once

#include <vector>

#include "core/model/post.h"

/// Deterministic synthetic posts for the storage tests, the kill-test writer and the benchmark:
/// post `n` is always the same post, so a re-run or a child process can produce it again.
namespace postgen {

/// Base time of generated posts: 2025-06-01T00:00:00Z.
constexpr qint64 kBaseMs = 1748736000000;

/// Post number `n`: spread over 7 platforms, 50,000 creators, 20,000 tags (1–5 per post), one
/// post every `spacingMs` after kBaseMs; Xiaohongshu posts have unknown views.
Post post(qint64 n, qint64 spacingMs = 86);

/// Posts [first, first + count).
std::vector<Post> posts(qint64 first, qint64 count, qint64 spacingMs = 86);

} // namespace postgen
