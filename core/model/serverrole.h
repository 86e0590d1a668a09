#pragma once

#include <optional>

#include <QString>
#include <QStringList>

/// What one `glasstrend --serve` instance does in a team deployment (`--role`, config `server.role`).
/// An *ingest* instance takes posts (POST /api/v1/posts, poll.sources); a *discover* instance runs
/// discovery and answers the reads; *all* (the default, and the desktop's embedded server) does both.
/// As the role of a route, `All` means "every instance answers it" (/health, /openapi.json, /docs).
enum class ServerRole { All, Ingest, Discover };

/// "all", "ingest", "discover".
QString serverRoleName(ServerRole role);
/// The role named `name` (exactly as serverRoleName spells it), or nothing.
std::optional<ServerRole> parseServerRole(const QString &name);
/// Every role's name, in the order of the enum.
QStringList serverRoleNames();
/// Whether an instance of role `instance` answers a route of role `route`.
bool roleServes(ServerRole instance, ServerRole route);
