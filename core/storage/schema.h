#pragma once

#include <functional>
#include <vector>

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include "core/model/result.h"

/// One step of the schema's history: the statements that take a database from `version - 1` to
/// `version`. Steps are applied in order, each in its own transaction together with
/// `PRAGMA user_version = version`, so a database is always at exactly one version.
/// Released steps are never edited: a change to the schema is a new step at the end.
struct Migration
{
    int version = 0;
    QString description;
    QStringList statements;
    /// Work SQL alone cannot do (re-encoding stored data), run after `statements` in the same
    /// transaction; empty for most steps.
    std::function<Status(QSqlDatabase &db)> convert;
    /// For a step whose number was reserved and merged after a later step: a query that returns a
    /// row when the step's work is present. A database already above this version (migrated by a
    /// build without the step) gets the step's statements when it returns none; empty for most steps.
    QString presentQuery;
};

namespace schema {

/// Every migration, oldest first, in increasing version order. Versions may skip a number (a
/// number reserved for a change merged separately); a database is migrated through every step
/// above its version, whatever the gaps, and through a step below it whose `presentQuery` finds
/// its work missing (a reserved number that arrived late).
const std::vector<Migration> &migrations();

/// The version of the newest migration.
int latestVersion();

} // namespace schema
