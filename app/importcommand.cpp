#include <cstdio>

#include <QTextStream>

#include "app/appcontext.h"
#include "app/commands.h"
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
}

/// An error names its file; the few that do not (a bad option value) get it in front.
QString withFile(const QString &file, const QString &message)
{
    return message.startsWith(file) ? message : file + u": "_s + message;
}

} // namespace

int runImportCommand(AppContext &context, const CommandLine &commandLine)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    int readable = 0;
    for (const QString &file : commandLine.files) {
        Result<ImportReport> report = context.imports->importFile(file);
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
