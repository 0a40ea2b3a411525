#pragma once

#include "models/catalogue/CodeCatalogue.h"
#include "tests/support/TestHome.h"
#include "ui/detailsform/DetailsFormWidget.h"
#include "ui/wizard/CodePage.h"
#include "ui/wizard/CodePickerWidget.h"
#include "ui/wizard/ContactEditor.h"
#include "ui/wizard/ContactsPage.h"
#include "ui/wizard/DetailsPage.h"
#include "ui/wizard/NewCaseWizard.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QTest>
#include <QTimer>

#include <functional>
#include <memory>

namespace CaseDesk
{

/*
 * Drives a NewCaseWizard the way a user does (keys and clicks), for the wizard's GUI tests. Each step returns
 * whether it got where it should, so tests can QVERIFY it.
 *
 *     WizardDriver drive(wizard);
 *     QVERIFY(drive.chooseCode(u"0002-0000"_s));
 *     QVERIFY(drive.next());
 */
class WizardDriver
{
public:
    explicit WizardDriver(NewCaseWizard* wizard)
        : m_wizard(wizard)
    {}

    template <typename T>
    T* find(const QString& name) const
    {
        return m_wizard->currentPage() ? m_wizard->currentPage()->findChild<T*>(name) : nullptr;
    }
    template <typename T>
    T* findAnywhere(const QString& name) const
    {
        return m_wizard->findChild<T*>(name);
    }

    // The error shown under a field of the current page, empty when none is shown.
    QString errorAt(const QString& path) const
    {
        const QLabel* label = find<QLabel>(path + QStringLiteral("#error"));
        return label && label->isVisibleTo(m_wizard) ? label->text() : QString();
    }

    QAbstractButton* nextButton() const { return m_wizard->button(QWizard::NextButton); }
    QAbstractButton* finishButton() const { return m_wizard->button(QWizard::FinishButton); }

    // Types the code's digits into the search field and presses Return: the first match is chosen.
    bool chooseCode(const QString& code)
    {
        QLineEdit* search = m_wizard->codePage()->picker()->searchField();
        search->setFocus();
        search->clear();
        QTest::keyClicks(search, QString(code).remove(QLatin1Char('-')));
        QTest::keyClick(search, Qt::Key_Return);
        return m_wizard->codePage()->code() == code;
    }

    // Waits for Next to be enabled, clicks it, and says whether the page changed.
    bool next()
    {
        const int before = m_wizard->currentId();
        if (!QTest::qWaitFor([this] { return nextButton()->isVisible() && nextButton()->isEnabled(); }, 2000))
            return false;
        QTest::mouseClick(nextButton(), Qt::LeftButton);
        return m_wizard->currentId() != before;
    }

    void type(QWidget* widget, const QString& text)
    {
        widget->setFocus();
        QTest::keyClicks(widget, text);
    }

    bool fillProblem(const QString& description, const QString& primary, const QString& secondary = {})
    {
        auto* text = find<QPlainTextEdit>(QStringLiteral("description"));
        auto* primaryEdit = find<QLineEdit>(QStringLiteral("primaryId"));
        auto* secondaryEdit = find<QLineEdit>(QStringLiteral("secondaryId"));
        if (!text || !primaryEdit || !secondaryEdit)
            return false;
        type(text, description);
        type(primaryEdit, primary);
        if (!secondary.isEmpty())
            type(secondaryEdit, secondary);
        return true;
    }

    // Adds a person with one e-mail address on the Contacts page.
    ContactEditor* addPerson(const QString& first, const QString& last, const QString& email)
    {
        QTest::mouseClick(m_wizard->contactsPage()->addButton(), Qt::LeftButton);
        ContactEditor* editor = m_wizard->contactsPage()->editor(m_wizard->contactsPage()->count() - 1);
        const QString base = QStringLiteral("contacts[%1].").arg(editor->index());
        type(editor->findChild<QLineEdit*>(base + QStringLiteral("firstName")), first);
        type(editor->findChild<QLineEdit*>(base + QStringLiteral("lastName")), last);
        auto* kind = editor->findChild<QComboBox*>(base + QStringLiteral("details[0].type"));
        kind->setCurrentIndex(kind->findData(QStringLiteral("EMAIL")));
        type(editor->findChild<QLineEdit*>(base + QStringLiteral("details[0].value")), email);
        return editor;
    }

