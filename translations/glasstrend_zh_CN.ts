<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
</TS>
