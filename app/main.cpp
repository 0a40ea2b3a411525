#include "mainwindow/MainWindow.h"

#include <QApplication>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("CaseDesk"));
    QApplication::setApplicationName(QStringLiteral("CaseDesk"));
    QApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION_STRING));

    MainWindow window;
    window.show();
    return QApplication::exec();
}
