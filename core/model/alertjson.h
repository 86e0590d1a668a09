#pragma once

#include <QByteArray>
#include <QJsonObject>

#include "core/model/alert.h"

namespace alertjson {

/// The body POSTed to a webhook: {trend_id, title, urgency, growth (null when undefined), reason, run_id,
/// as_of (ISO-8601 UTC), url: "<baseUrl>/api/v1/trends/{trend_id}", watched (watched_tag only)}, compact UTF-8.
QByteArray webhookBody(const Alert &alert, const QString &baseUrl);

/// An alert as GET /api/v1/alerts lists it: the webhook fields (without url) plus id, created_at,
/// delivered and attempts.
QJsonObject toJson(const AlertRecord &record);

} // namespace alertjson
