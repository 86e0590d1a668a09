#include <algorithm>

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTextStream>

#include "app/appcontext.h"
#include "app/commandline.h"
#include "app/commands.h"
#include "core/storage/poststore.h"
#include "core/storage/preparedbatch.h"
#include "core/storage/projectstore.h"
#include "core/storage/runstore.h"
#include "core/storage/storagelocation.h"

using namespace Qt::StringLiterals;

namespace {

constexpr int kDefaultBatch = 5000;
constexpr int kRunPage = 100;
/// The destination's project setting that says how far the posts of which source were copied:
/// {"source": location, "after_row": the source's last copied row}. Rows only ever get larger ids,
/// so a second migrate (after an interruption, or after more imports) continues there.
const QString kCursorKey = u"migrate.cursor"_s;

qint64 cursorFor(const QMap<QString, QString> &settings, const QString &source)
{
    const QJsonObject cursor = QJsonDocument::fromJson(settings.value(kCursorKey).toUtf8()).object();
    return cursor.value(u"source"_s).toString() == source ? qint64(cursor.value(u"after_row"_s).toDouble()) : 0;
}

/// The source as the cursor names it: a file by its canonical path, whatever folder migrate runs in.
QString sourceName(const QString &location)
{
    return storagelocation::isPostgresUri(location) ? location : QFileInfo(location).canonicalFilePath();
}

QString cursorJson(const QString &source, qint64 afterRow)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonObject{{u"source"_s, source}, {u"after_row"_s, double(afterRow)}}).toJson(QJsonDocument::Compact));
}

/// Each post votes for its tags' display forms in the source (a store keeps the votes per tag, not per post),
/// so the copy shows every tag as the source does.
Status spellLikeSource(const PostStore &source, std::vector<Post> &posts)
{
    QSet<QString> seen;
    QStringList tags;
    for (const Post &post : posts)
        for (const QString &tag : post.hashtags)
            if (!seen.contains(tag)) {
                seen.insert(tag);
                tags.append(tag);
            }
    Result<QHash<QString, QString>> forms = source.displayForms(tags);
    if (!forms)
        return forms.error();
    for (Post &post : posts) {
        post.hashtagSpellings.clear();
        for (const QString &tag : std::as_const(post.hashtags))
            post.hashtagSpellings.append(forms.value().value(tag, tag));
    }
    return Ok{};
}

struct PostsCopied
{
    qint64 copied = 0;
    qint64 resumedAfter = 0;
};

Result<PostsCopied> copyPosts(const Storage &source, const Storage &target, int batch, QTextStream &err)
{
    Result<QMap<QString, QString>> targetSettings = target.project->settings();
    if (!targetSettings)
        return targetSettings.error();
    PostsCopied done;
    const QString name = sourceName(source.location);
    qint64 cursor = done.resumedAfter = cursorFor(targetSettings.value(), name);
    Result<qint64> total = source.posts->count();
    if (!total)
        return total.error();
    if (cursor > 0)
        err << u"posts: resuming after source row "_s << cursor << u'\n';
    while (true) {
        Result<PostPage> page = source.posts->postsAfterRow(cursor, batch);
        if (!page)
            return page.error();
        if (page.value().posts.empty())
            break;
        const qint64 last = page.value().lastRowId;
        std::vector<Post> posts = std::move(page.value().posts);
        if (Status spelled = spellLikeSource(*source.posts, posts); !spelled)
            return spelled.error();
        const qint64 n = qint64(posts.size());
        PreparedBatch prepared(std::move(posts));
        if (prepared.error())
            return *prepared.error();
        if (Result<UpsertStats> stored = target.posts->upsert(prepared); !stored)
            return stored.error();
        // After the batch is committed: an interruption between the two copies the batch again, as upserts.
        if (Status saved = target.project->saveSettings({{kCursorKey, cursorJson(name, last)}}); !saved)
            return saved.error();
        cursor = last;
        done.copied += n;
        err << u"posts: "_s << done.copied << u" copied (source row "_s << cursor << u", "_s << total.value()
            << u" posts there)\n"_s;
        err.flush();
    }
    return done;
}

