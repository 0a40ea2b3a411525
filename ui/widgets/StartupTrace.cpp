#include "ui/widgets/StartupTrace.h"

#include <QAbstractItemView>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <cstdio>

namespace CaseDesk
{

namespace
{
struct State
{
    bool enabled = false;
    QElapsedTimer sinceMain;
    QSet<QByteArray> marked;
    QPointer<QWidget> window;
    QPointer<QAbstractItemView> rowsView;
};

State& state()
{
    static State s;
    return s;
}
} // namespace

StartupTrace::StartupTrace(QObject* parent)
    : QObject(parent)
{}

void StartupTrace::begin()
{
    State& s = state();
    s.enabled = qEnvironmentVariableIntValue("CASEDESK_TRACE_STARTUP") == 1;
    s.sinceMain.start();
}

bool StartupTrace::enabled()
{
    return state().enabled;
}

StartupTrace* StartupTrace::instance()
{
    // Lives as long as the application; created on first use, after QCoreApplication exists.
    static QPointer<StartupTrace> trace;
    if (!trace)
        trace = new StartupTrace(QCoreApplication::instance());
    return trace;
}

void StartupTrace::mark(const char* event)
{
    State& s = state();
    if (!s.enabled || s.marked.contains(QByteArray(event)))
        return;
    s.marked.insert(QByteArray(event));
    const qint64 elapsed = s.sinceMain.elapsed();
    std::fprintf(stderr, "casedesk-trace: %s %lld ms since main, monotonic %lld ms\n", event,
                 static_cast<long long>(elapsed), static_cast<long long>(s.sinceMain.msecsSinceReference() + elapsed));
    std::fflush(stderr);
}

void StartupTrace::watchWindow(QWidget* window)
{
    if (!enabled() || !window)
        return;
    state().window = window;
    window->installEventFilter(instance());
}

void StartupTrace::watchRows(QAbstractItemView* view)
{
    if (!enabled() || !view)
        return;
    state().rowsView = view;
    view->viewport()->installEventFilter(instance());
}

void StartupTrace::markAfterPaint(QObject* watched, const char* event)
{
    watched->removeEventFilter(this);
    QTimer::singleShot(0, this, [event] { mark(event); });
}

bool StartupTrace::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::Paint) {
        const State& s = state();
        if (watched == s.window.data()) {
            markAfterPaint(watched, "window painted");
        } else if (s.rowsView && watched == s.rowsView->viewport() && s.rowsView->model()
                   && s.rowsView->model()->rowCount() > 0) {
            markAfterPaint(watched, "first rows painted");
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace CaseDesk
