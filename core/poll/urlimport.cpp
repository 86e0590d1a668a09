#include "core/poll/urlimport.h"

#include <QBuffer>

#include "core/storage/pollstatestore.h"
#include "core/service/importservice.h"

using namespace Qt::StringLiterals;

namespace poll {

Result<ImportReport> importUrlBody(const QByteArray &body, const QString &url, const UrlValidators &validators,
                                   const QString &sourceId, const ImportService &importer,
                                   const PollStateStore &store, const CancelToken &cancel)
{
    ImportReport report;
    report.file = url;
    if (!body.trimmed().isEmpty()) {
        QByteArray bytes = body; // QBuffer wants a non-const array; this copy is shallow
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::ReadOnly);
        Result<ImportReport> imported = importer.importDevice(buffer, url, {}, cancel);
        if (!imported)
            return imported.error();
        report = std::move(imported).value();
        if (report.cancelled)
            return report; // not complete: no validators, so the body is fetched whole again
    }
    if (Status saved = store.saveValidators(sourceId, validators); !saved)
        return saved.error();
    return report;
}

} // namespace poll
