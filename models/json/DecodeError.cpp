#include "models/json/DecodeError.h"

#include <QStringList>

namespace CaseDesk
{

QString DecodeError::message() const
{
    switch (kind) {
    case Kind::Missing:
        return tr("%1 is missing").arg(path);
    case Kind::WrongType:
        return tr("%1 should be %2 but is %3").arg(path, expected, detail);
    case Kind::BadValue:
        return tr("%1 is not a valid %2: %3").arg(path, expected, detail);
    case Kind::NotJson:
        return tr("the answer is not valid JSON: %1").arg(detail);
    }
    return path;
}

QString describeDecodeErrors(const DecodeErrors& errors, int max)
{
    QStringList parts;
    for (const DecodeError& error : errors) {
        if (parts.size() == max) {
            parts << DecodeError::tr("and %n more", nullptr, int(errors.size() - max));
            break;
        }
        parts << error.message();
    }
    return parts.join(u"; ");
}

} // namespace CaseDesk
