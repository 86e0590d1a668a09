#include "core/service/threadpriority.h"

#include <QtGlobal>

#ifdef Q_OS_LINUX
#include <cerrno>

#include <sys/resource.h>
#include <unistd.h>
#endif

void lowerThreadPriority(int niceness)
{
#ifdef Q_OS_LINUX
    if (threadNiceness() < niceness)
        setpriority(PRIO_PROCESS, id_t(gettid()), niceness);
#else
    Q_UNUSED(niceness);
#endif
}

int threadNiceness()
{
#ifdef Q_OS_LINUX
    errno = 0;
    const int value = getpriority(PRIO_PROCESS, id_t(gettid()));
    return errno == 0 ? value : 0;
#else
    return 0;
#endif
}
