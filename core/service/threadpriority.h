#pragma once

/// Background work that yields the cores to whatever answers users meanwhile (the server's requests): the calling
/// thread's nice value goes up to `niceness` (never down: an unprivileged process may not raise its priority again,
/// so this is for threads that do only such work, for the rest of their life). Threads it starts afterwards inherit
/// the value (Linux threads take their creator's). Elsewhere than Linux: nothing.
void lowerThreadPriority(int niceness);

/// A discovery's thread (the REST API's runs and the schedule's): below the requests, above the run writer.
constexpr int kDiscoveryNiceness = 5;
/// The thread that writes runs behind the server's answers (WriteBehindRunStore).
constexpr int kRunWriterNiceness = 10;

/// The calling thread's nice value (0 elsewhere than Linux).
int threadNiceness();
