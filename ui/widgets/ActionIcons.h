#pragma once

#include <QIcon>
#include <QString>

namespace CaseDesk
{

/*
 * The icons of the main actions (the window's toolbar): the desktop's icon theme where it has the icon
 * (QIcon::fromTheme, so they look like the rest of the desktop), else CaseDesk's own, from
 * resources/icons/actions/, drawn in the palette's button text colour when painted, so they read in light and
 * dark themes, at any scale.
 *
 *     action->setIcon(ActionIcons::icon(ActionIcons::Refresh));
 */
class ActionIcons
{
public:
    enum Icon
    {
        NewCase,
        GoToCase,
        Refresh,
        Drafts,
        Outbox,
    };

    static QIcon icon(Icon which);
    // The icon theme's name for it ("view-refresh"), and CaseDesk's own.
    static QString themeName(Icon which);
    static QIcon bundled(Icon which);
};

} // namespace CaseDesk
