#include "core/api/docscontroller.h"

#include <QFile>

using namespace Qt::StringLiterals;

namespace {

QByteArray readResource(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

} // namespace

DocsController::DocsController()
    : m_openApi(openApiDocument()), m_docs(readResource(u":/api/docs.html"_s))
{
}

QByteArray DocsController::openApiDocument()
{
    // The resources live in a static library: make sure they are registered before the first read.
    Q_INIT_RESOURCE(api);
    return readResource(u":/api/openapi.json"_s);
}

HandlerResult DocsController::openApi(const HttpRequest &) const
{
    if (m_openApi.isEmpty())
        return ApiError::internal();
    return HttpResponse{200, "application/json", m_openApi, {}};
}

HandlerResult DocsController::docs(const HttpRequest &) const
{
    if (m_docs.isEmpty())
        return ApiError::internal();
    HttpResponse r{200, "text/html; charset=utf-8", m_docs, {}};
    // The page runs only its own inline script and talks only to this server.
    r.headers.append(qMakePair(QByteArray("Content-Security-Policy"),
                               QByteArray("default-src 'self'; script-src 'unsafe-inline'; style-src 'unsafe-inline'")));
    return r;
}
