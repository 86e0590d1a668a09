#pragma once

#include <memory>

#include "core/api/router.h"

class AlertStore;

/// GET /api/v1/alerts?limit=&offset=: the alerts stored runs raised (issue 12), newest first, each with
/// its webhook delivery state.
class AlertsController
{
public:
    explicit AlertsController(std::shared_ptr<const AlertStore> alerts);

    HandlerResult alerts(const HttpRequest &request) const;

private:
    std::shared_ptr<const AlertStore> m_alerts;
};
