#include "core/model/serverrole.h"

using namespace Qt::StringLiterals;

QString serverRoleName(ServerRole role)
{
    switch (role) {
    case ServerRole::All: return u"all"_s;
    case ServerRole::Ingest: return u"ingest"_s;
    case ServerRole::Discover: return u"discover"_s;
    }
    return u"all"_s;
}

std::optional<ServerRole> parseServerRole(const QString &name)
{
    for (ServerRole role : {ServerRole::All, ServerRole::Ingest, ServerRole::Discover})
        if (name == serverRoleName(role))
            return role;
    return std::nullopt;
}

QStringList serverRoleNames()
{
    return {serverRoleName(ServerRole::All), serverRoleName(ServerRole::Ingest), serverRoleName(ServerRole::Discover)};
}

bool roleServes(ServerRole instance, ServerRole route)
{
    return instance == ServerRole::All || route == ServerRole::All || instance == route;
}
