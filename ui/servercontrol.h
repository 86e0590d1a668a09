#pragma once

#include <QString>

#include "core/model/result.h"

/// The embedded REST server as the desktop sees it. app/ implements it with core/api's server, so
/// ui/ never includes core/api; the window only starts, stops and shows the address.
class ServerControl
{
public:
    virtual ~ServerControl() = default;

    /// Starts serving the same endpoints as `glasstrend --serve` on the configured host and port.
    virtual Status start() = 0;
    virtual void stop() = 0;
    virtual bool isRunning() const = 0;
    /// "http://127.0.0.1:8000" while running; empty otherwise.
    virtual QString address() const = 0;
};
