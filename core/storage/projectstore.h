#pragma once

#include <QMap>
#include <QString>

#include "core/model/result.h"

/// A project's own settings, kept inside its database so that the file is self-contained
/// (STYLE.md "Two backends": the port; core/storage/sqlite/ holds the SQLite adapter). Values are
/// opaque text to the store (the desktop keeps JSON in them, ui/projectsettings). Every call may
/// run on any thread.
class ProjectStore
{
public:
    virtual ~ProjectStore() = default;

    /// Every stored setting, by key (empty for a new project).
    virtual Result<QMap<QString, QString>> settings() const = 0;
    /// Writes the given keys in one transaction (other keys are kept): all or nothing.
    virtual Status saveSettings(const QMap<QString, QString> &values) = 0;
    /// A consistent copy of the whole project (posts, runs, settings) as a new file at `path`,
    /// which must not exist yet; the open project stays as it is.
    virtual Status saveCopy(const QString &path) const = 0;
};
