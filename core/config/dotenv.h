#pragma once

// Internal to core/config: the `.env` file beside config.yaml.

#include <QList>
#include <QString>
#include <QStringList>

struct DotEnvEntry
{
    QString name;
    QString value;
    int line = 0;
};

struct DotEnv
{
    QList<DotEnvEntry> entries;
    QStringList errors; ///< "file:line: problem"
};

/// Reads KEY=VALUE lines as docker compose and python-dotenv write them: `#` comments, blank
/// lines, an optional `export ` prefix, values in single quotes (literal) or double quotes
/// (\n, \", \\ escapes), unquoted values with a trailing ` # comment` removed.
DotEnv readDotEnv(const QString &path);
