// The composition root: reads the command line, builds the one application object the chosen face
// needs, builds the services, and hands them to that face. Only this folder knows every part.
#include <cstdio>
#include <memory>

#include <QApplication>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QTextStream>

#include "app/appcontext.h"
#include "app/commandline.h"
#include "app/commands.h"
#include "app/memorypolicy.h"

using namespace Qt::StringLiterals;

namespace {

bool hasDisplay()
{
    return !qEnvironmentVariableIsEmpty("DISPLAY") || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") ||
           !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM");
}

/// QApplication aborts without a display, so headless faces get QCoreApplication, and PDF export
/// (which needs fonts and painting) gets QGuiApplication on the offscreen platform.
std::unique_ptr<QCoreApplication> makeApplication(CommandLine::Mode mode, int &argc, char **argv)
{
    switch (mode) {
    case CommandLine::Mode::Gui:
        return std::make_unique<QApplication>(argc, argv);
    case CommandLine::Mode::Export:
        if (!hasDisplay())
            qputenv("QT_QPA_PLATFORM", "offscreen");
        return std::make_unique<QGuiApplication>(argc, argv);
    default:
        return std::make_unique<QCoreApplication>(argc, argv);
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));

    QTextStream err(stderr);
    Result<CommandLine> commandLine = parseCommandLine(arguments);
    if (!commandLine) {
        err << commandLine.error().message << u'\n';
        return 2;
    }
    const CommandLine &cl = commandLine.value();
    if (cl.mode == CommandLine::Mode::Serve)
        memorypolicy::limitArenas(); // before any thread starts
    if (cl.mode == CommandLine::Mode::Help) {
        QTextStream(stdout) << commandLineHelp();
        return 0;
    }
    if (cl.mode == CommandLine::Mode::Version) {
        QTextStream(stdout) << u"glasstrend "_s << QStringLiteral(GT_VERSION) << u'\n';
        return 0;
    }
    if (cl.mode == CommandLine::Mode::Gui && !hasDisplay()) {
        err << u"glasstrend: no display to open the desktop app on. Use `glasstrend --serve` for the headless "
               u"server, or a command (`glasstrend --help`).\n"_s;
        return 1;
    }

    const auto application = makeApplication(cl.mode, argc, argv);
    QCoreApplication::setApplicationName(u"GlassTrend"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(GT_VERSION));
    if (cl.mode == CommandLine::Mode::Gui) // Wayland's app id: the desktop entry (and icon) the package installs
        QGuiApplication::setDesktopFileName(u"org.glasstrend.GlassTrend"_s);

    Result<std::unique_ptr<AppContext>> context = AppContext::create(cl);
    if (!context) {
        err << u"glasstrend: "_s << context.error().message << u'\n';
        return 1;
    }
    AppContext &ctx = *context.value();
    switch (cl.mode) {
    case CommandLine::Mode::Import:
        return runImportCommand(ctx, cl);
    case CommandLine::Mode::Discover:
        return runDiscoverCommand(ctx, cl);
    case CommandLine::Mode::Export:
        return runExportCommand(ctx, cl);
    case CommandLine::Mode::Backtest:
        return runBacktestCommand(ctx, cl);
    case CommandLine::Mode::Migrate:
        return runMigrateCommand(ctx, cl);
    case CommandLine::Mode::Serve:
        return runServer(ctx, cl);
    case CommandLine::Mode::Gui:
        return runDesktop(ctx, cl);
    case CommandLine::Mode::Help:
    case CommandLine::Mode::Version:
        break;
    }
    return 0;
}
