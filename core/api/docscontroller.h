#pragma once

#include <QByteArray>

#include "core/api/router.h"

/// GET /openapi.json (the OpenAPI 3 description, resources/api/openapi.json) and GET /docs (a
/// self-contained page that renders it; no CDN, no network). Both are compiled in via qrc.
class DocsController
{
public:
    DocsController();

    HandlerResult openApi(const HttpRequest &request) const;
    HandlerResult docs(const HttpRequest &request) const;

    /// The OpenAPI document as served (for the route consistency test).
    static QByteArray openApiDocument();

private:
    QByteArray m_openApi;
    QByteArray m_docs;
};
