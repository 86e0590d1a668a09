#include "app/memorypolicy.h"

#include <algorithm>

#include <QThread>
#include <QTimer>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace memorypolicy {

void limitArenas()
{
#if defined(__GLIBC__)
    // glibc's own MALLOC_ARENA_MAX, when set, is the operator's choice (MALLOC_ARENA_MAX=1: a 1M-post server peaks
    // ~60 MB lower after a REST ingest, for ~20 % of ingest throughput: tests/bench/README.md, session 8).
    if (qEnvironmentVariableIsSet("MALLOC_ARENA_MAX"))
        return;
    mallopt(M_ARENA_MAX, std::max(2, QThread::idealThreadCount()));
#endif
}

QTimer *trimPeriodically(QObject *parent, int intervalMs)
{
    auto *timer = new QTimer(parent);
    timer->setInterval(intervalMs);
#if defined(__GLIBC__)
    QObject::connect(timer, &QTimer::timeout, timer, [] { malloc_trim(0); });
    timer->start();
#endif
    return timer;
}

} // namespace memorypolicy
