#pragma once

#include <memory>

#include <QByteArray>
#include <QString>

#include "core/model/canceltoken.h"
#include "core/model/importreport.h"
#include "core/model/result.h"
#include "core/model/pollstate.h"

class PollStateStore;
class ImportService;

namespace poll {

/// Imports the body of a URL source's 200 answer on the calling (worker) thread, named `url` in the
/// report (so the URL's file extension, if any, breaks format ties), then stores `validators` so
/// the next request is conditional. The validators are stored only after a successful import: a
/// body that failed is fetched whole again. An empty body is a success with nothing imported.
Result<ImportReport> importUrlBody(const QByteArray &body, const QString &url, const UrlValidators &validators,
                                   const QString &sourceId, const ImportService &importer,
                                   const PollStateStore &store, const CancelToken &cancel = {});

} // namespace poll
