target_sources(casedesk_ui PRIVATE
    wizard/AttachmentsPage.h wizard/AttachmentsPage.cpp
    wizard/CaseWizardPage.h wizard/CaseWizardPage.cpp
    wizard/CodePage.h wizard/CodePage.cpp
    wizard/CodePickerWidget.h wizard/CodePickerWidget.cpp
    wizard/ContactEditor.h wizard/ContactEditor.cpp
    wizard/ContactsPage.h wizard/ContactsPage.cpp
    wizard/DetailsPage.h wizard/DetailsPage.cpp
    wizard/NewCaseWizard.h wizard/NewCaseWizard.cpp
    wizard/ProblemPage.h wizard/ProblemPage.cpp
    wizard/ReviewPage.h wizard/ReviewPage.cpp
    wizard/WizardField.h wizard/WizardField.cpp
)
