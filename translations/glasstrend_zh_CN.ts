<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ClusterModel</name>
    <message>
        <source>✓ trend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undefined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ %1 undefined: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diversity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platforms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Growth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Surge z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Significance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Velocity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eng. rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lifecycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation check: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClustersPage</name>
    <message>
        <source>Filter tags…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All clusters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trends only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not validated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 clusters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecisionModel</name>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecisionsPage</name>
    <message>
        <source>All stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All outcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject (tag:, edge:, cluster:…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search messages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>filtering…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 decisions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvidenceModel</name>
    <message>
        <source>undefined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>baseline posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(uncovered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per baseline window, oldest first (count → volume-adjusted): %1; current window: %2; %3 of %4 windows covered; lifecycle %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undefined: %1 (needs ≥ %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>anchor (most posts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 more on the Decisions page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formula / threshold / message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvidencePanel</name>
    <message>
        <source>Top posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a post to open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a trend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No run yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every number on a card is written out here: its formula, its inputs and the checks it passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOT A TREND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a trend: see the failed checks below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top posts (%1, by engagement)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeedStatusModel</name>
    <message>
        <source>%1
%2 file(s) at the last scan; every %3 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
every %2 s, timeout %3 s, at most %4 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2 failure(s) in a row; last attempt %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 imported, %2 rejected since the app started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not polled yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>polling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (backing off)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder or URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next poll</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeedsController</name>
    <message>
        <source>There is no configuration file to save to.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeedsDialog</name>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poll now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto re-run discovery on new data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save to config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live feeds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add URL…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poll the selected source now, or every source when none is selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When a poll stores new posts, run discovery again with the current thresholds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write these sources into config.yaml (poll.sources), so they are polled next time too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folders: new files and lines appended to NDJSON captures are imported once. URLs: fetched on their interval, with ETag/If-Modified-Since.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No configuration file to save to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to the configuration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not an http(s) URL: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown source kind: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already polled: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder to watch for captures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL of a feed (NDJSON, JSON or CSV):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed: these sources are polled now; Save to config keeps them for next time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GrowthChart</name>
    <message>
        <source>No trends to compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Growth of the top trends (min_growth %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>growth (×)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>growth %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>GlassTrend guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>en</source>
        <comment>the language code of the guide page: resources/ui/guide/guide_&lt;code&gt;.html</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guide is missing from this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportSummaryDialog</name>
    <message>
        <source>Import cancelled: %1 read, %2 inserted, %3 updated, %4 rejected; %5 with unknown views, %6 with approximate times.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported: %1 read, %2 inserted, %3 updated, %4 rejected; %5 with unknown views, %6 with approximate times.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 copies of posts already in the same file, merged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inserted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approx. times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 copies of posts already in this file, merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected, by field and reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save rejects as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every rejected record with its file, line, field and reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save rejects</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Knob</name>
    <message>
        <source>Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Min coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A baseline window counts when it holds ≥ this × the current window&apos;s posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clustering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Min posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tag needs this many posts in the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Min co-occurrence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posts two tags must share for an edge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Min Jaccard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>co(A,B) / (posts(A) + posts(B) − co(A,B)) for an edge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Larger components are split at their weakest edges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creators ≥</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unique (platform, creator) pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diversity ≥</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unique creators / posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regions ≥</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distinct non-empty regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platforms ≥</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distinct platforms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Growth ≥</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(posts in window + 1) / (μ + 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Significance ≥</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>−log10(binomial tail × clusters tested)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight creators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>w_c in w_c·min(1, creators / target)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creator target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unique creators that earn the full w_c</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>w_r in w_r·min(1, regions / target)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distinct regions that earn the full w_r</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight diversity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>w_d in the health formula</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight engagement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>w_e in the health formula</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight velocity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>w_v in the health formula</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engagement target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engagement rate that scores 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Velocity target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engagement per hour that scores 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Act now: growth ≥</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With confidence ≥ the next knob</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Act now: confidence ≥</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence needed for act_now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepare: growth ≥</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Below it a trend is monitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top posts by engagement in a tile&apos;s evidence chain</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogDock</name>
    <message>
        <source>Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 log lines skipped in the dock (see the log file)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogModel</name>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainMenus</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a &amp;copy as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live &amp;feeds…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tiles to &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tiles to &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Re-run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Serve the REST API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About GlassTrend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Trends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clusters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feeds: %1 new posts from %2; re-running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thresholds saved to the configuration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save to config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing file %1 of %2: %p%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was read with the saved mapping &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting tile %v of %m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language changes when GlassTrend is started again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posts (*.json *.ndjson *.jsonl *.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export selected tiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export all tiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About GlassTrend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Early social-media trends with transparent rules: every number is a documented formula, every grouping an explicit rule, every decision recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample data (%1, read-only) — GlassTrend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as of %1 UTC · window %2 h</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MappingColumnsModel</name>
    <message>
        <source>(not imported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field of the post this column feeds; double-click to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First values</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MappingDialog</name>
    <message>
        <source>Save this mapping for files with these columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map the columns of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reader knows this file. GlassTrend guessed which column holds what from the column names and values; check each field, pick the platform if the file does not say it, and watch the preview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(the file says it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field of the selected column:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview of the first posts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still needed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no column or URL says the platform: pick it above)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of the first %2 rows would be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the mapping a name to save it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MappingFlow</name>
    <message>
        <source>%1: not imported (no mapping)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapping &quot;%1&quot; saved: files with these columns import without asking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapping not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MappingPreviewModel</name>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hashtags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Likes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shares</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfReport</name>
    <message>
        <source>newest post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 for every platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>growth %1 · health %2 · confidence %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Early-trend proof tiles with their evidence chains. Every number below is a documented formula over the posts; every threshold is listed on this page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not stored)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h: %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 windows of %2 h from %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posts in window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clusters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tiles in this report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No trend passed every check in this run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameters (config keys)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ACT NOW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PREPARE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MONITOR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOT A TREND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trend id %1 · anchor #%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no inputs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undefined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>co-occurrence %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>engagement %1 = likes %2 + comments %3 + shares %4 · saves %5 · views %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rising</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>peaked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>steady</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommendation: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 creator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 creators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 platforms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cross-platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first seen %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last seen %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lifecycle %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 baseline windows covered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>growth vs baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>surge z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>significance (−log10 p)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>velocity (engagement/h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>engagement rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>engagement rate (no views)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>creator diversity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metrics — formula = inputs = result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No formula trace recorded for this tile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster — tags and edges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A cluster of one tag: no edges.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Velocity — posts per hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No hourly series recorded for this cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>baseline (shaded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · dashed: baseline mean/h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · hatched: uncovered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top posts by engagement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No posts recorded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PipelineRunner</name>
    <message>
        <source>No data source is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This build has no pipeline.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectController</name>
    <message>
        <source>GlassTrend projects (*.db *.sqlite);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project settings not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists. Open it with File → Open project…, or choose a new name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy of the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another file than the open project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved a copy of the project to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import into the sample?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The bundled sample data is open. Start a new project for your %n file(s)?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>A project is one database file with its own settings: your data stays apart from the sample, and the file can be handed to a colleague.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import into sample</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectSettings</name>
    <message>
        <source>project settings not restored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>project settings: unknown keys skipped: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RangeEdit</name>
    <message>
        <source>“%1” is not a whole number: the %2 takes %3; it stays %4 %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 is out of range: the %3 takes %4; it stays %5 %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RejectsModel</name>
    <message>
        <source>%1
%2
first: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(record)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First lines</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunChange</name>
    <message>
        <source>First run: 1 trend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First run: %1 trends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1 new (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1 now %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1 dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 trends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 trends → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 trends, same tiles and urgencies</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <source>Running…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample data · no run yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No run yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SAMPLE DATA · </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 posts in window · %2 clusters · %3 trends · run %4 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server: off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ThresholdPanel</name>
    <message>
        <source>Platforms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset to config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the values of config.yaml</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save to config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write these values into config.yaml</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hashtags never counted, comma-separated; applied on Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stoplist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count this platform&apos;s posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multiplies this platform&apos;s engagement in velocity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 weight</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TileDelegate</name>
    <message>
        <source>growth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>health %1   conf %2   vel %3/h   eng %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 creators · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TileModel</name>
    <message>
        <source>%1, rank %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimeBar</name>
    <message>
        <source>Latest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pipeline.as_of = latest
The window ends at the newest post of the enabled platforms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The window ends at this moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>windows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pipeline.as_of
End of the current window (UTC); the window is (as_of − hours, as_of]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>window.hours
Length of the current window, 1–%1 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>window.baseline_windows
Windows of the same length before the current one, for the baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline windows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A window of %1 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> h  baseline ×</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no posts yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>posts per hour · busiest %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>posts per day · busiest %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TopPostsModel</name>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>♥ Likes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shares</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrendsPage</name>
    <message>
        <source>Filter tags…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any urgency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All platforms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No run yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cluster passes every check. Loosen a threshold on the left, or see why on the Clusters tab (the failed check is listed for each cluster).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tile matches the filters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VelocityChart</name>
    <message>
        <source>Select a trend to see its posts per hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — posts and engagement per hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>posts / h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>engagement / h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uncovered baseline window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>window start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>engagement</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>uifmt</name>
    <message>
        <source>ACT NOW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PREPARE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MONITOR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rising</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peaked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steady</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New: no covered baseline window, or none of them held a post of this topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peaked: a covered baseline window held more (volume-adjusted) posts than the current window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rising: more posts in the window than in the most recent covered baseline window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steady: no more posts than in the most recent covered baseline window, and below no earlier one</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
