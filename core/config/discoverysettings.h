#pragma once

/// The `discovery.*` keys: how a long-running process (server, desktop app) keeps the span
/// discovery reads in memory (see LiveWindow).
struct DiscoverySettings
{
    /// A span with more posts is not kept in memory (about 200 bytes a post); discovery then
    /// loads it from the database on every run.
    int maxWindowPosts = 1500000;
    /// `discovery.schedule`: seconds between scheduled discoveries of a server whose role runs
    /// discovery (written "30s", "15m", "1h"); 0 = off.
    int scheduleS = 0;

    bool operator==(const DiscoverySettings &) const = default;
};
