#include "core/model/importreport.h"

#include <QLocale>

using namespace Qt::StringLiterals;

QString RejectedRecord::toString() const
{
    QString s = file;
    if (line > 0)
        s += u':' + QString::number(line);
    else if (index >= 0)
        s += QStringLiteral("[%1]").arg(index);
    s += QStringLiteral(": ");
    if (!field.isEmpty())
        s += field + QStringLiteral(": ");
    return s + reason;
}

QString ImportReport::commentsNote() const
{
    if (comments <= 0)
        return {};
    const QLocale english(QLocale::English);
    return english.toString(comments) + (comments == 1 ? u" comment of "_s : u" comments of "_s)
           + english.toString(commentedPosts) + (commentedPosts == 1 ? u" post"_s : u" posts"_s)
           + u": comments are not imported"_s;
}

QString RejectGroup::reasonKind(const QString &reason)
{
    QString kind;
    kind.reserve(reason.size());
    bool quoted = false;
    for (const QChar c : reason) {
        if (c == u'"') {
            if (!quoted)
                kind += QStringLiteral("\"…\"");
            quoted = !quoted;
        } else if (!quoted) {
            kind += c;
        }
    }
    return kind;
}

void ImportReport::addReject(RejectedRecord r)
{
    ++rejected;
    const QString kind = RejectGroup::reasonKind(r.reason);
    RejectGroup *group = nullptr;
    for (RejectGroup &g : rejectGroups) {
        if (g.field == r.field && g.reason == kind) {
            group = &g;
            break;
        }
    }
    if (!group && rejectGroups.size() >= kMaxGroups) {
        group = &rejectGroups.last();
        if (group->field != QStringLiteral("…")) {
            rejectGroups.append(RejectGroup{QStringLiteral("…"), QStringLiteral("other reasons"), {}, 0, {}, false});
            group = &rejectGroups.last();
        }
    }
    if (!group) {
        rejectGroups.append(RejectGroup{r.field, kind, r.reason, 0, {}, r.line <= 0 && r.index >= 0});
        group = &rejectGroups.last();
    }
    ++group->count;
    const qint64 where = group->byIndex ? r.index : r.line;
    if (group->firstLines.size() < RejectGroup::kKeptLines && where >= (group->byIndex ? 0 : 1))
        group->firstLines.append(where);
    if (rejects.size() < kMaxKeptRejects)
        rejects.append(std::move(r));
}

QString ImportReport::textRepairSummary() const
{
    if (textRepairs <= 0)
        return {};
    QString s = QStringLiteral("%1 invalid %2 byte sequence%3 replaced by U+FFFD")
                    .arg(textRepairs)
                    .arg(encoding.isEmpty() ? QStringLiteral("UTF-8") : encoding)
                    .arg(textRepairs == 1 ? QString() : QStringLiteral("s"));
    if (!firstTextRepairs.isEmpty())
        s += QStringLiteral(" (") + firstTextRepairs.join(QStringLiteral("; ")) +
             (textRepairs > firstTextRepairs.size() ? QStringLiteral("; …)") : QStringLiteral(")"));
    return s;
}

QString RejectGroup::whereText() const
{
    QStringList numbers;
    for (const qint64 n : firstLines)
        numbers.append(QString::number(n));
    if (count > firstLines.size())
        numbers.append(QStringLiteral("…"));
    const bool one = count == 1;
    const QString what = byIndex ? (one ? QStringLiteral("record ") : QStringLiteral("records "))
                                 : (one ? QStringLiteral("line ") : QStringLiteral("lines "));
    return what + numbers.join(QStringLiteral(", "));
}

QString RejectGroup::toString() const
{
    const QString what = field.isEmpty() ? reason : field + QStringLiteral(": ") + reason;
    QString s = what + QStringLiteral(" — ") + QLocale(QLocale::English).toString(count) +
                (count == 1 ? QStringLiteral(" record") : QStringLiteral(" records"));
    if (!firstLines.isEmpty())
        s += QStringLiteral(" (") + whereText() + u')';
    return s;
}
