#include "ui/desktopsettings.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

QSettings desktopSettings()
{
    const QString organization = QCoreApplication::organizationName();
    return QSettings(organization.isEmpty() ? u"GlassTrend"_s : organization, u"desktop"_s);
}
