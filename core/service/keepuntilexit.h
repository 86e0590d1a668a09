#pragma once

#include <memory>

/// Holds `object` for the rest of the process's life and never frees it. For a command that exits after one
/// discovery: the kernel takes a process's memory back at once, while freeing a million posts' strings and a run's
/// hundred thousand decisions one by one costs a command a few tenths of a second (clang's -disable-free exists
/// for the same reason). Never for a server or the desktop app, whose memory must come back.
void keepUntilExit(std::shared_ptr<const void> object);
