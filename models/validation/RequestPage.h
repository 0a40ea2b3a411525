#pragma once

#include <QMetaType>
#include <QString>

namespace CaseDesk
{

/*
 * Which page of the create-case wizard owns a field of the create request, so that a violation (ours or a
 * server 400's additionalInfo.property) lands where the user can fix it:
 *
 *     RequestPage::forPath(u"contacts[0].details[1].value"_s);   // RequestPage::Contacts
 *     RequestPage::forPath(u"$"_s);                                // RequestPage::Problem
 *
 * (compiled and run in tests/unit/tst_headerexamples.cpp). NewCaseWizard turns the page into its page id.
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
