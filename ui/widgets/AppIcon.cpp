#include "ui/widgets/AppIcon.h"

namespace CaseDesk
{

using namespace Qt::StringLiterals;

QList<int> AppIcon::sizes()
{
    return {16, 22, 24, 32, 48, 64, 128, 256}; // resources/CMakeLists.txt renders and installs the same
}

QIcon AppIcon::icon()
{
    QIcon icon;
    for (int size : sizes())
        icon.addFile(u":/icons/casedesk-%1.png"_s.arg(size), QSize(size, size));
    return icon;
}

} // namespace CaseDesk
