#include <algorithm>
#include <cstdio>

#include <QFile>
#include <QFileInfo>
#include <QTextStream>

#include "app/appcontext.h"
#include "app/commandline.h"
#include "app/commands.h"
#include "core/config/mappingyaml.h"
#include "core/ingest/mappingguesser.h"
#include "core/ingest/platform.h"
#include "core/ingest/readerregistry.h"
#include "core/ingest/readfile.h"
#include "core/ingest/sniff.h"
#include "core/service/importservice.h"

using namespace Qt::StringLiterals;

namespace {

constexpr int kGroupsShown = 20;

void printReport(QTextStream &out, const ImportReport &r)
{
    out << r.file << u": "_s << r.format;
    if (!r.encoding.isEmpty())
        out << u", "_s << r.encoding;
    out << u", "_s << r.read << u" read, "_s << r.inserted << u" inserted, "_s << r.updated << u" updated, "_s
        << r.rejected << u" rejected"_s;
    if (r.unknownViews > 0)
        out << u", "_s << r.unknownViews << u" with unknown views"_s;
    if (r.approximateTimes > 0)
        out << u", "_s << r.approximateTimes << u" with approximate times"_s;
    out << u" in "_s << QString::number(r.elapsedMs / 1000.0, 'f', 2) << u" s"_s;
    if (r.elapsedMs > 0)
        out << u" ("_s << qint64(r.read * 1000.0 / r.elapsedMs) << u" posts/s)"_s;
    out << u'\n';
    if (r.mapping == u"given"_s)
        out << u"  read with the given mapping\n"_s;
    else if (!r.mapping.isEmpty())
        out << u"  read with the saved mapping \""_s << r.mapping << u"\" (its columns are this file's)\n"_s;
    if (r.unreadLines > 0)
        out << u"  "_s << r.unreadLines << u" lines could not be read (broken quoting; see the rejects for where "
                                           u"reading resumed)\n"_s;
    if (const QString comments = r.commentsNote(); !comments.isEmpty())
        out << u"  "_s << comments << u'\n';
    if (r.perFormat.size() > 1)
        for (auto it = r.perFormat.cbegin(); it != r.perFormat.cend(); ++it)
            out << u"  "_s << it.key() << u": "_s << it.value() << u" records\n"_s;
    if (r.duplicatesInFile > 0)
        out << u"  "_s << r.duplicatesInFile << u" copies of posts already in this file, merged\n"_s;
    if (r.textRepairs > 0)
        out << u"  "_s << r.textRepairSummary() << u'\n';
    if (!r.rejectGroups.isEmpty())
        out << u"  rejected, by field and reason:\n"_s;
    for (qsizetype i = 0; i < r.rejectGroups.size() && i < kGroupsShown; ++i)
        out << u"    "_s << r.rejectGroups.at(i).toString() << u'\n';
    if (r.rejectGroups.size() > kGroupsShown)
        out << u"    … and "_s << (r.rejectGroups.size() - kGroupsShown) << u" more kinds of reject\n"_s;
    const bool noPlatform = std::any_of(r.rejects.cbegin(), r.rejects.cend(), [](const RejectedRecord &x) {
        return x.field == u"platform"_s && x.reason == u"required"_s;
    });
    if (noPlatform)
        out << u"  records that do not say their platform: give it with --platform P\n"_s;
}

/// An error names its file; the few that do not (a bad option value) get it in front.
QString withFile(const QString &file, const QString &message)
{
    return message.startsWith(file) ? message : file + u": "_s + message;
}

/// --suggest-mapping: the guess as YAML on stdout; exit 1 naming what it could not guess. The file is read
/// through the same decoding layer as an import (a GB18030 or UTF-16 CSV gives the same columns).
int suggestMapping(const QString &path, const QString &platform, const QString &encoding)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    Result<QByteArray> decoded = readDecodedHead(path, encoding);
    if (!decoded) {
        err << withFile(path, decoded.error().message) << u'\n';
        return 1;
    }
    const QByteArray &head = decoded.value();
    Result<TableSample> sample = TableSample::fromHead(head);
    if (!sample) {
        err << path << u": "_s << sample.error().message << u'\n';
        return 1;
    }
    const ReaderRegistry registry = ReaderRegistry::standard();
    const Reader *reader = registry.pick(SniffInput{head, QFileInfo(path).fileName()});
    if (reader && reader->id() != u"mapped"_s)
        err << path << u": note: GlassTrend reads this file as "_s << reader->id()
            << u" without a mapping; --mapping reads it with this one instead\n"_s;
    const MappingGuess guess = MappingGuesser::guess(sample.value(), platform);
    QStringList notes{u"Column mapping guessed by GlassTrend for %1"_s.arg(QFileInfo(path).fileName()),
                      u"Check every field, then: glasstrend import --mapping THIS.yaml FILE"_s};
    QStringList unmapped;
    for (int c = 0; c < guess.columnFields.size(); ++c) {
        if (guess.columnFields[c].isEmpty())
            unmapped.append(sample.value().columns[c]);
    }
    if (!unmapped.isEmpty())
        notes.append(u"Not imported: "_s + unmapped.join(u", "_s));
    if (!guess.mapping.fields.contains(u"post_id"_s) && !guess.missing.contains(u"post_id"_s))
        notes.append(u"post_id: taken from the url"_s);
    if (guess.platformSource == u"url"_s)
        notes.append(u"platform: from the host of each url"_s);
    out << mappingyaml::write(guess.mapping, notes.join(u'\n'));
    out.flush();
    if (!guess.complete()) {
        QString hint;
        if (guess.missing.contains(u"platform"_s))
            hint = u"; give the platform with --platform P (or a 'platform: P' line)"_s;
        err << path << u": could not guess the required field"_s << (guess.missing.size() > 1 ? u"s "_s : u" "_s)
            << guess.missing.join(u", "_s) << hint << u"; map the columns under 'fields' before importing\n"_s;
        return 1;
    }
    return 0;
}

} // namespace

int runImportCommand(AppContext &context, const CommandLine &commandLine)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QString platform;
    if (!commandLine.platform.isEmpty()) {
        Result<QString> slug = normalizePlatform(commandLine.platform);
        if (!slug) {
            err << u"--platform: "_s << slug.error().message << u'\n';
            return 2;
        }
        platform = slug.value();
    }
    if (commandLine.suggestMapping)
        return suggestMapping(commandLine.files.constFirst(), platform, commandLine.encoding);
    std::shared_ptr<const ColumnMapping> mapping;
    if (!commandLine.mappingPath.isEmpty()) {
        Result<ColumnMapping> loaded = mappingyaml::readFile(commandLine.mappingPath);
        if (!loaded) {
            err << loaded.error().message << u'\n';
            return 1;
        }
        mapping = std::make_shared<const ColumnMapping>(std::move(loaded).value());
    }
    int readable = 0;
    for (const QString &file : commandLine.files) {
        Result<ImportReport> report = context.imports->importFileWith(file, mapping, platform);
        if (!report) {
            err << withFile(file, report.error().message) << u'\n';
            continue;
        }
        ++readable;
        printReport(out, report.value());
        out.flush();
    }
    // Non-zero only when nothing could be read: a file with some bad records is still an import.
    return readable > 0 ? 0 : 1;
}
