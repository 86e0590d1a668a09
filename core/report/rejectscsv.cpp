#include "core/report/rejectscsv.h"

#include <QIODevice>
#include <QSaveFile>

#include "core/report/csvcell.h"

using namespace Qt::StringLiterals;

namespace {

QByteArray row(const QStringList &fields)
{
    QStringList escaped;
    escaped.reserve(fields.size());
    for (const QString &f : fields)
        escaped.append(csvCell(f));
    return escaped.join(u',').toUtf8() + "\r\n";
}

} // namespace

Status writeRejectsCsv(const QList<ImportReport> &reports, QIODevice &device)
{
    QByteArray out = "\xEF\xBB\xBF" + row({u"file"_s, u"line"_s, u"record"_s, u"field"_s, u"reason"_s});
    for (const ImportReport &report : reports) {
        for (const RejectedRecord &r : report.rejects) {
            out += row({r.file, r.line > 0 ? QString::number(r.line) : QString(),
                        r.index >= 0 ? QString::number(r.index) : QString(), r.field, r.reason});
            if (out.size() >= 1 << 20) {
                if (device.write(out) != out.size())
                    return Error{u"io"_s, u"cannot write the rejects: "_s + device.errorString(), {}};
                out.clear();
            }
        }
        if (report.rejected > report.rejects.size())
            out += row({report.file, {}, {}, {},
                        u"… and %1 more rejects not kept in memory"_s.arg(report.rejected - report.rejects.size())});
    }
    if (device.write(out) != out.size())
        return Error{u"io"_s, u"cannot write the rejects: "_s + device.errorString(), {}};
    return Ok{};
}

Status writeRejectsCsv(const QList<ImportReport> &reports, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{u"io"_s, path + u": cannot write: "_s + file.errorString(), {}};
    if (Status written = writeRejectsCsv(reports, file); !written) {
        file.cancelWriting();
        return Error{u"io"_s, path + u": "_s + written.error().message, {}};
    }
    if (!file.commit())
        return Error{u"io"_s, path + u": cannot write: "_s + file.errorString(), {}};
    return Ok{};
}
