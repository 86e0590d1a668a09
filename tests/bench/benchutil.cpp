#include "tests/bench/benchutil.h"

#include <algorithm>
#include <cstdio>

#include <cstdlib>
#include <ctime>

#include <sys/resource.h>
#include <unistd.h>

#include <QFile>

using namespace Qt::StringLiterals;

namespace benchutil {

double peakRssMb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0; // Linux reports kilobytes
}

double processCpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    const auto seconds = [](const timeval &t) { return double(t.tv_sec) + double(t.tv_usec) / 1e6; };
    return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

double threadCpuSeconds()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) + double(t.tv_nsec) / 1e9;
}

double loadAverage()
{
    double load[1] = {0};
    return getloadavg(load, 1) == 1 ? load[0] : 0.0;
}

int cpuCount()
{
    return int(sysconf(_SC_NPROCESSORS_ONLN));
}

Timings summarize(std::vector<double> ms)
{
    if (ms.empty())
        return {};
    std::sort(ms.begin(), ms.end());
    return {ms.front(), ms[ms.size() / 2], ms.back()};
}

void removeDatabaseFiles(const QString &path)
{
    for (const QString &suffix : {QString(), u"-wal"_s, u"-shm"_s, u"-journal"_s})
        QFile::remove(path + suffix);
}

void report(const char *key, const QString &value)
{
    std::printf("%-24s %s\n", key, qUtf8Printable(value));
    std::fflush(stdout);
}

} // namespace benchutil
