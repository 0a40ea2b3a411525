#include "models/settings/WindowSettings.h"

#include "models/settings/SettingsKeys.h"

#include <QRegularExpression>
#include <QSettings>

namespace CaseDesk
{

using namespace Qt::StringLiterals;

namespace
{
// A case number (8 digits) or an order number ("1-" and digits): what a tab's key can be.
bool isCaseKey(const QString& key)
{
    static const QRegularExpression shape(u"^[0-9][0-9-]{0,39}$"_s);
    return shape.match(key).hasMatch();
}
} // namespace

WindowSettings::WindowSettings(QSettings* settings)
    : m_settings(settings)
{}

QByteArray WindowSettings::mainWindowGeometry() const
{
    return Settings::windowGeometry.read(*m_settings);
}

void WindowSettings::setMainWindowGeometry(const QByteArray& geometry)
{
    Settings::windowGeometry.write(*m_settings, geometry);
}

WindowSettings::OpenCases WindowSettings::openCases() const
{
    OpenCases cases;
    for (const QString& key : Settings::openCases.read(*m_settings)) {
        if (isCaseKey(key) && !cases.keys.contains(key) && cases.keys.size() < kMaxOpenCases)
            cases.keys.append(key);
    }
    const QString current = Settings::currentCase.read(*m_settings);
    if (cases.keys.contains(current))
        cases.current = current;
    return cases;
}

void WindowSettings::setOpenCases(const OpenCases& cases)
{
    if (cases.keys.isEmpty()) {
        Settings::openCases.remove(*m_settings);
        Settings::currentCase.remove(*m_settings);
        return;
    }
    Settings::openCases.write(*m_settings, cases.keys);
    Settings::currentCase.write(*m_settings, cases.current);
}

} // namespace CaseDesk
