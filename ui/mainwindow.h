#pragma once

#include <QMainWindow>

/// The analyst's window: assembles pages and actions, nothing more (see ../shared/UI.md).
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget *parent = nullptr);
};
