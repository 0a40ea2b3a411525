#include "app/AppController.h"
#include "app/AppOptions.h"
#include "models/core/Logging.h"
#include "models/settings/Preferences.h"
#include "models/settings/Translations.h"

#include <QApplication>
#include <QSettings>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

using namespace CaseDesk;

int main(int argc, char* argv[])
{
#ifdef Q_OS_UNIX
    // First: whatever this process creates (stores, settings, caches, logs) is for this user only.
    ::umask(077);
#endif
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("CaseDesk"));
    QApplication::setApplicationName(QStringLiteral("CaseDesk"));
    QApplication::setApplicationDisplayName(QStringLiteral("CaseDesk"));
    QApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION_STRING));

    {
        // Before the command line is parsed: --help and its errors speak the chosen language too.
        QSettings settings;
        const QStringList files = Translations::install(Preferences(&settings).language());
        if (!files.isEmpty())
            qCInfo(lcApp) << "translations:" << files;
    }
    const AppOptions options = AppOptions::parse(app);
    AppController controller(options);
    controller.start();
    return QApplication::exec();
}
