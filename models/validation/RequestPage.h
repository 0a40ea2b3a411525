#pragma once

#include <QMetaType>
#include <QString>

namespace CaseDesk
{

/*
 * Which page of the create-case wizard owns a field of the create request, so that a violation (ours or a
 * server 400's additionalInfo.property) lands where the user can fix it:
 *
 *     wizard->setCurrentPage(pageIdFor(RequestPage::forPath(u"contacts[0].details[1].value"_s)));  // Contacts
 *
 * Paths the wizard has no page for ("$", an unknown key) belong to Problem, the page with the main fields.
 */
class RequestPage
{
    Q_GADGET

public:
    enum Page
    {
        Code,
        Problem,
        Contacts,
        Details,
        Attachments,
    };
    Q_ENUM(Page)

    static Page forPath(const QString& path);
};

} // namespace CaseDesk
