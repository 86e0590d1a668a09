#include "core/api/apierror.h"

#include <QJsonObject>

#include "core/log/log.h"

using namespace Qt::StringLiterals;

ApiError ApiError::badRequest(const QString &message, const QJsonValue &details)
{
    return ApiError{Kind::BadRequest, message, details, {}};
}

ApiError ApiError::unprocessable(const QString &message, const QJsonValue &details)
{
    return ApiError{Kind::Unprocessable, message, details, {}};
}

ApiError ApiError::notFound(const QString &message, const QJsonValue &details)
{
    return ApiError{Kind::NotFound, message, details, {}};
}

ApiError ApiError::internal()
{
    return ApiError{Kind::Internal, u"internal error; see the server log"_s, {}, {}};
}

ApiError ApiError::fromCore(const Error &error)
{
    if (error.code == "invalid_value"_L1 || error.code == "unknown_key"_L1 || error.code == "wrong_type"_L1)
        return ApiError{Kind::Unprocessable, error.message, error.details, {}};
    if (error.code == "not_found"_L1)
        return ApiError{Kind::NotFound, error.message, error.details, {}};
    if (error.code == "busy"_L1)
        return ApiError{Kind::Unavailable, u"the database is busy; retry shortly"_s, {}, {qMakePair(QByteArray("Retry-After"), QByteArray("1"))}};
    if (error.code == "cancelled"_L1)
        return ApiError{Kind::Unavailable, u"the request was cancelled because the server is stopping"_s, {}, {}};
    // Storage and I/O messages carry paths and driver text: log them, answer with nothing inside.
    gtlog::api()->error("internal error {}: {}", error.code.toStdString(), error.message.toStdString());
    return internal();
}

int httpStatus(ApiError::Kind kind)
{
    switch (kind) {
    case ApiError::Kind::BadRequest: return 400;
    case ApiError::Kind::Unauthorized: return 401;
    case ApiError::Kind::Forbidden: return 403;
    case ApiError::Kind::RequestTimeout: return 408;
    case ApiError::Kind::UnsupportedMediaType: return 415;
    case ApiError::Kind::MisdirectedRequest: return 421;
    case ApiError::Kind::WrongRole: return 421;
    case ApiError::Kind::VersionNotSupported: return 505;
    case ApiError::Kind::NotFound: return 404;
    case ApiError::Kind::MethodNotAllowed: return 405;
    case ApiError::Kind::Conflict: return 409;
    case ApiError::Kind::LengthRequired: return 411;
    case ApiError::Kind::PayloadTooLarge: return 413;
    case ApiError::Kind::Unprocessable: return 422;
    case ApiError::Kind::HeadersTooLarge: return 431;
    case ApiError::Kind::Unavailable: return 503;
    case ApiError::Kind::Internal: return 500;
    }
    return 500;
}

QString errorCode(ApiError::Kind kind)
{
    switch (kind) {
    case ApiError::Kind::BadRequest: return u"bad_request"_s;
    case ApiError::Kind::Unauthorized: return u"unauthorized"_s;
    case ApiError::Kind::Forbidden: return u"forbidden"_s;
    case ApiError::Kind::RequestTimeout: return u"request_timeout"_s;
    case ApiError::Kind::UnsupportedMediaType: return u"unsupported_media_type"_s;
    case ApiError::Kind::MisdirectedRequest: return u"misdirected_request"_s;
    case ApiError::Kind::WrongRole: return u"wrong_role"_s;
    case ApiError::Kind::VersionNotSupported: return u"http_version_not_supported"_s;
    case ApiError::Kind::NotFound: return u"not_found"_s;
    case ApiError::Kind::MethodNotAllowed: return u"method_not_allowed"_s;
    case ApiError::Kind::Conflict: return u"conflict"_s;
    case ApiError::Kind::LengthRequired: return u"length_required"_s;
    case ApiError::Kind::PayloadTooLarge: return u"payload_too_large"_s;
    case ApiError::Kind::Unprocessable: return u"unprocessable"_s;
    case ApiError::Kind::HeadersTooLarge: return u"headers_too_large"_s;
    case ApiError::Kind::Unavailable: return u"unavailable"_s;
    case ApiError::Kind::Internal: return u"internal"_s;
    }
    return u"internal"_s;
}

HttpResponse errorResponse(const ApiError &error)
{
    QJsonObject body{{u"code"_s, errorCode(error.kind)}, {u"message"_s, error.message},
                     {u"details"_s, error.details.isUndefined() ? QJsonValue() : error.details}};
    HttpResponse response = HttpResponse::json(QJsonObject{{u"error"_s, body}}, httpStatus(error.kind));
    response.headers = error.headers;
    if (error.kind == ApiError::Kind::Unauthorized)
        response.headers.append(qMakePair(QByteArray("WWW-Authenticate"), QByteArray("Bearer")));
    return response;
}
