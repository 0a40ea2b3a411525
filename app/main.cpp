#include "app/AppController.h"
#include "app/AppOptions.h"
#include "models/core/AppIdentity.h"
#include "models/core/LogFile.h"
#include "models/core/Logging.h"
#include "models/desktop/SingleInstance.h"
#include "models/settings/Preferences.h"
#include "models/settings/Translations.h"
#include "ui/widgets/AppIcon.h"
#include "ui/widgets/StartupTrace.h"

#include <QApplication>
#include <QSettings>
#include <QSysInfo>

#include <cstdio>
#include <memory>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

using namespace CaseDesk;

int main(int argc, char* argv[])
{
    StartupTrace::begin(); // CASEDESK_TRACE_STARTUP=1: start-up times on stderr, counted from here
#ifdef Q_OS_UNIX
    // First: whatever this process creates (stores, settings, caches, logs) is for this user only.
    ::umask(077);
#endif
    // `casedesk --version` and `--help` open no window, so they answer without a display too (ssh, scripts).
    const std::unique_ptr<QCoreApplication> app = AppOptions::onlyPrints(argc, argv)
                                                      ? std::make_unique<QCoreApplication>(argc, argv)
                                                      : std::make_unique<QApplication>(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("CaseDesk"));
    QApplication::setApplicationName(QStringLiteral("CaseDesk"));
    QApplication::setApplicationDisplayName(QStringLiteral("CaseDesk"));
    QApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION_STRING));
    QGuiApplication::setDesktopFileName(AppIdentity::applicationId());

    QStringList translations;
    {
        // Before the command line is parsed: --help and its errors speak the chosen language too.
        QSettings settings;
        translations = Translations::install(Preferences(&settings).language());
    }
    const AppOptions options = AppOptions::parse(*app);
    if (!qobject_cast<QApplication*>(app.get()))
        return 0; // not reached: parse() has printed and exited

    // One running copy per user: a later start hands its command line (links to open) to it and ends.
    SingleInstance instance(SingleInstance::defaultFolder());
    std::unique_ptr<LogFile> log;
    std::unique_ptr<AppController> controller;
    QObject::connect(&instance, &SingleInstance::handedOver, app.get(), [] { QCoreApplication::exit(0); });
    QObject::connect(&instance, &SingleInstance::failed, app.get(), [](const QString& message) {
        std::fprintf(stderr, "casedesk: %s\n", qPrintable(message));
        QCoreApplication::exit(1);
    });
    QObject::connect(&instance, &SingleInstance::becamePrimary, app.get(), [&] {
        // A log per run of the running copy, from here to the end (hand-overs and --help leave none).
        log = std::make_unique<LogFile>(LogFile::defaultFolder());
        if (!log->install())
            qCWarning(lcApp).noquote() << "no log file:" << log->errorString();
        qCInfo(lcApp).noquote() << "CaseDesk" << QCoreApplication::applicationVersion() << "on Qt" << qVersion()
                                << "and" << QSysInfo::prettyProductName();
        if (!translations.isEmpty())
            qCInfo(lcApp) << "translations:" << translations;

        QApplication::setWindowIcon(AppIcon::icon());
        controller = std::make_unique<AppController>(options);
        QObject::connect(&instance, &SingleInstance::messageReceived, controller.get(),
                         &AppController::handleLaterStart);
        controller->start();
    });
    // On Wayland the launcher gives a start the right to bring a window forward (XDG_ACTIVATION_TOKEN); a
    // later start hands it to the running copy with its command line. As the first copy, Qt uses it itself.
    instance.start(QCoreApplication::arguments().mid(1), qEnvironmentVariable("XDG_ACTIVATION_TOKEN"));
    const int status = QApplication::exec();
    controller.reset(); // before the log it writes to
    return status;
}
