<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AlertModel</name>
    <message>
        <source>Watched: %1</source>
        <translation>关注标签：%1</translation>
    </message>
    <message>
        <source>Reached ACT NOW</source>
        <translation>达到“立即行动”</translation>
    </message>
    <message>
        <source>Run %1, trend %2 — double-click to open</source>
        <translation>运行 %1，趋势 %2 —— 双击打开</translation>
    </message>
    <message>
        <source>Raised (UTC)</source>
        <translation>触发时间 (UTC)</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>趋势</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>紧急度</translation>
    </message>
    <message>
        <source>Growth</source>
        <translation>增长</translation>
    </message>
    <message>
        <source>Run as of (UTC)</source>
        <translation>运行截止时间 (UTC)</translation>
    </message>
</context>
<context>
    <name>AlertsDock</name>
    <message>
        <source>Watched tags…</source>
        <translation>关注的标签…</translation>
    </message>
    <message>
        <source>Alerts (%1)</source>
        <translation>提醒（%1）</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>提醒</translation>
    </message>
    <message>
        <source>&amp;Alerts</source>
        <translation>提醒(&amp;A)</translation>
    </message>
</context>
<context>
    <name>AlertsFlow</name>
    <message>
        <source>The sample data is read-only: alerts are kept in a project of your own.</source>
        <translation>示例数据为只读：提醒只保存在您自己的项目中。</translation>
    </message>
    <message>
        <source>This project keeps no alerts.</source>
        <translation>此项目不保存提醒。</translation>
    </message>
    <message>
        <source>No tag is watched: Watched tags… chooses the tags to alert on.</source>
        <translation>尚未关注任何标签：用“关注的标签…”选择要提醒的标签。</translation>
    </message>
    <message>
        <source>The alerts could not be read: %1</source>
        <translation>无法读取提醒：%1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 —— %2</translation>
    </message>
    <message>
        <source>GlassTrend alert</source>
        <translation>GlassTrend 提醒</translation>
    </message>
    <message>
        <source>Alert: %1</source>
        <translation>提醒：%1</translation>
    </message>
    <message>
        <source>The watch list was not saved: %1</source>
        <translation>关注列表未保存：%1</translation>
    </message>
    <message>
        <source>No tag is watched.</source>
        <translation>未关注任何标签。</translation>
    </message>
    <message>
        <source>Watching %1.</source>
        <translation>正在关注 %1。</translation>
    </message>
</context>
<context>
    <name>BacktestDialog</name>
    <message>
        <source>Backtest</source>
        <translation>回测</translation>
    </message>
    <message>
        <source> h</source>
        <translation> 小时</translation>
    </message>
    <message>
        <source>Run backtest</source>
        <translation>运行回测</translation>
    </message>
    <message>
        <source>When would GlassTrend have known? The pipeline runs at every step&apos;s as-of over the stored posts, with the thresholds on screen; nothing is stored.</source>
        <translation>GlassTrend 最早何时能发现？流程会在每个步长的截止时间上、用当前界面上的阈值对已存储的帖子运行一次；不会保存任何运行。</translation>
    </message>
    <message>
        <source>From (first as-of):</source>
        <translation>起始（第一个截止时间）：</translation>
    </message>
    <message>
        <source>To (last as-of):</source>
        <translation>结束（最后一个截止时间）：</translation>
    </message>
    <message>
        <source>Step:</source>
        <translation>步长：</translation>
    </message>
    <message>
        <source>Window:</source>
        <translation>窗口：</translation>
    </message>
    <message>
        <source>“To” is before “From”.</source>
        <translation>“结束”早于“起始”。</translation>
    </message>
    <message>
        <source>Steps: %1.</source>
        <translation>步数：%1。</translation>
    </message>
    <message>
        <source>%1 steps: at most %2. Take a larger step or a shorter range.</source>
        <translation>%1 步：最多 %2 步。请加大步长或缩短范围。</translation>
    </message>
</context>
<context>
    <name>BacktestFlow</name>
    <message>
        <source>Backtest done. Trends flagged: %1.</source>
        <translation>回测完成。标记的趋势：%1 个。</translation>
    </message>
    <message>
        <source>The backtest was cancelled.</source>
        <translation>回测已取消。</translation>
    </message>
    <message>
        <source>The backtest failed: %1</source>
        <translation>回测失败：%1</translation>
    </message>
    <message>
        <source>No project is open to backtest.</source>
        <translation>没有打开的项目可供回测。</translation>
    </message>
    <message>
        <source>Backtest from %1 to %2, a step every %3 h…</source>
        <translation>回测 %1 至 %2，每 %3 小时一步…</translation>
    </message>
</context>
<context>
    <name>BacktestPage</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Sort by first flagged</source>
        <translation>按首次标记排序</translation>
    </message>
    <message>
        <source>Sort by lead time</source>
        <translation>按提前量排序</translation>
    </message>
    <message>
        <source>not flagged</source>
        <translation>未标记</translation>
    </message>
    <message>
        <source>peak (most posts in its window)</source>
        <translation>峰值（窗口内帖子最多）</translation>
    </message>
    <message>
        <source>Click a step to open its run.</source>
        <translation>点击某一步以打开其运行结果。</translation>
    </message>
    <message>
        <source>Step %v of %m</source>
        <translation>第 %v 步，共 %m 步</translation>
    </message>
    <message>
        <source>Trends flagged: %1, in %2 steps (%3 posts, %4 h window), %5 s.</source>
        <translation>标记的趋势：%1 个，共 %2 步（%3 条帖子，%4 小时窗口），用时 %5 秒。</translation>
    </message>
    <message>
        <source>When would GlassTrend have known? Run → Backtest… runs the pipeline at every hour (or step) of a past range and shows, per trend, when it was first flagged, its urgency at each step and its peak.</source>
        <translation>GlassTrend 最早何时能发现？“运行 → 回测…”会在过去某段时间的每个小时（或每个步长）运行流程，并按趋势显示首次标记的时间、每一步的紧急程度及其峰值。</translation>
    </message>
</context>
<context>
    <name>BacktestTimeline</name>
    <message>
        <source>No trend was flagged at any step.</source>
        <translation>没有任何一步标记出趋势。</translation>
    </message>
    <message>
        <source>First flagged: %1</source>
        <translation>首次标记：%1</translation>
    </message>
    <message>
        <source>First act now: %1</source>
        <translation>首次“立即行动”：%1</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>Peak: %1, with %2 posts in its window</source>
        <translation>峰值：%1，窗口内 %2 条帖子</translation>
    </message>
    <message>
        <source>Lead time: %1 h</source>
        <translation>提前量：%1 小时</translation>
    </message>
    <message>
        <source>Flagged at %1 of %2 steps</source>
        <translation>在 %2 步中的 %1 步被标记</translation>
    </message>
    <message>
        <source>At %1: no cluster with this id</source>
        <translation>%1：没有该 ID 的聚类</translation>
    </message>
    <message>
        <source>At %1: %2, %3, posts: %4</source>
        <translation>%1：%2，%3，帖子：%4</translation>
    </message>
    <message>
        <source>At %1: not flagged, %2, posts: %3</source>
        <translation>%1：未标记，%2，帖子：%3</translation>
    </message>
    <message>
        <source>As of %1: trends flagged: %2</source>
        <translation>截至 %1：标记的趋势 %2 个</translation>
    </message>
    <message>
        <source>Click to open this step&apos;s run</source>
        <translation>点击打开这一步的运行结果</translation>
    </message>
</context>
<context>
    <name>ClusterModel</name>
    <message>
        <source>✓ trend</source>
        <translation>✓ 趋势</translation>
    </message>
    <message>
        <source>undefined</source>
        <translation>未定义</translation>
    </message>
    <message>
        <source>✗ %1 undefined: %2</source>
        <translation>✗ %1 未定义：%2</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>聚类</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>帖子</translation>
    </message>
    <message>
        <source>Creators</source>
        <translation>创作者</translation>
    </message>
    <message>
        <source>Diversity</source>
        <translation>多样性</translation>
    </message>
    <message>
        <source>Platforms</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Growth</source>
        <translation>增长</translation>
    </message>
    <message>
        <source>Surge z</source>
        <translation>激增 z 值</translation>
    </message>
    <message>
        <source>Significance</source>
        <translation>显著性</translation>
    </message>
    <message>
        <source>Velocity</source>
        <translation>速度</translation>
    </message>
    <message>
        <source>Eng. rate</source>
        <translation>互动率</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>健康度</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>置信度</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>紧急度</translation>
    </message>
    <message>
        <source>Lifecycle</source>
        <translation>生命周期</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Validation check: %1</source>
        <translation>验证检验：%1</translation>
    </message>
