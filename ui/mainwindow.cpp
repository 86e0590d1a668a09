#include "ui/mainwindow.h"

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setWindowTitle(QStringLiteral("GlassTrend"));
    resize(1400, 900);
}
