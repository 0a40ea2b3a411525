// The start-up bench's floor: a bare QMainWindow with an empty QTableView, traced like CaseDesk
// (CASEDESK_TRACE_STARTUP=1 prints "window painted"). It links Qt Widgets only, so it loads what any Qt
// window loads and nothing of CaseDesk's.

#include "ui/widgets/StartupTrace.h"

#include <QApplication>
#include <QMainWindow>
#include <QTableView>

int main(int argc, char* argv[])
{
    CaseDesk::StartupTrace::begin();
    QApplication app(argc, argv);
    QMainWindow window;
    auto* table = new QTableView(&window);
    window.setCentralWidget(table);
    window.resize(1100, 700);
    CaseDesk::StartupTrace::watchWindow(&window);
    window.show();
    return QApplication::exec();
}