</context>
<context>
    <name>ClustersPage</name>
    <message>
        <source>Filter tags…</source>
        <translation>筛选标签…</translation>
    </message>
    <message>
        <source>All clusters</source>
        <translation>全部聚类</translation>
    </message>
    <message>
        <source>Trends only</source>
        <translation>仅趋势</translation>
    </message>
    <message>
        <source>Not validated</source>
        <translation>未通过验证</translation>
    </message>
    <message>
        <source>Any check</source>
        <translation>任意检验</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>未通过：%1</translation>
    </message>
    <message>
        <source>%1 of %2 clusters</source>
        <translation>%1 / %2 个聚类</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Compare runs</source>
        <translation>比较运行</translation>
    </message>
    <message>
        <source>%1 compared with %2: %3 new, %4 kept, %5 gone.</source>
        <translation>%1 与 %2 相比：新出现 %3 个，保留 %4 个，消失 %5 个。</translation>
    </message>
</context>
<context>
    <name>ComparisonModel</name>
    <message>
        <source>new</source>
        <translation>新出现</translation>
    </message>
    <message>
        <source>gone</source>
        <translation>已消失</translation>
    </message>
    <message>
        <source>was %1</source>
        <translation>原为 %1</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>no longer a cluster</source>
        <translation>已不再是聚类</translation>
    </message>
    <message>
        <source>passes every check, ranked out</source>
        <translation>通过全部检验，但未进入排名</translation>
    </message>
    <message>
        <source>fails %1</source>
        <translation>未通过 %1</translation>
    </message>
    <message>
        <source>Rank %1, was %2</source>
        <translation>排名 %1，原为 %2</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>趋势</translation>
    </message>
    <message>
        <source>Growth</source>
        <translation>增长</translation>
    </message>
    <message>
        <source>Growth change</source>
        <translation>增长变化</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>紧急度</translation>
    </message>
    <message>
        <source>Checks failed now</source>
        <translation>当前未通过的检验</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Allow importing into this database</source>
        <translation>允许导入到此数据库</translation>
    </message>
    <message>
        <source>Connect to a team database</source>
        <translation>连接团队数据库</translation>
    </message>
    <message>
        <source>Opens a shared PostgreSQL database as the current project. The password comes from PGPASSWORD or ~/.pgpass; it is never typed here, saved or shown.</source>
        <translation>将共享的 PostgreSQL 数据库作为当前项目打开。密码取自 PGPASSWORD 或 ~/.pgpass；不在此处输入，也从不保存或显示。</translation>
    </message>
    <message>
        <source>Off: the database is only read (the team&apos;s collectors fill it). On: imports and your project settings are written into it, for everyone.</source>
        <translation>关闭：只读取该数据库（由团队的采集程序写入）。开启：导入的数据和您的项目设置会写入其中，对所有人生效。</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Database URI:</source>
        <translation>数据库 URI：</translation>
    </message>
    <message>
        <source>A team database is named by a URI that starts with postgresql://</source>
        <translation>团队数据库须以 postgresql:// 开头的 URI 指定</translation>
    </message>
    <message>
        <source>Leave the password out of the URI: it comes from PGPASSWORD or ~/.pgpass.</source>
        <translation>请勿在 URI 中写入密码：密码取自 PGPASSWORD 或 ~/.pgpass。</translation>
    </message>
</context>
<context>
    <name>ConnectFlow</name>
    <message>
        <source>Connecting to %1…</source>
        <translation>正在连接 %1…</translation>
    </message>
</context>
<context>
    <name>DecisionModel</name>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
</context>
<context>
    <name>DecisionsPage</name>
    <message>
        <source>All stages</source>
        <translation>全部阶段</translation>
    </message>
    <message>
        <source>All outcomes</source>
        <translation>全部结果</translation>
    </message>
    <message>
        <source>Subject (tag:, edge:, cluster:…)</source>
        <translation>对象（tag:、edge:、cluster:…）</translation>
    </message>
    <message>
        <source>Search messages…</source>
        <translation>搜索消息…</translation>
    </message>
    <message>
        <source>%1 decisions</source>
        <translation>%1 条决策</translation>
    </message>
    <message>
        <source>filtering…</source>
        <translation>正在筛选…</translation>
    </message>
    <message>
        <source>%1 of %2 decisions</source>
        <translation>%1 / %2 条决策</translation>
    </message>
</context>
<context>
    <name>EmptyProject</name>
    <message>
        <source>Import data…</source>
        <translation>导入数据…</translation>
    </message>
    <message>
        <source>Live feeds…</source>
        <translation>实时数据源…</translation>
    </message>
    <message>
        <source>Import captured posts (JSON, NDJSON, CSV; the capture tools&apos; formats are recognised)</source>
        <translation>导入采集到的帖子（JSON、NDJSON、CSV；可识别各采集工具的格式）</translation>
    </message>
    <message>
        <source>Poll folders or URLs for new captures while the window is open</source>
        <translation>在窗口打开期间轮询文件夹或 URL，获取新的采集数据</translation>
    </message>
    <message>
        <source>No posts in this window</source>
        <translation>此窗口内没有帖子</translation>
    </message>
    <message>
        <source>The window ending %1 holds no post of the enabled platforms. Drag the window on the timeline above, choose Latest, pick a longer window, or import more data.</source>
        <translation>截至 %1 的窗口内没有已启用平台的帖子。请在上方时间轴上拖动窗口、选择“最新”、选用更长的窗口，或导入更多数据。</translation>
    </message>
    <message>
        <source>This project has no posts yet</source>
        <translation>此项目还没有帖子</translation>
    </message>
    <message>
        <source>Import captured posts, or let live feeds bring them in; the trends appear here as soon as there are posts to compare.</source>
        <translation>导入采集到的帖子，或让实时数据源自动导入；一旦有可比较的帖子，趋势就会显示在这里。</translation>
    </message>
</context>
<context>
    <name>EvidenceModel</name>
    <message>
        <source>undefined</source>
        <translation>未定义</translation>
    </message>
    <message>
        <source>baseline posts</source>
        <translation>基线帖子数</translation>
    </message>
    <message>
        <source>(uncovered)</source>
        <translation>（未覆盖）</translation>
    </message>
    <message>
        <source>per baseline window, oldest first (count → volume-adjusted): %1; current window: %2; %3 of %4 windows covered; lifecycle %5</source>
        <translation>各基线窗口，从最早开始（计数 → 按采集量调整）：%1；当前窗口：%2；%4 个窗口中 %3 个已覆盖；生命周期 %5</translation>
    </message>
    <message>
        <source>undefined: %1 (needs ≥ %2)</source>
        <translation>未定义：%1（需要 ≥ %2）</translation>
    </message>
    <message>
        <source>anchor (most posts)</source>
        <translation>锚点（帖子最多）</translation>
    </message>
    <message>
        <source>%1 more on the Decisions page</source>
        <translation>另有 %1 条，见“决策”页</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>检验</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Edges</source>
        <translation>边</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>决策</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Formula / threshold / message</source>
        <translation>公式 / 阈值 / 消息</translation>
    </message>
</context>
<context>
    <name>EvidencePanel</name>
    <message>
        <source>Top posts</source>
        <translation>热门帖子</translation>
    </message>
    <message>
        <source>Select a trend</source>
        <translation>请选择一个趋势</translation>
    </message>
    <message>
        <source>No run yet</source>
        <translation>尚未运行</translation>
    </message>
    <message>
        <source>Every number on a card is written out here: its formula, its inputs and the checks it passed.</source>
        <translation>卡片上的每个数字都在这里展开：公式、输入值以及通过的检验。</translation>
    </message>
    <message>
        <source>NOT A TREND</source>
        <translation>非趋势</translation>
    </message>
    <message>
        <source>Not a trend: see the failed checks below.</source>
        <translation>不是趋势：请查看下方未通过的检验。</translation>
    </message>
    <message>
        <source>Top posts (%1, by engagement)</source>
        <translation>热门帖子（%1 条，按互动量）</translation>
    </message>
    <message>
        <source>Double-click a post to open it; right-click to copy or open its URL</source>
        <translation>双击帖子即可打开；右键可复制或打开其 URL</translation>
    </message>
</context>
<context>
    <name>ExportFlow</name>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>No tile is selected. Select tiles on the Trends page (Ctrl+click for several), or export all tiles.</source>
        <translation>没有选中卡片。请在“趋势”页选择卡片（按住 Ctrl 单击可多选），或导出全部卡片。</translation>
    </message>
    <message>
        <source>Export %1 to PDF</source>
        <translation>将%1导出为 PDF</translation>
    </message>
    <message>
        <source>Export %1 to CSV</source>
        <translation>将%1导出为 CSV</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translatorcomment>Kept as it is on purpose: format or protocol names, the same in Chinese.</translatorcomment>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translatorcomment>Kept as it is on purpose: format or protocol names, the same in Chinese.</translatorcomment>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Nothing exported: no tile is selected on the Trends page.</source>
        <translation>未导出任何内容：“趋势”页上没有选中的卡片。</translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation>正在导出%1…</translation>
    </message>
    <message>
        <source>the selected tile</source>
        <translation>选中的卡片</translation>
    </message>
    <message>
        <source>%1 selected tiles</source>
        <translation>选中的 %1 张卡片</translation>
    </message>
    <message>
        <source>the one tile</source>
        <translation>唯一的一张卡片</translation>
    </message>
    <message>
        <source>all %1 tiles</source>
        <translation>全部 %1 张卡片</translation>
    </message>
