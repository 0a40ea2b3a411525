#pragma once

#include <QString>
#include <QVariant>

namespace CaseDesk
{

// Qt SQL binds a null QString as SQL NULL; the store's text columns are NOT NULL DEFAULT '', so absent
// text is bound as an empty string instead.
inline QVariant sqlText(const QString& text)
{
    return text.isNull() ? QVariant(QStringLiteral("")) : QVariant(text);
}

} // namespace CaseDesk
