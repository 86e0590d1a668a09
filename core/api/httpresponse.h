#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QPair>

/// One HTTP response as the REST layer produces it: status, content type, body, extra headers.
/// The adapter adds Content-Length and writes it to the socket.
struct HttpResponse
{
    int status = 200;
    QByteArray contentType = QByteArrayLiteral("application/json");
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers; ///< extra headers, e.g. {"Retry-After", "1"}

    /// A compact JSON body (compact: bodies of 10,000 posts' answers stay small and fast).
    static HttpResponse json(const QJsonObject &object, int status = 200)
    {
        return HttpResponse{status, QByteArrayLiteral("application/json"),
                            QJsonDocument(object).toJson(QJsonDocument::Compact), {}};
    }
};
