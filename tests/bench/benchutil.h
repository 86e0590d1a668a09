#pragma once

#include <vector>

#include <QString>

/// Small helpers every benchmark prints with: peak memory, wall-clock statistics and `nproc`.
namespace benchutil {

/// Peak resident set size of this process so far, in MB (getrusage ru_maxrss).
double peakRssMb();

/// CPU seconds used so far by the whole process (user + system, every thread): under a loaded
/// machine this is a steadier figure than wall time.
double processCpuSeconds();

/// CPU seconds used so far by the calling thread (CLOCK_THREAD_CPUTIME_ID).
double threadCpuSeconds();

/// The 1-minute load average, printed beside timings because the machine is shared.
double loadAverage();

/// Logical CPUs available to the process (what `nproc` prints).
int cpuCount();

/// Minimum, median and maximum of some timings in ms.
struct Timings
{
    double minMs = 0;
    double medianMs = 0;
    double maxMs = 0;
};
Timings summarize(std::vector<double> ms);

/// Removes a SQLite file and its -wal/-shm companions so a benchmark starts from an empty database.
void removeDatabaseFiles(const QString &path);

/// One "key: value" result line on stdout, flushed at once so a killed run keeps what it printed.
void report(const char *key, const QString &value);

} // namespace benchutil
