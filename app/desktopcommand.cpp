#include <QApplication>

#include "app/appcontext.h"
#include "app/commands.h"
#include "ui/mainwindow.h"

int runDesktop(AppContext &context, const CommandLine &commandLine)
{
    Q_UNUSED(context);
    Q_UNUSED(commandLine);
    MainWindow window;
    window.show();
    return QApplication::exec();
}
