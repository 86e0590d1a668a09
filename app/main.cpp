#include <QApplication>
#include <QCoreApplication>

#include "ui/mainwindow.h"

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("GlassTrend"));
    MainWindow window;
    window.show();
    return QApplication::exec();
}