</context>
<context>
    <name>FeedStatusModel</name>
    <message>
        <source>%1
%2 file(s) at the last scan; every %3 s</source>
        <translation>%1
上次扫描到 %2 个文件；每 %3 秒一次</translation>
    </message>
    <message>
        <source>%1
every %2 s, timeout %3 s, at most %4 bytes</source>
        <translation>%1
每 %2 秒，超时 %3 秒，最多 %4 字节</translation>
    </message>
    <message>
        <source>%1
%2 failure(s) in a row; last attempt %3</source>
        <translation>%1
连续失败 %2 次；最近一次尝试 %3</translation>
    </message>
    <message>
        <source>%1 imported, %2 rejected since the app started</source>
        <translation>程序启动以来已导入 %1 条，拒收 %2 条</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>URL</source>
        <translatorcomment>Kept as it is on purpose: format or protocol names, the same in Chinese.</translatorcomment>
        <translation>URL</translation>
    </message>
    <message>
        <source>not polled yet</source>
        <translation>尚未轮询</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>polling…</source>
        <translation>正在轮询…</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>%1 (backing off)</source>
        <translation>%1（退避中）</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Folder or URL</source>
        <translation>文件夹或 URL</translation>
    </message>
    <message>
        <source>Last success</source>
        <translation>最近成功</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>最近错误</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>帖子</translation>
    </message>
    <message>
        <source>Next poll</source>
        <translation>下次轮询</translation>
    </message>
</context>
<context>
    <name>FeedsController</name>
    <message>
        <source>There is no configuration file to save to.</source>
        <translation>没有可保存的配置文件。</translation>
    </message>
</context>
<context>
    <name>FeedsDialog</name>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Poll now</source>
        <translation>立即轮询</translation>
    </message>
    <message>
        <source>Auto re-run discovery on new data</source>
        <translation>有新数据时自动重新发现</translation>
    </message>
    <message>
        <source>Save to config</source>
        <translation>保存到配置</translation>
    </message>
    <message>
        <source>Live feeds</source>
        <translation>实时数据源</translation>
    </message>
    <message>
        <source>Add folder…</source>
        <translation>添加文件夹…</translation>
    </message>
    <message>
        <source>Add URL…</source>
        <translation>添加 URL…</translation>
    </message>
    <message>
        <source>Poll the selected source now, or every source when none is selected</source>
        <translation>立即轮询所选数据源；未选择时轮询全部数据源</translation>
    </message>
    <message>
        <source>When a poll stores new posts, run discovery again with the current thresholds</source>
        <translation>轮询存入新帖子时，按当前阈值重新运行发现</translation>
    </message>
    <message>
        <source>Write these sources into config.yaml (poll.sources), so they are polled next time too</source>
        <translation>将这些数据源写入 config.yaml（poll.sources），下次启动时也会轮询</translation>
    </message>
    <message>
        <source>Folders: new files and lines appended to NDJSON captures are imported once. URLs: fetched on their interval, with ETag/If-Modified-Since.</source>
        <translation>文件夹：新文件以及追加到 NDJSON 采集文件中的新行只导入一次。URL：按各自的间隔抓取，使用 ETag/If-Modified-Since。</translation>
    </message>
    <message>
        <source>No configuration file to save to</source>
        <translation>没有可保存的配置文件</translation>
    </message>
    <message>
        <source>Saved to the configuration.</source>
        <translation>已保存到配置。</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <source>Not an http(s) URL: %1</source>
        <translation>不是 http(s) URL：%1</translation>
    </message>
    <message>
        <source>No such folder: %1</source>
        <translation>文件夹不存在：%1</translation>
    </message>
    <message>
        <source>Unknown source kind: %1</source>
        <translation>未知的数据源类型：%1</translation>
    </message>
    <message>
        <source>Already polled: %1</source>
        <translation>已在轮询：%1</translation>
    </message>
    <message>
        <source>Folder to watch for captures</source>
        <translation>要监视采集文件的文件夹</translation>
    </message>
    <message>
        <source>Add folder</source>
        <translation>添加文件夹</translation>
    </message>
    <message>
        <source>Add URL</source>
        <translation>添加 URL</translation>
    </message>
    <message>
        <source>URL of a feed (NDJSON, JSON or CSV):</source>
        <translation>数据源的 URL（NDJSON、JSON 或 CSV）：</translation>
    </message>
    <message>
        <source>Changed: these sources are polled now; Save to config keeps them for next time.</source>
        <translation>已更改：这些数据源现在开始轮询；“保存到配置”可留到下次使用。</translation>
    </message>
</context>
<context>
    <name>GrowthChart</name>
    <message>
        <source>No trends to compare</source>
        <translation>没有可比较的趋势</translation>
    </message>
    <message>
        <source>Growth of the top trends (min_growth %1)</source>
        <translation>热门趋势的增长倍数（min_growth %1）</translation>
    </message>
    <message>
        <source>growth (×)</source>
        <translation>增长（×）</translation>
    </message>
    <message>
        <source>growth %1</source>
        <translation>增长 %1</translation>
    </message>
    <message>
        <source>min_growth %1×</source>
        <translatorcomment>Kept as it is on purpose: the config key&apos;s name, as in the guide.</translatorcomment>
        <translation>min_growth %1×</translation>
    </message>
    <message>
        <source>validation.min_growth = %1×: a trend grows at least this much</source>
        <translation>validation.min_growth = %1×：趋势的增长至少要达到此倍数</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>GlassTrend guide</source>
        <translation>GlassTrend 使用指南</translation>
    </message>
    <message>
        <source>en</source>
        <comment>the language code of the guide page: resources/ui/guide/guide_&lt;code&gt;.html</comment>
        <translation>zh_CN</translation>
    </message>
    <message>
        <source>The guide is missing from this build.</source>
        <translation>此版本缺少使用指南。</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>菜单</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>菜单项</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>快捷键</translation>
    </message>
</context>
<context>
    <name>HelpFlow</name>
    <message>
        <source>About GlassTrend</source>
        <translation>关于 GlassTrend</translation>
    </message>
    <message>
        <source>Early social-media trends with transparent rules: every number is a documented formula, every grouping an explicit rule, every decision recorded.</source>
        <translation>以透明规则发现社交媒体早期趋势：每个数字都是有文档的公式，每次分组都是明确的规则，每项决策都有记录。</translation>
    </message>
    <message>
        <source>The language changes when GlassTrend is started again.</source>
        <translation>语言将在下次启动 GlassTrend 时生效。</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>No run is kept yet. Run → Pin this run keeps the run on screen; with live feeds on, scheduled runs are kept too.</source>
        <translation>尚未保存任何运行。“运行 → 固定此运行”会保存屏幕上的运行；开启实时数据源时，定时运行也会被保存。</translation>
    </message>
    <message>
        <source>Run history</source>
        <translation>运行历史</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>Compare with &amp;current</source>
        <translation>与当前运行比较(&amp;C)</translation>
    </message>
    <message>
        <source>Compare &amp;two</source>
        <translation>比较两次运行(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Unpin</source>
        <translation>取消固定(&amp;U)</translation>
    </message>
    <message>
        <source>Removes the run from the history (the stored run stays in the database).</source>
        <translation>从历史中移除该运行（已存储的运行仍保留在数据库中）。</translation>
    </message>
</context>
<context>
    <name>HistoryFlow</name>
    <message>
        <source>the run as of %1 UTC</source>
        <translation>截至 %1 UTC 的运行</translation>
    </message>
    <message>
        <source>The sample data is read-only: runs are kept in a project of your own (File → New project…).</source>
        <translation>示例数据为只读：运行只保存在您自己的项目中（文件 → 新建项目…）。</translation>
    </message>
    <message>
        <source>This project keeps no runs.</source>
        <translation>此项目不保存运行。</translation>
    </message>
    <message>
        <source>Scheduled discovery failed: %1</source>
        <translation>定时发现失败：%1</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Every 15 minutes</source>
        <translation>每 15 分钟</translation>
    </message>
    <message>
        <source>Every 30 minutes</source>
        <translation>每 30 分钟</translation>
    </message>
    <message>
        <source>Every hour</source>
        <translation>每小时</translation>
    </message>
    <message>
        <source>Every 6 hours</source>
        <translation>每 6 小时</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>每天</translation>
    </message>
    <message>
        <source>Scheduled discovery</source>
        <translation>定时发现</translation>
    </message>
    <message>
        <source>While live feeds are on, run and keep a discovery of this project:</source>
        <translation>开启实时数据源时，定时对此项目运行并保存一次发现：</translation>
    </message>
    <message>
        <source>There is no run to pin yet.</source>
        <translation>还没有可固定的运行。</translation>
    </message>
    <message>
        <source>Pinned %1. Run → History… lists it.</source>
        <translation>已固定%1。“运行 → 历史…”中可以找到它。</translation>
    </message>
    <message>
        <source>The run was not kept: %1</source>
        <translation>运行未保存：%1</translation>
    </message>
    <message>
        <source>Project settings not saved: %1</source>
        <translation>项目设置未保存：%1</translation>
    </message>
    <message>
        <source>No run is pinned yet: pin one (Run → Pin this run), then compare the runs that follow with it.</source>
        <translation>尚未固定任何运行：先固定一次（运行 → 固定此运行），再将之后的运行与它比较。</translation>
    </message>
    <message>
        <source>The run could not be opened: %1</source>
        <translation>无法打开该运行：%1</translation>
    </message>
    <message>
        <source>Showing the stored run as of %1 UTC, read-only: move a knob or Re-run to run again.</source>
        <translation>正在显示截至 %1 UTC 的已存储运行（只读）：调整任一参数或重新运行即可再次运行。</translation>
    </message>
    <message>
        <source>There is no run on screen to compare.</source>
        <translation>屏幕上没有可比较的运行。</translation>
    </message>
    <message>
        <source>The runs could not be compared: %1</source>
        <translation>无法比较这些运行：%1</translation>
    </message>
    <message>
        <source>The run on screen</source>
        <translation>屏幕上的运行</translation>
    </message>
    <message>
        <source>The run as of %1 UTC</source>
        <translation>截至 %1 UTC 的运行</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) removed from the history.</source>
        <translation>
            <numerusform>已从历史中移除 %n 次运行。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>Pinned</source>
        <translation>已固定</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>定时</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>提醒</translation>
    </message>
    <message>
        <source>Run %1: %2 posts in the window, %3 clusters, %4 trends</source>
        <translation>运行 %1：窗口内 %2 条帖子，%3 个聚类，%4 个趋势</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <source>Stored (UTC)</source>
        <translation>保存时间 (UTC)</translation>
    </message>
    <message>
        <source>As of (UTC)</source>
        <translation>截止时间 (UTC)</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>窗口</translation>
    </message>
    <message>
        <source>Trends</source>
        <translation>趋势</translation>
    </message>
    <message>
        <source>Kept as</source>
        <translation>保存方式</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>ImportFlow</name>
    <message>
        <source>Importing file %1 of %2: %p%</source>
        <translation>正在导入第 %1 / %2 个文件：%p%</translation>
    </message>
    <message>
        <source>%1 was read with the saved mapping &quot;%2&quot;.</source>
        <translation>%1 已按保存的映射“%2”读取。</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <source>Not imported: %1 is open read-only. To import into it, connect again with &quot;Allow importing into this database&quot; ticked.</source>
        <translation>未导入：%1 以只读方式打开。如需导入，请重新连接并勾选“允许导入到此数据库”。</translation>
    </message>
