#include "ui/filedialogs.h"

#include <QDir>
#include <QFileInfo>

#include "ui/desktopsettings.h"

using namespace Qt::StringLiterals;

namespace filedialogs {

namespace {

QString key(const QString &purpose)
{
    return u"fileDialogs/"_s + purpose;
}

} // namespace

QString lastFolder(const QString &purpose, const QString &fallback)
{
    const QString folder = desktopSettings().value(key(purpose)).toString();
    if (!folder.isEmpty() && QFileInfo(folder).isDir())
        return folder;
    return fallback.isEmpty() ? QDir::homePath() : fallback;
}

void rememberFolder(const QString &purpose, const QString &path, bool isFolder)
{
    if (path.isEmpty())
        return;
    QSettings settings = desktopSettings();
    settings.setValue(key(purpose), isFolder ? QFileInfo(path).absoluteFilePath() : QFileInfo(path).absolutePath());
}

QString getOpenFileName(QWidget *parent, const QString &purpose, const QString &caption, const QString &filter,
                        const QString &fallbackFolder)
{
    const QString path = QFileDialog::getOpenFileName(parent, caption, lastFolder(purpose, fallbackFolder), filter);
    rememberFolder(purpose, path);
    return path;
}

QStringList getOpenFileNames(QWidget *parent, const QString &purpose, const QString &caption, const QString &filter)
{
    const QStringList paths = QFileDialog::getOpenFileNames(parent, caption, lastFolder(purpose), filter);
    if (!paths.isEmpty())
        rememberFolder(purpose, paths.first());
    return paths;
}

QString getSaveFileName(QWidget *parent, const QString &purpose, const QString &caption, const QString &suggested,
                        const QString &filter, const QString &fallbackFolder, QFileDialog::Options options)
{
    const QString start =
        QFileInfo(suggested).isAbsolute() ? suggested : QDir(lastFolder(purpose, fallbackFolder)).filePath(suggested);
    const QString path = QFileDialog::getSaveFileName(parent, caption, start, filter, nullptr, options);
    rememberFolder(purpose, path);
    return path;
}

QString getExistingDirectory(QWidget *parent, const QString &purpose, const QString &caption)
{
    const QString folder = QFileDialog::getExistingDirectory(parent, caption, lastFolder(purpose));
    rememberFolder(purpose, folder, true);
    return folder;
}

} // namespace filedialogs
