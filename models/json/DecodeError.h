#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace CaseDesk
{

// One reason a JSON document could not be read as the type we expected, naming the field by its path
// (`otherDetails.statusHistory[0].createdDate`).
struct DecodeError
{
    Q_DECLARE_TR_FUNCTIONS(DecodeError)

public:
    enum class Kind
    {
        Missing,   // a required field is absent
        WrongType, // present but of another JSON type
        BadValue,  // right type, unusable value (e.g. an unreadable date)
        NotJson,   // the bytes are not JSON at all
    };

    Kind kind = Kind::WrongType;
    QString path;     // JSON path of the field, "$" for the whole document
    QString expected; // what we expected, e.g. "string", "date-time"
    QString detail;   // what we found, or the parser's complaint

    // A translated sentence naming the field, for logs and the error pane.
    QString message() const;
    bool operator==(const DecodeError&) const = default;
};

using DecodeErrors = QList<DecodeError>;

// Joins the first few errors into one readable line.
QString describeDecodeErrors(const DecodeErrors& errors, int max = 3);

} // namespace CaseDesk
