#pragma once

#include <QIcon>

namespace CaseDesk
{

/*
 * CaseDesk's own icon (resources/icons), for the windows and the tray: the PNGs the build compiles in, in
 * every size the hicolor theme gets, so it looks the same installed or not and needs no SVG plug-in.
 *
 *     QApplication::setWindowIcon(AppIcon::icon());
 */
class AppIcon
{
public:
    static QIcon icon();
    // The sizes it comes in, as installed into the hicolor theme (16 … 256).
    static QList<int> sizes();
};

} // namespace CaseDesk
