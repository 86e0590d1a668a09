#include "core/api/bearerauth.h"

#include <QCryptographicHash>

using namespace Qt::StringLiterals;

BearerAuth::BearerAuth(const QString &token) : m_token(token.toUtf8())
{
}

bool BearerAuth::protects(const QString &path) const
{
    return enabled() && (path == "/api"_L1 || path.startsWith("/api/"_L1));
}

std::optional<ApiError> BearerAuth::check(const HttpRequest &request) const
{
    if (!protects(request.path))
        return std::nullopt;
    const QByteArray header = request.header("Authorization").trimmed();
    if (header.isEmpty())
        return ApiError{ApiError::Kind::Unauthorized, u"missing Authorization: Bearer <token>"_s, {}, {}};
    const qsizetype space = header.indexOf(' ');
    const QByteArray scheme = space < 0 ? header : header.left(space);
    const QByteArray given = space < 0 ? QByteArray() : header.mid(space + 1).trimmed();
    if (scheme.compare("Bearer", Qt::CaseInsensitive) != 0 || !constantTimeEquals(given, m_token))
        return ApiError{ApiError::Kind::Unauthorized, u"wrong token"_s, {}, {}};
    return std::nullopt;
}

bool BearerAuth::constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    const QByteArray ha = QCryptographicHash::hash(a, QCryptographicHash::Sha256);
    const QByteArray hb = QCryptographicHash::hash(b, QCryptographicHash::Sha256);
    unsigned char diff = 0;
    for (qsizetype i = 0; i < ha.size(); ++i)
        diff |= static_cast<unsigned char>(ha.at(i) ^ hb.at(i));
    return diff == 0;
}
