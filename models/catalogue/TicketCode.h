#pragma once

#include <QCoreApplication>
#include <QMetaType>
#include <QString>

#include <optional>

namespace CaseDesk
{

/*
 * One ticket code of the catalogue: the spec's enum joined with the provider's published label and whether
 * a details form follows. `title` and `category` are the provider's words or absent; never invented.
 * CodeCatalogue::displayLabel() adds the user's own label on top.
 */
struct TicketCode
{
    Q_DECLARE_TR_FUNCTIONS(TicketCode)

public:
    enum class TicketType
    {
        Trouble, // a break-fix trouble ticket, answered with an order number
        Case,    // a case, answered with an 8-digit case number
    };

    QString code;                    // "0305-0301"
    QString family;                  // the first four digits, "0305"
    std::optional<QString> title;    // the provider's label for this code
    std::optional<QString> category; // the provider's name for the family
    TicketType ticketType = TicketType::Case;
    std::optional<QString> primaryIdLabel;   // what primaryId means for this code, e.g. "Cage ID"
    std::optional<QString> secondaryIdLabel; // e.g. "Cabinet ID"
    bool hasDetails = false;                 // a details form follows (x-details-schema-by-code)

    // The provider's title, or the code itself.
    QString providerLabel() const { return title.value_or(code); }
    // "Trouble ticket" or "Case", translated.
    QString ticketTypeName() const;

    static QString familyOf(const QString& code) { return code.left(4); }
    // The rule the provider's numbering follows: codes below 0100 are trouble tickets (DESIGN.md §1).
    static TicketType inferTicketType(const QString& code);

    bool operator==(const TicketCode&) const = default;
};

} // namespace CaseDesk

Q_DECLARE_METATYPE(CaseDesk::TicketCode)
