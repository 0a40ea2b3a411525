#pragma once

#include <QColor>
#include <QIcon>

namespace CaseDesk
{

/*
 * A round dot of one colour as an icon (the list's "changed" mark, the timeline's status dots), drawn as a
 * shape on whatever it is painted on: crisp at 200 % and any other scale, where a pixmap made at 1× would be
 * blown up and blurred.
 *
 *     item->setIcon(0, DotIcon::icon(StatusBadge::background(raw, palette), 10.0 / 12.0));
 *
 * `diameter` is the dot's share of the icon's size (1.0 fills it); a disabled icon's dot is faded.
 */
class DotIcon
{
public:
    static QIcon icon(const QColor& color, qreal diameter = 1.0);
};

} // namespace CaseDesk