    // Fills the bundled details form (the same provisional shape for all 14 detail codes).
    bool fillDocuments(const QString& transactionId, int typeRow, int formatRow)
    {
        DetailsFormWidget* form = m_wizard->detailsPage()->formWidget();
        auto* add = form->findChild<QPushButton*>(QStringLiteral("details.documents.transactionIds#add"));
        if (!add)
            return false;
        QTest::keyClick(add, Qt::Key_Space);
        auto* id = form->findChild<QLineEdit*>(QStringLiteral("details.documents.transactionIds[0]"));
        if (!id)
            return false;
        type(id, transactionId);
        auto* kind = form->findChild<QComboBox*>(QStringLiteral("details.documents.type"));
        kind->setFocus();
        for (int i = 0; i <= typeRow; ++i)
            QTest::keyClick(kind, Qt::Key_Down);
        auto* formats = form->findChild<QListWidget*>(QStringLiteral("details.documents.formats"));
        formats->setFocus();
        formats->setCurrentRow(formatRow);
        QTest::keyClick(formats, Qt::Key_Space);
        return true;
    }

private:
    NewCaseWizard* m_wizard;
};

inline const QString kPlainCode = QStringLiteral("0002-0000");   // trouble ticket, Cage ID / Cabinet ID, no details
inline const QString kDetailsCode = QStringLiteral("0305-0301"); // a case with a details form

// Stands in for the API: records each create and answers as told, from the event loop (or when released).
struct FakeServer
{
    QList<CreateCaseRequest> received;
    std::function<ApiResult<CreateCaseResponse>(const CreateCaseRequest&)> answer = accept;
    bool hold = false;
    QList<std::function<void()>> held;

    static ApiResult<CreateCaseResponse> accept(const CreateCaseRequest&)
    {
        ApiResult<CreateCaseResponse> result;
        result.value = CreateCaseResponse{QStringLiteral("11150929"), QStringLiteral("CASE"), {}};
        return result;
    }
    static ApiResult<CreateCaseResponse> refuse(const QString& property, const QString& reason)
    {
        ApiResult<CreateCaseResponse> result;
        result.httpStatus = 400;
        result.error.kind = ApiError::Kind::Validation;
        result.error.httpStatus = 400;
        result.error.errorCode = QStringLiteral("EQ-2010010");
        result.error.fieldErrors = {FieldError{property, reason}};
        return result;
    }

    NewCaseWizard::SubmitFunction function()
    {
        return [this](const CreateCaseRequest& request, QObject* context, ApiCallback<CreateCaseResponse> callback) {
            received.append(request);
            auto deliver = [this, request, context = QPointer<QObject>(context), callback] {
                if (context)
                    callback(answer(request));
            };
            if (hold)
                held.append(deliver);
            else
                QTimer::singleShot(0, deliver);
        };
    }
    void release()
    {
        const auto pending = std::exchange(held, {});
        for (const auto& deliver : pending)
            deliver();
    }
};

/*
 * What the wizard's offscreen tests share: a private home, a fresh catalogue and settings per test, a
 * FakeServer, and a shown wizard with its driver. Test classes derive from it next to QObject.
 */
class WizardFixture
{
protected:
    bool setUpHome()
    {
        m_home = std::make_unique<TestHome>();
        return m_home->isValid();
    }

    bool setUpFixture()
    {
        QFile::remove(m_home->filePath(QStringLiteral("settings.ini")));
        m_settings =
            std::make_unique<QSettings>(m_home->filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        m_catalogue = std::make_unique<CodeCatalogue>(m_settings.get(), m_home->filePath(QStringLiteral("catalogue")));
        m_server = FakeServer();
        return m_catalogue->load() && openWizard();
    }

    void tearDownFixture()
    {
        m_drive.reset();
        m_wizard.reset();
        m_catalogue.reset();
        m_settings.reset();
    }

    // A new wizard over the same catalogue and server, shown on its first page.
    bool openWizard()
    {
        m_drive.reset();
        m_wizard = std::make_unique<NewCaseWizard>(
            NewCaseWizard::Services{m_catalogue.get(), m_server.function(), nullptr, QLocale::c()});
        m_drive = std::make_unique<WizardDriver>(m_wizard.get());
        m_wizard->show();
        return QTest::qWaitForWindowExposed(m_wizard.get()) && m_wizard->currentId() == NewCaseWizard::CodePageId;
    }

    // Fills every page validly up to `page` (the code decides whether Details is on the way).
    bool goTo(int page, const QString& code = kPlainCode)
    {
        auto at = [this](int id) {
            return m_wizard->currentId() == id;
        };
        if (!m_drive->chooseCode(code))
            return false;
        if (page == NewCaseWizard::CodePageId)
            return true;
        if (!m_drive->next()
            || !m_drive->fillProblem(QStringLiteral("Cabinet lost power on the B feed."),
                                     QStringLiteral("AM5:01:001234")))
            return false;
        if (page == NewCaseWizard::ProblemPageId)
            return true;
        if (!m_drive->next())
            return false;
        if (page == NewCaseWizard::ContactsPageId)
            return true;
        if (!m_drive->next())
            return false;
        if (at(NewCaseWizard::DetailsPageId)) {
            if (!m_drive->fillDocuments(QStringLiteral("1234567890"), 0, 1))
                return false;
            if (page == NewCaseWizard::DetailsPageId)
                return true;
            if (!m_drive->next())
                return false;
        }
        if (!at(NewCaseWizard::AttachmentsPageId))
            return false;
        if (page == NewCaseWizard::AttachmentsPageId)
            return true;
        return m_drive->next() && at(NewCaseWizard::ReviewPageId);
    }

    std::unique_ptr<TestHome> m_home;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<CodeCatalogue> m_catalogue;
    FakeServer m_server;
    std::unique_ptr<NewCaseWizard> m_wizard;
    std::unique_ptr<WizardDriver> m_drive;
};

} // namespace CaseDesk
