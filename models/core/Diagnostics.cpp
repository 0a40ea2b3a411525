#include "models/core/Diagnostics.h"

#include "models/core/LogFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QGuiApplication>
#include <QLocale>
#include <QSettings>
#include <QStandardPaths>
#include <QSysInfo>

namespace CaseDesk
{

using namespace Qt::StringLiterals;

Diagnostics Diagnostics::collect()
{
    Diagnostics d;
    d.applicationVersion = QCoreApplication::applicationVersion();
    d.qtRuntimeVersion = QString::fromLatin1(qVersion());
    d.qtBuildVersion = QStringLiteral(QT_VERSION_STR);
    d.platform = QGuiApplication::platformName();
    d.operatingSystem = QSysInfo::prettyProductName();
    d.kernel = QSysInfo::kernelType() + u' ' + QSysInfo::kernelVersion();
    d.architecture = QSysInfo::currentCpuArchitecture();
    d.locale = QLocale().name();
    d.dataFolder = QDir::toNativeSeparators(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation));
    d.settingsFile = QDir::toNativeSeparators(QSettings().fileName());
    d.logFile = QDir::toNativeSeparators(LogFile::currentFilePath());
    return d;
}

QString Diagnostics::toText() const
{
    QStringList lines;
    lines << u"CaseDesk: "_s + applicationVersion
          << u"Qt: %1 (built with %2), platform %3"_s.arg(qtRuntimeVersion, qtBuildVersion, platform)
          << u"Operating system: %1 (%2, %3)"_s.arg(operatingSystem, kernel, architecture) << u"Locale: "_s + locale
          << u"Data folder: "_s + dataFolder << u"Settings: "_s + settingsFile
          << u"Log file: "_s + (logFile.isEmpty() ? u"none"_s : logFile);
    return lines.join(u'\n') + u'\n';
}

} // namespace CaseDesk
