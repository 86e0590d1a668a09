#pragma once

#include <utility>

#include <QMetaObject>
#include <QObject>
#include <QThreadPool>

/// Runs `work` on `pool` and hands its result to `done` on `context`'s thread. The worker posts the result
/// itself (as PipelineRunner does) rather than through QFuture::then(context, …), whose continuation Qt 6.4 can
/// lose when the future finishes while the continuation is attached. `context` must outlive the job (its owner
/// waits for `pool` before it is destroyed); a result posted to it is dropped if it is deleted meanwhile.
template <typename Work, typename Done> void runOnPool(QThreadPool *pool, QObject *context, Work work, Done done)
{
    pool->start([work = std::move(work), done = std::move(done), context]() mutable {
        QMetaObject::invokeMethod(
            context, [done = std::move(done), result = work()]() mutable { done(std::move(result)); },
            Qt::QueuedConnection);
    });
}
