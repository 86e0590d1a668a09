#pragma once

#include <functional>

#include "core/api/httpresponse.h"

/// Sends the response to one request. Callable exactly once, from any thread: the adapter moves
/// the writing onto the server's thread. If every copy is dropped without a call, the client
/// gets a 500 instead of a hanging connection.
using HttpReply = std::function<void(HttpResponse)>;
