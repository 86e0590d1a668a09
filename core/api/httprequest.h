#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

/// One HTTP request as the REST layer sees it: plain values, free of any socket or parser type, so
/// that controllers, the router and their tests never depend on the HTTP server underneath.
struct HttpRequest
{
    QString method;   ///< as sent (methods are case-sensitive): "GET", "POST", …
    QString path;     ///< decoded path without query, e.g. "/api/v1/trends/t_3fa2"
    QUrlQuery query;  ///< the query string
    QList<QPair<QByteArray, QByteArray>> headers; ///< as received (names in their original case)
    QByteArray body;
    qint64 contentLength = 0; ///< the declared Content-Length (0 when absent)
    QString peer;             ///< remote address, for the access log
    QHash<QString, QString> pathParams; ///< filled by the router: {"trend_id": "t_3fa2"}

    /// The first header named `name` (case-insensitive), or an empty array.
    QByteArray header(const QByteArray &name) const
    {
        for (const auto &h : headers) {
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                return h.second;
        }
        return {};
    }
};
