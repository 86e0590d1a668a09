#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QString>

#include "core/api/httpresponse.h"
#include "core/model/result.h"

/// An error of the REST layer as a value. Controllers return it; `errorResponse()` is the one
/// place that turns a kind into an HTTP status and the SPEC's body
/// `{"error": {"code": "...", "message": "...", "details": ...}}`.
struct ApiError
{
    enum class Kind {
        BadRequest,        ///< 400: malformed JSON, wrong shape or wrong type
        Unauthorized,      ///< 401: token missing or wrong
        Forbidden,         ///< 403: a CORS preflight from an origin not in server.cors_origins
        NotFound,          ///< 404: unknown route or resource
        MethodNotAllowed,  ///< 405: known path, other method (headers carry Allow)
        RequestTimeout,    ///< 408: the request's header block or body did not arrive in time
        Conflict,          ///< 409: a discovery is already running (headers carry Retry-After)
        LengthRequired,    ///< 411: a body without Content-Length (chunked uploads are refused)
        PayloadTooLarge,   ///< 413: body over server.max_body_mb
        UnsupportedMediaType, ///< 415: a POST body that is not application/json
        MisdirectedRequest, ///< 421: a Host that is not this server's (DNS rebinding)
        WrongRole,         ///< 421: a route this instance's server.role does not serve (another role's instances do)
        HeadersTooLarge,   ///< 431: request line and headers over 64 KiB
        Unprocessable,     ///< 422: valid JSON, invalid values
        Unavailable,       ///< 503: shutting down, the database cannot be reached, or the connection or in-flight limits are reached
        VersionNotSupported, ///< 505: an HTTP version other than 1.0 and 1.1
        Internal           ///< 500: never with internals; the cause goes to the log
    };

    Kind kind = Kind::Internal;
    QString message;
    QJsonValue details;
    QList<QPair<QByteArray, QByteArray>> headers; ///< extra response headers (Allow, Retry-After)

    static ApiError badRequest(const QString &message, const QJsonValue &details = {});
    static ApiError unprocessable(const QString &message, const QJsonValue &details = {});
    static ApiError notFound(const QString &message, const QJsonValue &details = {});
    static ApiError internal(); ///< a 500 whose message gives nothing away

    /// Maps an error value of a core module (codes "invalid_value", "not_found", "busy", …) to a
    /// REST error; unknown codes become a 500 and the original message is logged, not returned.
    static ApiError fromCore(const Error &error);
};

/// The HTTP status of a kind (400, 401, 403, 404, 405, 408, 409, 411, 413, 415, 421, 422, 431, 500, 503, 505).
int httpStatus(ApiError::Kind kind);

/// The stable machine-readable code of a kind: "bad_request", "unauthorized", "not_found", …
QString errorCode(ApiError::Kind kind);

/// The one mapping from an error value to a response: status, SPEC error body, extra headers.
HttpResponse errorResponse(const ApiError &error);
