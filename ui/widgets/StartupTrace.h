#pragma once

#include <QObject>

class QAbstractItemView;
class QWidget;

namespace CaseDesk
{

/*
 * The opt-in start-up trace: with CASEDESK_TRACE_STARTUP=1 in the environment, CaseDesk prints to stderr
 *
 *     casedesk-trace: window painted 74 ms since main, monotonic 3712345 ms
 *     casedesk-trace: first rows painted 96 ms since main, monotonic 3712367 ms
 *     casedesk-trace: list ready 402 ms since main, monotonic 3712673 ms
 *
 * "since main" counts from StartupTrace::begin(), the first line of main(); "monotonic" is the system's
 * monotonic clock (CLOCK_MONOTONIC, the same for every process), so a bench that notes the clock when it
 * starts the process gets exec-to-event times, loading of the shared libraries included. A paint counts as
 * done when the event loop next turns after it (the backing store has then been flushed). Without the
 * variable every call costs one test of a flag.
 *
 *     StartupTrace::begin();                    // first thing in main()
 *     StartupTrace::watchWindow(window);        // "window painted", once
 *     StartupTrace::watchRows(view);            // "first rows painted": its first paint with a row to show
 *     StartupTrace::mark("list ready");         // once per name
 */
class StartupTrace : public QObject
{
    Q_OBJECT

public:
    static void begin();
    static bool enabled();
    static void watchWindow(QWidget* window);
    static void watchRows(QAbstractItemView* view);
    static void mark(const char* event);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    explicit StartupTrace(QObject* parent);
    static StartupTrace* instance();
    void markAfterPaint(QObject* watched, const char* event);
};

} // namespace CaseDesk
