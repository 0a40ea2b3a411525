#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

QT_BEGIN_NAMESPACE
class QSettings;
QT_END_NAMESPACE

namespace CaseDesk
{

/*
 * What the window looked like when CaseDesk last ended, so the next start looks the same: the main window's
 * geometry (size, position and maximized state, as QWidget::saveGeometry() puts them) in the app's settings,
 * and the case tabs that were open in each environment's own settings. Keys spelled once, in the .cpp.
 *
 *     WindowSettings(appSettings).setMainWindowGeometry(window->saveGeometry());   // when CaseDesk ends
 *     window->restoreGeometry(WindowSettings(appSettings).mainWindowGeometry());   // at the next start
 *     WindowSettings(sessionSettings).setOpenCases({keys, current});               // whenever tabs change
 *
 * The settings file is the user's to edit: keys that are not case or order numbers are dropped, and at most
 * kMaxOpenCases tabs come back.
 */
class WindowSettings
{
public:
    static constexpr qsizetype kMaxOpenCases = 50;

    struct OpenCases
    {
        QStringList keys; // in tab order
        QString current;  // the tab in front; empty: the list
        bool operator==(const OpenCases&) const = default;
    };

    explicit WindowSettings(QSettings* settings);

    QByteArray mainWindowGeometry() const;
    void setMainWindowGeometry(const QByteArray& geometry);

    OpenCases openCases() const;
    void setOpenCases(const OpenCases& cases);

private:
    QSettings* m_settings;
};

} // namespace CaseDesk
