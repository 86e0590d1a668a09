#pragma once

/// A TCP port of 127.0.0.1 nobody listens on right now (0 if none could be found), for the servers
/// the tests start themselves (PgTestServer, RedisTestServer).
int freeTcpPort();