</context>
<context>
    <name>ImportSummaryDialog</name>
    <message>
        <source>Import cancelled: %1 read, %2 inserted, %3 updated, %4 rejected; %5 with unknown views, %6 with approximate times.</source>
        <translation>导入已取消：读取 %1 条，新增 %2 条，更新 %3 条，拒收 %4 条；%5 条浏览量未知，%6 条时间为近似值。</translation>
    </message>
    <message>
        <source>Imported: %1 read, %2 inserted, %3 updated, %4 rejected; %5 with unknown views, %6 with approximate times.</source>
        <translation>已导入：读取 %1 条，新增 %2 条，更新 %3 条，拒收 %4 条；%5 条浏览量未知，%6 条时间为近似值。</translation>
    </message>
    <message>
        <source>%1 copies of posts already in the same file, merged.</source>
        <translation>同一文件中有 %1 条重复帖子，已合并。</translation>
    </message>
    <message>
        <source>Import summary</source>
        <translation>导入摘要</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>读取</translation>
    </message>
    <message>
        <source>Inserted</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Copies merged</source>
        <translation>合并的重复</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>拒收</translation>
    </message>
    <message>
        <source>Unknown views</source>
        <translation>浏览量未知</translation>
    </message>
    <message>
        <source>Approx. times</source>
        <translation>近似时间</translation>
    </message>
    <message>
        <source>%1: %2 copies of posts already in this file, merged</source>
        <translation>%1：本文件中有 %2 条重复帖子，已合并</translation>
    </message>
    <message>
        <source>Rejected, by field and reason:</source>
        <translation>拒收记录（按字段和原因）：</translation>
    </message>
    <message>
        <source>Save rejects as CSV…</source>
        <translation>将拒收记录保存为 CSV…</translation>
    </message>
    <message>
        <source>Every rejected record with its file, line, field and reason</source>
        <translation>每条被拒记录及其文件、行号、字段和原因</translation>
    </message>
    <message>
        <source>Save rejects</source>
        <translation>保存拒收记录</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translatorcomment>Kept as it is on purpose: format or protocol names, the same in Chinese.</translatorcomment>
        <translation>CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>Knob</name>
    <message>
        <source>Window</source>
        <translation>窗口</translation>
    </message>
    <message>
        <source>Min coverage</source>
        <translation>最低覆盖率</translation>
    </message>
    <message>
        <source>A baseline window counts when it holds ≥ this × the current window&apos;s posts</source>
        <translation>基线窗口的帖子数 ≥ 此值 × 当前窗口帖子数时，该窗口计入基线</translation>
    </message>
    <message>
        <source>Clustering</source>
        <translation>聚类</translation>
    </message>
    <message>
        <source>Min posts</source>
        <translation>最少帖子数</translation>
    </message>
    <message>
        <source>A tag needs this many posts in the window</source>
        <translation>标签在窗口内至少需要的帖子数</translation>
    </message>
    <message>
        <source>Min co-occurrence</source>
        <translation>最小共现数</translation>
    </message>
    <message>
        <source>Posts two tags must share for an edge</source>
        <translation>两个标签构成一条边所需的共同帖子数</translation>
    </message>
    <message>
        <source>Min Jaccard</source>
        <translation>最小 Jaccard</translation>
    </message>
    <message>
        <source>co(A,B) / (posts(A) + posts(B) − co(A,B)) for an edge</source>
        <translation>构成边所需的 co(A,B) / (posts(A) + posts(B) − co(A,B))</translation>
    </message>
    <message>
        <source>Max tags</source>
        <translation>最多标签数</translation>
    </message>
    <message>
        <source>Larger components are split at their weakest edges</source>
        <translation>更大的连通分量会在最弱的边处拆分</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>验证</translation>
    </message>
    <message>
        <source>Creators ≥</source>
        <translation>创作者 ≥</translation>
    </message>
    <message>
        <source>Unique (platform, creator) pairs</source>
        <translation>不同的（平台，创作者）组合数</translation>
    </message>
    <message>
        <source>Diversity ≥</source>
        <translation>多样性 ≥</translation>
    </message>
    <message>
        <source>unique creators / posts</source>
        <translation>不同创作者数 / 帖子数</translation>
    </message>
    <message>
        <source>Regions ≥</source>
        <translation>地区 ≥</translation>
    </message>
    <message>
        <source>Distinct non-empty regions</source>
        <translation>不同的非空地区数</translation>
    </message>
    <message>
        <source>Platforms ≥</source>
        <translation>平台 ≥</translation>
    </message>
    <message>
        <source>Distinct platforms</source>
        <translation>不同的平台数</translation>
    </message>
    <message>
        <source>Growth ≥</source>
        <translation>增长 ≥</translation>
    </message>
    <message>
        <source>(posts in window + 1) / (μ + 1)</source>
        <translation>(窗口内帖子数 + 1) / (μ + 1)</translation>
    </message>
    <message>
        <source>Significance ≥</source>
        <translation>显著性 ≥</translation>
    </message>
    <message>
        <source>−log10(binomial tail × clusters tested)</source>
        <translation>−log10(二项分布尾概率 × 检验的聚类数)</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>置信度</translation>
    </message>
    <message>
        <source>Weight creators</source>
        <translation>创作者权重</translation>
    </message>
    <message>
        <source>w_c in w_c·min(1, creators / target)</source>
        <translation>w_c·min(1, creators / target) 中的 w_c</translation>
    </message>
    <message>
        <source>Creator target</source>
        <translation>创作者目标数</translation>
    </message>
    <message>
        <source>Unique creators that earn the full w_c</source>
        <translation>获得全部 w_c 所需的不同创作者数</translation>
    </message>
    <message>
        <source>Weight regions</source>
        <translation>地区权重</translation>
    </message>
    <message>
        <source>w_r in w_r·min(1, regions / target)</source>
        <translation>w_r·min(1, regions / target) 中的 w_r</translation>
    </message>
    <message>
        <source>Region target</source>
        <translation>地区目标数</translation>
    </message>
    <message>
        <source>Distinct regions that earn the full w_r</source>
        <translation>获得全部 w_r 所需的不同地区数</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>健康度</translation>
    </message>
    <message>
        <source>Weight diversity</source>
        <translation>多样性权重</translation>
    </message>
    <message>
        <source>w_d in the health formula</source>
        <translation>健康度公式中的 w_d</translation>
    </message>
    <message>
        <source>Weight engagement</source>
        <translation>互动率权重</translation>
    </message>
    <message>
        <source>w_e in the health formula</source>
        <translation>健康度公式中的 w_e</translation>
    </message>
    <message>
        <source>Weight velocity</source>
        <translation>速度权重</translation>
    </message>
    <message>
        <source>w_v in the health formula</source>
        <translation>健康度公式中的 w_v</translation>
    </message>
    <message>
        <source>Engagement target</source>
        <translation>互动率目标</translation>
    </message>
    <message>
        <source>Engagement rate that scores 1</source>
        <translation>得满分 1 的互动率</translation>
    </message>
    <message>
        <source>Velocity target</source>
        <translation>速度目标</translation>
    </message>
    <message>
        <source>Engagement per hour that scores 1</source>
        <translation>得满分 1 的每小时互动量</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>紧急度</translation>
    </message>
    <message>
        <source>Act now: growth ≥</source>
        <translation>立即行动：增长 ≥</translation>
    </message>
    <message>
        <source>With confidence ≥ the next knob</source>
        <translation>同时置信度需 ≥ 下一个参数</translation>
    </message>
    <message>
        <source>Act now: confidence ≥</source>
        <translation>立即行动：置信度 ≥</translation>
    </message>
    <message>
        <source>Confidence needed for act_now</source>
        <translation>判为“立即行动”所需的置信度</translation>
    </message>
    <message>
        <source>Prepare: growth ≥</source>
        <translation>准备：增长 ≥</translation>
    </message>
    <message>
        <source>Below it a trend is monitor</source>
        <translation>低于此值的趋势为“观察”</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <source>Top posts</source>
        <translation>热门帖子</translation>
    </message>
    <message>
        <source>Top posts by engagement in a tile&apos;s evidence chain</source>
        <translation>证据链中按互动量列出的热门帖子数</translation>
    </message>
