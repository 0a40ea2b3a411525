#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QtConcurrent/QtConcurrentRun>

#include <functional>

namespace CaseDesk
{

/*
 * Runs `work` on Qt's global thread pool and hands its result to `done` on the thread of `context`, and only
 * while `context` lives (a closed widget is never called back). For disk and image work that must not block
 * the UI thread. Include it from .cpp files only: Qt Concurrent is private to casedesk_core.
 *
 *     runInBackground<QString>(this, [path] { return copyInto(stash, path); }, [this](const QString& error) {
 *         if (!error.isEmpty()) show(error);
 *     });
 */
template <typename T>
void runInBackground(QObject* context, std::function<T()> work, std::function<void(const T&)> done)
{
    Q_ASSERT(context);
    // Parented to the context: if it goes first, the watcher goes with it and `done` never runs.
    auto* watcher = new QFutureWatcher<T>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context, [watcher, done = std::move(done)] {
        const T result = watcher->result();
        watcher->deleteLater();
        done(result);
    });
    watcher->setFuture(QtConcurrent::run(std::move(work)));
}

} // namespace CaseDesk