struct RunsCopied
{
    int copied = 0;
    int present = 0;
};

Result<RunsCopied> copyRuns(const RunStore &source, const RunStore &target, QTextStream &err)
{
    QList<RunSummary> runs;
    while (true) {
        Result<QList<RunSummary>> page = source.listRuns(kRunPage, int(runs.size()));
        if (!page)
            return page.error();
        runs.append(page.value());
        if (page.value().size() < kRunPage)
            break;
    }
    // Oldest first, each with its own saving time: the copy lists them in the same order, the same latest run.
    std::reverse(runs.begin(), runs.end());
    RunsCopied done;
    for (const RunSummary &summary : std::as_const(runs)) {
        if (Result<RunSummary> there = target.summary(summary.runId); there) {
            ++done.present;
            continue;
        } else if (there.error().code != u"not_found"_s) {
            return there.error();
        }
        Result<std::shared_ptr<RunResult>> run = source.loadRun(summary.runId);
        if (!run)
            return run.error();
        DecisionQuery all;
        all.limit = 0;
        Result<DecisionPage> decisions = source.decisions(summary.runId, all);
        if (!decisions)
            return decisions.error();
        RunResult &copy = *run.value();
        copy.decisions = std::move(decisions.value().items);
        copy.savedAtMs = summary.createdAtMs;
        if (Status saved = target.save(copy); !saved)
            return saved.error();
        ++done.copied;
        err << u"runs: "_s << (done.copied + done.present) << u" of "_s << runs.size() << u" ("_s << summary.runId
            << u", "_s << copy.decisions.size() << u" decisions)\n"_s;
        err.flush();
    }
    return done;
}

} // namespace

int runMigrateCommand(AppContext &context, const CommandLine &commandLine)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (!storagelocation::isPostgresUri(commandLine.to)) {
        err << u"migrate: --to expects a postgresql:// URI\n"_s;
        return 2;
    }
    Result<Storage> opened = AppContext::openStorage(commandLine.to, context.config.database, nullptr);
    if (!opened) {
        err << u"migrate: "_s << opened.error().message << u'\n';
        return 1;
    }
    const Storage &source = context.storage;
    const Storage &target = opened.value();
    if (target.location == source.location) {
        err << u"migrate: "_s << source.location << u" is both the source and the destination\n"_s;
        return 2;
    }
    err << u"migrate: "_s << source.location << u" -> "_s << target.location << u'\n';
    auto fail = [&](const QString &what, const Error &error) {
        err << u"migrate: "_s << what << u": "_s << error.message << u" (run migrate again to continue)\n"_s;
        return 1;
    };

    Result<PostsCopied> posts = copyPosts(source, target, commandLine.batch.value_or(kDefaultBatch), err);
    if (!posts)
        return fail(u"posts"_s, posts.error());
    Result<RunsCopied> runs = copyRuns(*source.runs, *target.runs, err);
    if (!runs)
        return fail(u"runs"_s, runs.error());
    Result<QMap<QString, QString>> settings = source.project->settings();
    if (!settings)
        return fail(u"project settings"_s, settings.error());
    settings.value().remove(kCursorKey); // the source's own copy of a project it was migrated from
    if (!settings.value().isEmpty()) {
        if (Status saved = target.project->saveSettings(settings.value()); !saved)
            return fail(u"project settings"_s, saved.error());
    }
    Result<qint64> stored = target.posts->count();
    if (!stored)
        return fail(u"posts"_s, stored.error());

    out << u"migrated "_s << source.location << u" to "_s << target.location << u": "_s << posts.value().copied
        << u" posts copied"_s;
    if (posts.value().resumedAfter > 0)
        out << u" (resumed after source row "_s << posts.value().resumedAfter << u")"_s;
    out << u", "_s << stored.value() << u" stored there; "_s << runs.value().copied << u" runs copied, "_s
        << runs.value().present << u" already there; "_s << settings.value().size() << u" project settings\n"_s;
    return 0;
}
