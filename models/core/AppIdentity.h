#pragma once

#include <QString>

namespace CaseDesk
{

/*
 * Who CaseDesk is to the desktop. The reverse-DNS application id names the installed .desktop file, the icon
 * in the hicolor theme and the AppStream metadata (resources/desktop), and main() gives it to
 * QGuiApplication::setDesktopFileName(), so a desktop (Wayland's app_id) matches the window to its entry.
 * The build spells it once, as CASEDESK_APP_ID in the top CMakeLists.txt.
 */
class AppIdentity
{
public:
    // "io.github.casedesk.CaseDesk"
    static QString applicationId();
};

} // namespace CaseDesk