</context>
<context>
    <name>LogDock</name>
    <message>
        <source>Log</source>
        <translation>日志</translation>
    </message>
    <message>
        <source>%1 log lines skipped in the dock (see the log file)</source>
        <translation>停靠窗口中略去了 %1 行日志（见日志文件）</translation>
    </message>
</context>
<context>
    <name>LogModel</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Logger</source>
        <translation>日志器</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
</context>
<context>
    <name>MainMenus</name>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New project…</source>
        <translation>新建项目(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open project…</source>
        <translation>打开项目(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>Save a &amp;copy as…</source>
        <translation>另存副本(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>Live &amp;feeds…</source>
        <translation>实时数据源(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>运行(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Re-run</source>
        <translation>重新运行(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation>服务器(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Serve the REST API</source>
        <translation>提供 REST API 服务(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Guide</source>
        <translation>使用指南(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;About GlassTrend</source>
        <translation>关于 GlassTrend(&amp;A)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>System</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>跟随系统(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>浅色(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>深色(&amp;D)</translation>
    </message>
    <message numerus="yes">
        <source>Selected tiles (%n) to PDF…</source>
        <translation>
            <numerusform>选中的卡片（%n 张）导出为 PDF…</numerusform>
        </translation>
    </message>
    <message>
        <source>Selected tiles to PDF… (select tiles on the Trends page)</source>
        <translation>选中的卡片导出为 PDF…（请先在“趋势”页选择卡片）</translation>
    </message>
    <message numerus="yes">
        <source>Selected tiles (%n) to CSV…</source>
        <translation>
            <numerusform>选中的卡片（%n 张）导出为 CSV…</numerusform>
        </translation>
    </message>
    <message>
        <source>Selected tiles to CSV… (select tiles on the Trends page)</source>
        <translation>选中的卡片导出为 CSV…（请先在“趋势”页选择卡片）</translation>
    </message>
    <message>
        <source>All tiles to &amp;PDF…</source>
        <translation>全部卡片导出为 PDF(&amp;P)…</translation>
    </message>
    <message>
        <source>Selected tiles to PDF…</source>
        <translation>选中的卡片导出为 PDF…</translation>
    </message>
    <message>
        <source>All tiles to &amp;CSV…</source>
        <translation>全部卡片导出为 CSV(&amp;C)…</translation>
    </message>
    <message>
        <source>Selected tiles to CSV…</source>
        <translation>选中的卡片导出为 CSV…</translation>
    </message>
    <message>
        <source>&amp;Backtest…</source>
        <translation>回测(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Pin this run</source>
        <translation>固定此运行(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>历史(&amp;H)…</translation>
    </message>
    <message>
        <source>Compare &amp;with…</source>
        <translation>比较(&amp;W)…</translation>
    </message>
    <message>
        <source>&amp;Scheduled discovery…</source>
        <translation>定时发现(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Watched tags…</source>
        <translation>关注的标签(&amp;W)…</translation>
    </message>
    <message>
        <source>Connect to a &amp;team database…</source>
        <translation>连接团队数据库(&amp;T)…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Trends</source>
        <translation>趋势</translation>
    </message>
    <message>
        <source>Clusters</source>
        <translation>聚类</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>决策</translation>
    </message>
    <message>
        <source>Feeds: %1 new posts from %2; re-running</source>
        <translation>数据源：来自 %2 的 %1 条新帖子；正在重新运行</translation>
    </message>
    <message>
        <source>Thresholds saved to the configuration.</source>
        <translation>阈值已保存到配置。</translation>
    </message>
    <message>
        <source>Save to config</source>
        <translation>保存到配置</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>打开项目</translation>
    </message>
    <message>
        <source>Run failed: %1</source>
        <translation>运行失败：%1</translation>
    </message>
    <message>
        <source>Exporting tile %v of %m</source>
        <translation>正在导出第 %v / %m 张卡片</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>导出失败：%1</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>正在打开 %1…</translation>
    </message>
    <message>
        <source>Import posts</source>
        <translation>导入帖子</translation>
    </message>
    <message>
        <source>Posts (*.json *.ndjson *.jsonl *.csv);;All files (*)</source>
        <translation>帖子 (*.json *.ndjson *.jsonl *.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Serve</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>Sample data (%1, read-only) — GlassTrend</source>
        <translation>示例数据（%1，只读）— GlassTrend</translation>
    </message>
    <message>
        <source>as of %1 UTC · window %2 h</source>
        <translation>截至 %1 UTC · 窗口 %2 小时</translation>
    </message>
    <message>
        <source>Thresholds saved to %1</source>
        <translation>阈值已保存到 %1</translation>
    </message>
    <message>
        <source>Exported %1 to %2</source>
        <translation>已将%1导出到 %2</translation>
    </message>
    <message>
        <source>No posts yet · Import data… or Live feeds…</source>
        <translation>暂无帖子 · 请导入数据…或使用实时数据源…</translation>
    </message>
    <message>
        <source>Backtest</source>
        <translation>回测</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>%1 (team database, read-only) — GlassTrend</source>
        <translation>%1（团队数据库，只读）— GlassTrend</translation>
    </message>
    <message>
        <source>%1 (team database) — GlassTrend</source>
        <translation>%1（团队数据库）— GlassTrend</translation>
    </message>
</context>
<context>
    <name>MappingColumnsModel</name>
    <message>
        <source>(not imported)</source>
        <translation>（不导入）</translation>
    </message>
    <message>
        <source>The field of the post this column feeds; double-click to change.</source>
        <translation>此列对应的帖子字段；双击可更改。</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>First values</source>
        <translation>前几个值</translation>
    </message>
</context>
<context>
    <name>MappingDialog</name>
    <message>
        <source>Save this mapping for files with these columns</source>
        <translation>为具有这些列的文件保存此映射</translation>
    </message>
    <message>
        <source>Map the columns of %1</source>
        <translation>映射 %1 的列</translation>
    </message>
    <message>
        <source>No reader knows this file. GlassTrend guessed which column holds what from the column names and values; check each field, pick the platform if the file does not say it, and watch the preview.</source>
        <translation>没有读取器能识别此文件。GlassTrend 已根据列名和数值推测了各列的含义；请逐一核对字段，若文件未指明平台请选择平台，并查看预览。</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>（不导入）</translation>
    </message>
    <message>
        <source>(the file says it)</source>
        <translation>（由文件指明）</translation>
    </message>
    <message>
        <source>Field of the selected column:</source>
        <translation>所选列对应的字段：</translation>
    </message>
    <message>
        <source>Platform:</source>
        <translation>平台：</translation>
    </message>
    <message>
        <source>Save as:</source>
        <translation>保存为：</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Preview of the first posts:</source>
        <translation>前几条帖子的预览：</translation>
    </message>
    <message>
        <source>Still needed: %1</source>
        <translation>仍需：%1</translation>
    </message>
    <message>
        <source>(no column or URL says the platform: pick it above)</source>
        <translation>（没有列或 URL 指明平台：请在上方选择）</translation>
    </message>
    <message>
        <source>%1 of the first %2 rows would be imported.</source>
        <translation>前 %2 行中有 %1 行将被导入。</translation>
    </message>
    <message>
        <source>Give the mapping a name to save it.</source>
        <translation>请为映射命名后再保存。</translation>
    </message>
</context>
<context>
    <name>MappingFlow</name>
    <message>
        <source>%1: not imported (no mapping)</source>
        <translation>%1：未导入（没有列映射）</translation>
    </message>
    <message>
        <source>Mapping &quot;%1&quot; saved: files with these columns import without asking</source>
        <translation>映射“%1”已保存：具有这些列的文件将直接导入，不再询问</translation>
    </message>
    <message>
        <source>Mapping not saved: %1</source>
        <translation>映射未保存：%1</translation>
    </message>
</context>
<context>
    <name>MappingPreviewModel</name>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>Post id</source>
        <translation>帖子 ID</translation>
    </message>
    <message>
        <source>Creator</source>
        <translation>创作者</translation>
    </message>
    <message>
        <source>Created (UTC)</source>
        <translation>发布时间（UTC）</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>正文</translation>
    </message>
    <message>
        <source>Hashtags</source>
        <translation>话题标签</translation>
    </message>
    <message>
        <source>Likes</source>
        <translation>点赞</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>评论</translation>
    </message>
    <message>
        <source>Shares</source>
        <translation>分享</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>浏览量</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
</context>
<context>
    <name>NetworkPage</name>
    <message>
        <source>Hide tags without edges</source>
        <translation>隐藏没有边的标签</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>适应窗口</translation>
    </message>
    <message>
        <source>Export GEXF…</source>
        <translation>导出 GEXF…</translation>
    </message>
    <message>
        <source>A tag with no edge is a cluster of one; a big run has thousands of them</source>
        <translation>没有边的标签自成一个簇；大型运行中有成千上万个这样的标签</translation>
    </message>
    <message>
        <source>Show the whole graph (key 0)</source>
        <translation>显示整个图（按键 0）</translation>
    </message>
    <message>
        <source>Write the graph shown, with its layout and metrics, as GEXF for Gephi</source>
        <translation>将当前显示的图连同布局和指标写成 GEXF，供 Gephi 使用</translation>
    </message>
    <message>
        <source>Size: posts · width: Jaccard · dashed: dropped by the max_tags split · ring: a trend, in its urgency colour · drag to pan, Ctrl+wheel (or wheel with focus) to zoom · click a tag to select its cluster</source>
        <translation>大小：帖子数 · 粗细：Jaccard · 虚线：被 max_tags 拆分删除 · 圆环：趋势（紧急度颜色） · 拖动平移，Ctrl+滚轮（或获得焦点时滚轮）缩放 · 点击标签选中其簇</translation>
    </message>
    <message>
        <source>No run yet</source>
        <translation>尚未运行</translation>
    </message>
    <message>
        <source>No network for this run: %1</source>
        <translation>此次运行没有网络：%1</translation>
    </message>
    <message>
        <source>Laying out…</source>
        <translation>正在布局…</translation>
    </message>
    <message>
        <source>%1 tags, %2 edges (%3 dropped by the max_tags split)</source>
        <translation>%1 个标签，%2 条边（%3 条被 max_tags 拆分删除）</translation>
    </message>
    <message>
        <source>%1 tags without edges hidden</source>
        <translation>已隐藏 %1 个没有边的标签</translation>
    </message>
    <message>
        <source>No tag of this run has an edge</source>
        <translation>此次运行中没有标签有边</translation>
    </message>
    <message>
        <source>Nothing to export yet</source>
        <translation>尚无可导出的内容</translation>
    </message>
    <message>
        <source>Exported the network to %1</source>
        <translation>已将网络导出到 %1</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>导出失败：%1</translation>
    </message>
    <message>
        <source>Export network as GEXF</source>
        <translation>将网络导出为 GEXF</translation>
    </message>
    <message>
        <source>GEXF graph (*.gexf)</source>
        <translation>GEXF 图 (*.gexf)</translation>
    </message>
</context>
<context>
    <name>NetworkView</name>
    <message>
        <source>#%1 — %2 posts</source>
        <translation>#%1 — %2 条帖子</translation>
    </message>
    <message>
        <source>Cluster %1</source>
        <translation>簇 %1</translation>
    </message>
    <message>
        <source>Trend: %1</source>
        <translation>趋势：%1</translation>
    </message>
    <message>
        <source>Not a trend</source>
        <translation>不是趋势</translation>
    </message>
</context>
<context>
    <name>PdfReport</name>
    <message>
        <source>newest post</source>
        <translation>最新帖子</translation>
    </message>
    <message>
        <source>every platform</source>
        <translation>所有平台</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>1 for every platform</source>
        <translation>所有平台均为 1</translation>
    </message>
    <message>
        <source>growth %1 · health %2 · confidence %3</source>
        <translation>增长 %1 · 健康度 %2 · 置信度 %3</translation>
    </message>
    <message>
        <source>Early-trend proof tiles with their evidence chains. Every number below is a documented formula over the posts; every threshold is listed on this page.</source>
        <translation>早期趋势证据卡片及其证据链。下文每个数字都是基于帖子的有文档的公式；所有阈值都列在本页。</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>Run id</source>
        <translation>运行 ID</translation>
    </message>
    <message>
        <source>(not stored)</source>
        <translation>（未保存）</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>截至</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>窗口</translation>
    </message>
    <message>
        <source>%1 h: %2 → %3</source>
        <translation>%1 小时：%2 → %3</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>基线</translation>
    </message>
    <message>
        <source>%1 windows of %2 h from %3</source>
        <translation>%1 个 %2 小时窗口，自 %3 起</translation>
    </message>
    <message>
        <source>Posts in window</source>
        <translation>窗口内帖子数</translation>
    </message>
    <message>
        <source>Clusters</source>
        <translation>聚类</translation>
    </message>
    <message>
        <source>Trends</source>
        <translation>趋势</translation>
    </message>
    <message>
        <source>Tiles in this report</source>
        <translation>本报告中的卡片</translation>
    </message>
    <message>
        <source>Run time</source>
        <translation>运行时长</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <source>Tiles</source>
        <translation>卡片</translation>
    </message>
    <message>
        <source>No trend passed every check in this run.</source>
        <translation>本次运行中没有趋势通过全部检验。</translation>
    </message>
    <message>
        <source>Parameters (config keys)</source>
        <translation>参数（配置键）</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>run %1</source>
        <translation>运行 %1</translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation>截至 %1</translation>
    </message>
    <message>
        <source>ACT NOW</source>
        <translation>立即行动</translation>
    </message>
    <message>
        <source>PREPARE</source>
        <translation>准备</translation>
    </message>
    <message>
        <source>MONITOR</source>
        <translation>观察</translation>
    </message>
    <message>
        <source>NOT A TREND</source>
        <translation>非趋势</translation>
    </message>
    <message>
        <source>trend id %1 · anchor #%2</source>
        <translation>趋势 ID %1 · 锚点 #%2</translation>
    </message>
    <message>
        <source>(no inputs)</source>
        <translation>（无输入）</translation>
    </message>
    <message>
        <source>undefined</source>
        <translation>未定义</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>未通过</translation>
    </message>
    <message>
        <source>co-occurrence %1</source>
        <translation>共现 %1</translation>
    </message>
    <message>
        <source>engagement %1 = likes %2 + comments %3 + shares %4 · saves %5 · views %6</source>
        <translation>互动量 %1 = 点赞 %2 + 评论 %3 + 分享 %4 · 收藏 %5 · 浏览 %6</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>new</source>
        <translation>新出现</translation>
    </message>
    <message>
        <source>rising</source>
        <translation>上升中</translation>
    </message>
    <message>
        <source>peaked</source>
        <translation>已见顶</translation>
    </message>
    <message>
        <source>steady</source>
        <translation>平稳</translation>
    </message>
    <message>
        <source>Recommendation: %1</source>
        <translation>建议：%1</translation>
    </message>
    <message>
        <source>%1 post</source>
        <translation>%1 条帖子</translation>
    </message>
    <message>
        <source>%1 posts</source>
        <translation>%1 条帖子</translation>
    </message>
    <message>
        <source>%1 creator</source>
        <translation>%1 位创作者</translation>
    </message>
    <message>
        <source>%1 creators</source>
        <translation>%1 位创作者</translation>
    </message>
    <message>
        <source>%1 platform</source>
        <translation>%1 个平台</translation>
    </message>
    <message>
        <source>%1 platforms</source>
        <translation>%1 个平台</translation>
    </message>
    <message>
        <source>%1 region</source>
        <translation>%1 个地区</translation>
    </message>
    <message>
        <source>%1 regions</source>
        <translation>%1 个地区</translation>
    </message>
    <message>
        <source>cross-platform</source>
        <translation>跨平台</translation>
    </message>
    <message>
        <source>first seen %1</source>
        <translation>首次出现 %1</translation>
    </message>
    <message>
        <source>last seen %1</source>
        <translation>最后出现 %1</translation>
    </message>
    <message>
        <source>lifecycle %1</source>
        <translation>生命周期：%1</translation>
    </message>
    <message>
        <source>%1 of %2 baseline windows covered</source>
        <translation>%2 个基线窗口中 %1 个已覆盖</translation>
    </message>
    <message>
        <source>growth vs baseline</source>
        <translation>相对基线的增长</translation>
    </message>
    <message>
        <source>surge z</source>
        <translation>激增 z 值</translation>
    </message>
    <message>
        <source>significance (−log10 p)</source>
        <translation>显著性（−log10 p）</translation>
    </message>
    <message>
        <source>velocity (engagement/h)</source>
        <translation>速度（互动量/小时）</translation>
    </message>
    <message>
        <source>health</source>
        <translation>健康度</translation>
    </message>
    <message>
        <source>confidence</source>
        <translation>置信度</translation>
    </message>
    <message>
        <source>engagement rate</source>
        <translation>互动率</translation>
    </message>
    <message>
        <source>engagement rate (no views)</source>
        <translation>互动率（无浏览量）</translation>
    </message>
    <message>
        <source>creator diversity</source>
        <translation>创作者多样性</translation>
    </message>
    <message>
        <source>Metrics — formula = inputs = result</source>
        <translation>指标 — 公式 = 输入 = 结果</translation>
    </message>
    <message>
        <source>No formula trace recorded for this tile.</source>
        <translation>此卡片没有记录公式推导。</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>检验</translation>
    </message>
    <message>
        <source>Cluster — tags and edges</source>
        <translation>聚类 — 标签与边</translation>
    </message>
    <message>
        <source>A cluster of one tag: no edges.</source>
        <translation>仅含一个标签的聚类：没有边。</translation>
    </message>
    <message>
        <source>Velocity — posts per hour</source>
        <translation>速度 — 每小时帖子数</translation>
    </message>
    <message>
        <source>No hourly series recorded for this cluster</source>
        <translation>此聚类没有记录每小时序列</translation>
    </message>
    <message>
        <source>baseline (shaded)</source>
        <translation>基线（阴影）</translation>
    </message>
    <message>
        <source> · dashed: baseline mean/h</source>
        <translation> · 虚线：基线每小时均值</translation>
    </message>
    <message>
        <source> · hatched: uncovered</source>
        <translation> · 斜线：未覆盖</translation>
    </message>
    <message>
        <source>window</source>
        <translation>窗口</translation>
    </message>
    <message>
        <source>as of</source>
        <translation>截至</translation>
    </message>
    <message>
        <source>Top posts by engagement</source>
        <translation>按互动量排列的热门帖子</translation>
    </message>
    <message>
        <source>No posts recorded.</source>
        <translation>没有记录帖子。</translation>
    </message>
</context>
<context>
    <name>PipelineRunner</name>
    <message>
        <source>No data source is open.</source>
        <translation>没有打开数据源。</translation>
    </message>
    <message>
        <source>This build has no pipeline.</source>
        <translation>此版本不含分析流水线。</translation>
    </message>
</context>
<context>
    <name>PlatformDialog</name>
    <message>
        <source>Which platform?</source>
        <translation>来自哪个平台？</translation>
    </message>
    <message>
        <source>%1 record(s) of %2 do not say their platform, and nothing in them tells it. Which platform are they from? The file is imported again with it; its other posts are not stored twice.</source>
        <translation>%2 中有 %1 条记录没有注明平台，记录内容也无法判断。它们来自哪个平台？文件将按此平台重新导入；其中其他帖子不会重复存储。</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Platform:</source>
        <translation>平台：</translation>
    </message>
</context>
<context>
    <name>PlatformQuestion</name>
    <message>
        <source>%1: records without a platform not imported (no platform given)</source>
        <translation>%1：未注明平台的记录未导入（未指定平台）</translation>
    </message>
</context>
<context>
    <name>PostContextMenu</name>
    <message>
        <source>Copy URL</source>
        <translation>复制 URL</translation>
    </message>
    <message>
        <source>Open URL</source>
        <translation>打开 URL</translation>
    </message>
    <message>
        <source>This post has no URL</source>
        <translation>此帖子没有 URL</translation>
    </message>
</context>
<context>
    <name>ProjectController</name>
    <message>
        <source>GlassTrend projects (*.db *.sqlite);;All files (*)</source>
        <translation>GlassTrend 项目 (*.db *.sqlite);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Project settings not saved: %1</source>
        <translation>项目设置未保存：%1</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>新建项目</translation>
    </message>
    <message>
        <source>%1 already exists. Open it with File → Open project…, or choose a new name.</source>
        <translation>%1 已存在。请用“文件 → 打开项目…”打开它，或换一个名称。</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>打开项目</translation>
    </message>
    <message>
        <source>Save a copy of the project</source>
        <translation>保存项目副本</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>保存副本</translation>
    </message>
    <message>
        <source>Choose another file than the open project.</source>
        <translation>请选择与当前打开的项目不同的文件。</translation>
    </message>
    <message>
        <source>Saved a copy of the project to %1</source>
        <translation>项目副本已保存到 %1</translation>
    </message>
    <message>
        <source>Copy failed: %1</source>
        <translation>复制失败：%1</translation>
    </message>
    <message>
        <source>Import into the sample?</source>
        <translation>导入到示例数据？</translation>
    </message>
    <message numerus="yes">
        <source>The bundled sample data is open. Start a new project for your %n file(s)?</source>
        <translation>
            <numerusform>当前打开的是内置示例数据。要为你的 %n 个文件新建一个项目吗？</numerusform>
        </translation>
    </message>
    <message>
        <source>A project is one database file with its own settings: your data stays apart from the sample, and the file can be handed to a colleague.</source>
        <translation>一个项目就是一个自带设置的数据库文件：你的数据与示例数据分开存放，文件也可以直接交给同事。</translation>
    </message>
    <message>
        <source>New project…</source>
        <translation>新建项目…</translation>
    </message>
    <message>
        <source>Import into sample</source>
        <translation>导入到示例数据</translation>
    </message>
</context>
<context>
    <name>ProjectSettings</name>
    <message>
        <source>project settings not restored: %1</source>
        <translation>项目设置未恢复：%1</translation>
    </message>
    <message>
        <source>project settings: unknown keys skipped: %1</source>
        <translation>项目设置：已跳过未知的键：%1</translation>
    </message>
</context>
<context>
    <name>RangeEdit</name>
    <message>
        <source>“%1” is not a whole number: the %2 takes %3; it stays %4 %5</source>
        <translation>“%1”不是整数：%2 的取值为 %3；保持 %4 %5</translation>
    </message>
    <message>
        <source>%1 %2 is out of range: the %3 takes %4; it stays %5 %2</source>
        <translation>%1 %2 超出范围：%3 的取值为 %4；保持 %5 %2</translation>
    </message>
</context>
<context>
    <name>RejectsModel</name>
    <message>
        <source>%1
%2
first: %3</source>
        <translation>%1
%2
首例：%3</translation>
    </message>
    <message>
        <source>(record)</source>
        <translation>（整条记录）</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>First lines</source>
        <translation>首次出现的行</translation>
    </message>
</context>
<context>
    <name>RunChange</name>
    <message>
        <source>First run: 1 trend</source>
        <translation>首次运行：1 个趋势</translation>
    </message>
    <message>
        <source>First run: %1 trends</source>
        <translation>首次运行：%1 个趋势</translation>
    </message>
    <message>
        <source>#%1 new (%2)</source>
        <translation>#%1 新增（%2）</translation>
    </message>
    <message>
        <source>#%1 now %2</source>
        <translation>#%1 现为 %2</translation>
    </message>
    <message>
        <source>#%1 dropped</source>
        <translation>#%1 已移除</translation>
    </message>
    <message>
        <source>%1 trends</source>
        <translation>%1 个趋势</translation>
    </message>
    <message>
        <source>%1 trends → %2</source>
        <translation>%1 个趋势 → %2</translation>
    </message>
    <message>
        <source>%1 more</source>
        <translation>另有 %1 项</translation>
    </message>
    <message>
        <source>%1 trends, same tiles and urgencies</source>
        <translation>%1 个趋势，卡片与紧急度未变</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <source>Running…</source>
        <translation>正在运行…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Sample data · no run yet</source>
        <translation>示例数据 · 尚未运行</translation>
    </message>
    <message>
        <source>No run yet</source>
        <translation>尚未运行</translation>
    </message>
    <message>
        <source>SAMPLE DATA · </source>
        <translation>示例数据 · </translation>
    </message>
    <message>
        <source>%1 posts in window · %2 clusters · %3 trends · run %4 ms</source>
        <translation>窗口内 %1 条帖子 · %2 个聚类 · %3 个趋势 · 运行 %4 毫秒</translation>
    </message>
    <message>
        <source>server: off</source>
        <translation>服务器：关闭</translation>
    </message>
    <message>
        <source>server: %1</source>
        <translation>服务器：%1</translation>
    </message>
</context>
<context>
    <name>ThresholdPanel</name>
    <message>
        <source>Platforms</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>Reset to config</source>
        <translation>恢复为配置值</translation>
    </message>
    <message>
        <source>Back to the values of config.yaml</source>
        <translation>恢复为 config.yaml 中的值</translation>
    </message>
    <message>
        <source>Save to config</source>
        <translation>保存到配置</translation>
    </message>
    <message>
        <source>Write these values into config.yaml</source>
        <translation>将这些值写入 config.yaml</translation>
    </message>
    <message>
        <source>Hashtags never counted, comma-separated; applied on Enter</source>
        <translation>永不统计的话题标签，用逗号分隔；按回车生效</translation>
    </message>
    <message>
        <source>Stoplist</source>
        <translation>停用标签</translation>
    </message>
    <message>
        <source>Count this platform&apos;s posts</source>
        <translation>统计此平台的帖子</translation>
    </message>
    <message>
        <source>Multiplies this platform&apos;s engagement in velocity</source>
        <translation>计算速度时，此平台的互动量乘以该权重</translation>
    </message>
    <message>
        <source>%1 weight</source>
        <translation>%1 权重</translation>
    </message>
</context>
<context>
    <name>TileDelegate</name>
    <message>
        <source>growth</source>
        <translation>增长</translation>
    </message>
    <message>
        <source>health %1   conf %2   vel %3/h   eng %4</source>
        <translation>健康度 %1   置信度 %2   速度 %3/小时   互动率 %4</translation>
    </message>
    <message>
        <source>%1 creators · %2 · %3</source>
        <translation>%1 位创作者 · %2 · %3</translation>
    </message>
</context>
<context>
    <name>TileModel</name>
    <message>
        <source>%1, rank %2: %3</source>
        <translation>%1，第 %2 名：%3</translation>
    </message>
</context>
<context>
    <name>TimeBar</name>
    <message>
        <source>Latest</source>
        <translation>最新</translation>
    </message>
    <message>
        <source>pipeline.as_of = latest
The window ends at the newest post of the enabled platforms</source>
        <translation>pipeline.as_of = latest
窗口截止于已启用平台的最新帖子</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>现在</translation>
    </message>
    <message>
        <source>The window ends at this moment</source>
        <translation>窗口截止于此刻</translation>
    </message>
    <message>
        <source>window</source>
        <translation>窗口</translation>
    </message>
    <message>
        <source>h</source>
        <translation>小时</translation>
    </message>
    <message>
        <source>baseline</source>
        <translation>基线</translation>
    </message>
    <message>
        <source>windows</source>
        <translation>个窗口</translation>
    </message>
    <message>
        <source>pipeline.as_of
End of the current window (UTC); the window is (as_of − hours, as_of]</source>
        <translation>pipeline.as_of
当前窗口的截止时间（UTC）；窗口为 (as_of − hours, as_of]</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>截至</translation>
    </message>
    <message>
        <source>window.hours
Length of the current window, 1–%1 hours</source>
        <translation>window.hours
当前窗口的长度，1–%1 小时</translation>
    </message>
    <message>
        <source>Window hours</source>
        <translation>窗口小时数</translation>
    </message>
    <message>
        <source>window.baseline_windows
Windows of the same length before the current one, for the baseline</source>
        <translation>window.baseline_windows
当前窗口之前、用作基线的等长窗口数</translation>
    </message>
    <message>
        <source>Baseline windows</source>
        <translation>基线窗口数</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <source>A window of %1 hours</source>
        <translation>%1 小时的窗口</translation>
    </message>
    <message>
        <source> h  baseline ×</source>
        <translation> 小时  基线 ×</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>窗口</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <source>no posts yet</source>
        <translation>暂无帖子</translation>
    </message>
    <message>
        <source>posts per hour · busiest %1</source>
        <translation>每小时帖子数 · 最多 %1</translation>
    </message>
    <message>
        <source>posts per day · busiest %1</source>
        <translation>每天帖子数 · 最多 %1</translation>
    </message>
    <message>
        <source>Posts over the whole project. Click or drag to move the window: the as-of goes where you release.</source>
        <translation>整个项目的帖子分布。单击或拖动即可移动窗口：截至时间落在松开鼠标的位置。</translation>
    </message>
</context>
<context>
    <name>TopPostsModel</name>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>Creator</source>
        <translation>创作者</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>正文</translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation>互动量</translation>
    </message>
    <message>
        <source>♥ Likes</source>
        <translation>♥ 点赞</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>评论</translation>
    </message>
    <message>
        <source>Shares</source>
        <translation>分享</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>浏览量</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>时间（UTC）</translation>
    </message>
</context>
<context>
    <name>TrendsPage</name>
    <message>
        <source>Filter tags…</source>
        <translation>筛选标签…</translation>
    </message>
    <message>
        <source>Any urgency</source>
        <translation>任意紧急度</translation>
    </message>
    <message>
        <source>All platforms</source>
        <translation>全部平台</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>全部地区</translation>
    </message>
    <message>
        <source>No run yet.</source>
        <translation>尚未运行。</translation>
    </message>
    <message>
        <source>No cluster passes every check. Loosen a threshold on the left, or see why on the Clusters tab (the failed check is listed for each cluster).</source>
        <translation>没有聚类通过全部检验。请放宽左侧的阈值，或在“聚类”页查看原因（每个聚类都列出了未通过的检验）。</translation>
    </message>
    <message>
        <source>No tile matches the filters.</source>
        <translation>没有卡片符合筛选条件。</translation>
    </message>
</context>
<context>
    <name>VelocityChart</name>
    <message>
        <source>Select a trend to see its posts per hour</source>
        <translation>选择一个趋势以查看其每小时帖子数</translation>
    </message>
    <message>
        <source>%1 — posts and engagement per hour</source>
        <translation>%1 — 每小时帖子数与互动量</translation>
    </message>
    <message>
        <source>posts / h</source>
        <translation>帖子数 / 小时</translation>
    </message>
    <message>
        <source>engagement / h</source>
        <translation>互动量 / 小时</translation>
    </message>
    <message>
        <source>uncovered baseline window</source>
        <translation>未覆盖的基线窗口</translation>
    </message>
    <message>
        <source>window start</source>
        <translation>窗口起点</translation>
    </message>
    <message>
        <source>posts</source>
        <translation>帖子数</translation>
    </message>
    <message>
        <source>engagement</source>
        <translation>互动量</translation>
    </message>
    <message>
        <source>baseline window</source>
        <translation>基线窗口</translation>
    </message>
</context>
<context>
    <name>WatchListDialog</name>
    <message>
        <source>Alert when a trend first reaches ACT NOW</source>
        <translation>趋势首次达到“立即行动”时提醒</translation>
    </message>
    <message>
        <source>Watched tags</source>
        <translation>关注的标签</translation>
    </message>
    <message>
        <source>One tag per line. A tag ending in * watches every tag that starts with it (matcha* watches #matchalatte and #matcha). A run that makes a watched tag part of a trend raises an alert, once per trend.</source>
        <translation>每行一个标签。以 * 结尾的标签会关注所有以它开头的标签（matcha* 会关注 #matchalatte 和 #matcha）。当某次运行使关注的标签成为趋势的一部分时触发提醒，每个趋势只提醒一次。</translation>
    </message>
</context>
<context>
    <name>uifmt</name>
    <message>
        <source>ACT NOW</source>
        <translation>立即行动</translation>
    </message>
    <message>
        <source>PREPARE</source>
        <translation>准备</translation>
    </message>
    <message>
        <source>MONITOR</source>
        <translation>观察</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新出现</translation>
    </message>
    <message>
        <source>Rising</source>
        <translation>上升中</translation>
    </message>
    <message>
        <source>Peaked</source>
        <translation>已见顶</translation>
    </message>
    <message>
        <source>Steady</source>
        <translation>平稳</translation>
    </message>
    <message>
        <source>New: no covered baseline window, or none of them held a post of this topic</source>
        <translation>新出现：没有已覆盖的基线窗口，或这些窗口中都没有该话题的帖子</translation>
    </message>
    <message>
        <source>Peaked: a covered baseline window held more (volume-adjusted) posts than the current window</source>
        <translation>已见顶：某个已覆盖的基线窗口（按采集量调整后）的帖子数多于当前窗口</translation>
    </message>
    <message>
        <source>Rising: more posts in the window than in the most recent covered baseline window</source>
        <translation>上升中：窗口内的帖子数多于最近一个已覆盖的基线窗口</translation>
    </message>
    <message>
        <source>Steady: no more posts than in the most recent covered baseline window, and below no earlier one</source>
        <translation>平稳：帖子数不多于最近一个已覆盖的基线窗口，也不低于更早的任何窗口</translation>
    </message>
</context>
</TS>
