#pragma once

#include <memory>

class QObject;
class QTimer;

/// How a long-running server gives memory back (issue 13: a 1M-post server within 500 MB). glibc keeps memory
/// freed on one thread in that thread's arena, and by default grows up to 8 arenas per core: a discovery's pipeline,
/// run store and hydrate run on different threads, so after a few discoveries the freed memory of earlier runs sat
/// in arenas the next run did not use, and the peak grew by ~20 MB a run (552 MB after 5 runs at 1M posts). With one
/// arena per core (at least 2) and the freed memory trimmed every few seconds, the peak stays at the first warm
/// run's (499 MB after 7 runs, same data). glibc only; elsewhere both do nothing.
namespace memorypolicy {

/// At most one malloc arena per core (at least 2), unless MALLOC_ARENA_MAX is set in the environment (then glibc
/// follows it). Call before the process starts threads.
void limitArenas();

/// A timer, owned by `parent`, that returns freed heap memory to the system every `intervalMs` (malloc_trim).
QTimer *trimPeriodically(QObject *parent, int intervalMs);

} // namespace memorypolicy
