#pragma once

#include <QFileDialog>
#include <QString>
#include <QStringList>

/// Every file dialog of the desktop app goes through here, so each opens in the folder the analyst last used for the
/// same purpose ("import", "export", "projects", …), kept in the desktop settings (desktopsettings.h) under
/// fileDialogs/<purpose>. A suggested file name is put in that folder; an absolute suggestion keeps its own folder.
namespace filedialogs {

/// The folder last answered for `purpose`, or `fallback` when none was (or it is gone), else the home folder.
QString lastFolder(const QString &purpose, const QString &fallback = {});
/// Remembers the folder of `path` (a file, or a folder itself when `isFolder`) for `purpose`.
void rememberFolder(const QString &purpose, const QString &path, bool isFolder = false);

QString getOpenFileName(QWidget *parent, const QString &purpose, const QString &caption, const QString &filter,
                        const QString &fallbackFolder = {});
QStringList getOpenFileNames(QWidget *parent, const QString &purpose, const QString &caption, const QString &filter);
/// `suggested` is a file name (placed in the last folder) or an absolute path.
QString getSaveFileName(QWidget *parent, const QString &purpose, const QString &caption, const QString &suggested,
                        const QString &filter, const QString &fallbackFolder = {}, QFileDialog::Options options = {});
QString getExistingDirectory(QWidget *parent, const QString &purpose, const QString &caption);

} // namespace filedialogs
