#include "AppController.h"
#include "AppOptions.h"

#include <QApplication>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("CaseDesk"));
    QApplication::setApplicationName(QStringLiteral("CaseDesk"));
    QApplication::setApplicationDisplayName(QStringLiteral("CaseDesk"));
    QApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION_STRING));

    const AppOptions options = AppOptions::parse(app);
    AppController controller(options);
    controller.start();
    return QApplication::exec();
}
