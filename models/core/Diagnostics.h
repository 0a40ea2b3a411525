#pragma once

#include <QString>

namespace CaseDesk
{

/*
 * What someone helping with a problem asks first: which CaseDesk, on which Qt and system, and where its
 * files are. Help ▸ About shows it; *Copy diagnostics* puts toText() on the clipboard.
 *
 *     const Diagnostics diagnostics = Diagnostics::collect();
 *     clipboard->setText(diagnostics.toText());
 */
struct Diagnostics
{
    QString applicationVersion; // QCoreApplication::applicationVersion()
    QString qtRuntimeVersion;   // qVersion(): the Qt libraries loaded
    QString qtBuildVersion;     // QT_VERSION_STR: the Qt CaseDesk was built with
    QString platform;           // QGuiApplication::platformName(): xcb, wayland, windows, cocoa, offscreen
    QString operatingSystem;    // QSysInfo::prettyProductName()
    QString kernel;             // QSysInfo::kernelType() and kernelVersion()
    QString architecture;       // QSysInfo::currentCpuArchitecture()
    QString locale;             // QLocale().name(): the language dates and numbers follow
    QString dataFolder;         // AppLocalDataLocation: every environment's data below it
    QString settingsFile;       // QSettings().fileName()
    QString logFile;            // this run's log (LogFile::currentFilePath()); empty when none is written

    static Diagnostics collect();
    // Plain text, one "name: value" a line. Not translated: it is pasted into a report for whoever supports
    // CaseDesk, who reads the same words from every user.
    QString toText() const;
};

} // namespace CaseDesk
