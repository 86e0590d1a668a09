#include "tests/bench/benchutil.h"

#include <algorithm>
#include <cstdio>

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
