#include "models/settings/WindowSettings.h"

#include <QRegularExpression>
#include <QSettings>

namespace CaseDesk
{

using namespace Qt::StringLiterals;

namespace
{
// The settings keys, spelled once.
const QString kGeometry = u"window/geometry"_s;
const QString kOpenCases = u"window/openCases"_s;
const QString kCurrentCase = u"window/currentCase"_s;

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
    return m_settings->value(kGeometry).toByteArray();
}

void WindowSettings::setMainWindowGeometry(const QByteArray& geometry)
{
    m_settings->setValue(kGeometry, geometry);
}

WindowSettings::OpenCases WindowSettings::openCases() const
{
    OpenCases cases;
    for (const QString& key : m_settings->value(kOpenCases).toStringList()) {
        if (isCaseKey(key) && !cases.keys.contains(key) && cases.keys.size() < kMaxOpenCases)
            cases.keys.append(key);
    }
    const QString current = m_settings->value(kCurrentCase).toString();
    if (cases.keys.contains(current))
        cases.current = current;
    return cases;
}

void WindowSettings::setOpenCases(const OpenCases& cases)
{
    if (cases.keys.isEmpty()) {
        m_settings->remove(kOpenCases);
        m_settings->remove(kCurrentCase);
        return;
    }
    m_settings->setValue(kOpenCases, cases.keys);
    m_settings->setValue(kCurrentCase, cases.current);
}

} // namespace CaseDesk
