#pragma once

struct AppContext;
struct CommandLine;

// One function per face of the program (SPEC section 7). Each returns the process exit status:
// 0 success, 1 when nothing could be done; messages go to stdout (results) and stderr (errors).

int runImportCommand(AppContext &context, const CommandLine &commandLine);
int runDiscoverCommand(AppContext &context, const CommandLine &commandLine);
int runExportCommand(AppContext &context, const CommandLine &commandLine);
int runBacktestCommand(AppContext &context, const CommandLine &commandLine);
int runMigrateCommand(AppContext &context, const CommandLine &commandLine);
int runServer(AppContext &context, const CommandLine &commandLine);
int runDesktop(AppContext &context, const CommandLine &commandLine);
