#include "app/AppController.h"
#include "app/EnvironmentController.h"
#include "models/environment/EnvironmentRegistry.h"
#include "models/offline/OutboxModel.h"
#include "tests/gui/HostileText.h"
#include "tests/gui/ShownTextAudit.h"
#include "tests/gui/tst_newcasewizard_driver.h"
#include "tests/support/HostileServer.h"
#include "tests/support/TestHome.h"
#include "ui/casedetail/CaseDetailView.h"
#include "ui/casedetail/NoteComposer.h"
#include "ui/caselist/CaseListView.h"
#include "ui/catalogue/CatalogueActions.h"
#include "ui/catalogue/CatalogueChangeDialog.h"
#include "ui/dialogs/GoToCaseDialog.h"
#include "ui/environment/SignInDialog.h"
#include "ui/mainwindow/CaseTabs.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/notifications/CaseNotifications.h"
#include "ui/notifications/TrayNotifier.h"
#include "ui/offline/DraftsView.h"
#include "ui/offline/OfflineWorkspace.h"
#include "ui/offline/OutboxView.h"

#include <QApplication>
#include <QJsonDocument>
#include <QMessageBox>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>

#include <sys/resource.h>

using namespace CaseDesk;

using namespace Qt::StringLiterals;

#if defined(__SANITIZE_ADDRESS__)
#define CASEDESK_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define CASEDESK_ASAN 1
#endif
#endif
#ifndef CASEDESK_ASAN
#define CASEDESK_ASAN 0
#endif

namespace
{
QByteArray json(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QString joined(const QStringList& lines)
{
    return lines.mid(0, 40).join(u'\n') + (lines.size() > 40 ? u"\n…"_s : QString());
}
} // namespace

// A server whose every answer carries markup (bold, an image of /dev/zero, a link, an ampersand) and a
// right-to-left override, and an imported API document and user input that do the same, taken through
// every screen of the whole app: each must show the text as sent, never as rich text, and load nothing.
class TestHostileText : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void signInShowsTheTokensUserNameLiterally();
    void theStatusBarShowsServerErrorsLiterally();
    void aCaseTabShowsEveryFieldOfTheAnswerLiterally();
    void aCaseNumberFromTheServerIsATabTitleLiterally();
    void goToCaseShowsTypedAndServerTextLiterally();
    void aTrayMessageCarriesNoServerText();
    void theWizardShowsAnImportedApiDocumentLiterally();
    void draftsAndTheOutboxShowStoredTextLiterally();

private:
    CaseDetailView* openCase(const QString& number);

    std::unique_ptr<TestHome> m_home;
    std::unique_ptr<HostileServer> m_server;
    std::unique_ptr<AppController> m_app;
    QString m_status = u"IN_PROGRESS"_s;
    QList<int> m_noteFailures;
};

// Every window of the app shows every hostile text literally, and `screen` shows it in at least
// `minimumPlaces` places (so the check cannot pass because the text never arrived).
#define VERIFY_SCREEN(screen, minimumPlaces)                                                                           \
    do {                                                                                                               \
        const ShownTextAudit all = ShownTextAudit::of(QApplication::topLevelWidgets());                                \
        QVERIFY2(all.problems.isEmpty(), qPrintable(joined(all.problems)));                                            \
        const ShownTextAudit here = ShownTextAudit::of({static_cast<QWidget*>(screen)});                               \
        QVERIFY2(                                                                                                      \
            here.hostilePlaces >= (minimumPlaces),                                                                     \
            qPrintable(                                                                                                \
                u"hostile text reached only %1 places: %2"_s.arg(here.hostilePlaces).arg(joined(here.hostileWhere)))); \
    } while (false)

void TestHostileText::initTestCase()
{
    m_home = std::make_unique<TestHome>();
    QVERIFY(m_home->isValid());
    // No session bus, so no desktop notification service: status changes go to the tray (checked below).
    qunsetenv("DBUS_SESSION_BUS_ADDRESS");
    QLocale::setDefault(QLocale::c());
    // Nothing may load: a label that takes the markup for rich text reads /dev/zero for its image until
    // memory runs out (Qt 6.4 asks a resource provider only after it has read the file). With the address
    // space capped, such a regression fails here within seconds, as bad_alloc, instead of taking the
    // machine's memory. (AddressSanitizer reserves terabytes up front: no cap under it.)
#if !CASEDESK_ASAN
    const rlimit cap{rlim_t(3) << 30, rlim_t(3) << 30};
    QVERIFY(setrlimit(RLIMIT_AS, &cap) == 0);
#endif

    m_server = std::make_unique<HostileServer>();
    using Method = QHttpServerRequest::Method;
    const QByteArray token = json({{u"access_token"_s, u"hostile-token"_s},
                                   {u"token_timeout"_s, u"3599"_s},
                                   {u"user_name"_s, HostileText::text()},
                                   {u"token_type"_s, u"Bearer"_s}});
    m_server->on(Method::Post, u"/oauth2/v1/token"_s, [token](const QHttpServerRequest&) {
        return HostileServer::Answer{200, token};
    });
    m_server->on(Method::Get, u"/support/v2/tickets/attachment/download/"_s, [](const QHttpServerRequest&) {
        return HostileServer::Answer{200, "plain bytes\n", "application/octet-stream"};
    });
    m_server->on(Method::Get, u"/support/v2/tickets/"_s, [this](const QHttpServerRequest& request) {
        const QString id = request.url().path().section(u'/', -1);
        if (id == u"11150929"_s)
            return HostileServer::Answer{200, json(HostileText::caseAnswer(id, m_status))};
        if (id == u"22220000"_s) // a case number that is itself hostile
            return HostileServer::Answer{200, json(HostileText::caseAnswer(HostileText::text(), u"SUBMITTED"_s))};
        return HostileServer::Answer{500, HostileText::caseApiError(u"EQ-2010101"_s)};
    });
    // Notes are refused (403) with markup in every field, after the failures queued in m_noteFailures.
    const auto refuse = [this](const QHttpServerRequest&) {
        if (!m_noteFailures.isEmpty())
            return HostileServer::Answer{m_noteFailures.takeFirst(), HostileText::caseApiError(u"EQ-2010101"_s)};
        return HostileServer::Answer{403, HostileText::caseApiError(u"EQ-2010007"_s)};
    };
    m_server->on(Method::Post, u"/support/v1/tickets/"_s, refuse);
    m_server->on(Method::Post, u"/support/v2/tickets/"_s, refuse);
    m_server->on(Method::Get, u"/v1/attachments/"_s, [](const QHttpServerRequest&) {
        return HostileServer::Answer{404, HostileText::caseApiError(u"EQ-2010004"_s)};
    });
    m_server->on(Method::Post, u"/v1/retrieve-orders"_s, [](const QHttpServerRequest&) {
        const QJsonObject error{{u"code"_s, u"EQX-OH-400"_s},
                                {u"message"_s, HostileText::text()},
                                {u"fields"_s, QJsonArray{HostileText::text()}}};
        return HostileServer::Answer{400,
                                     json({{u"errors"_s, QJsonArray{error}}, {u"ticketId"_s, HostileText::text()}})};
    });
    const QUrl base = m_server->start();
    QVERIFY(base.isValid());

    // A custom server the user named with markup too.
    AppOptions options;
    options.sandboxProgram = m_home->filePath(u"must-not-be-started"_s);
    m_app = std::make_unique<AppController>(options);
    const auto added = m_app->environments()->registry()->addCustom(HostileText::shortText(), base.toString());
    QVERIFY2(added.environment, qPrintable(added.error));
    m_app->environments()->registry()->setActive(added.environment->key);
    m_app->start();
}

void TestHostileText::cleanupTestCase()
{
    m_app.reset();
    m_server.reset();
}

CaseDetailView* TestHostileText::openCase(const QString& number)
{
    CaseDetailView* view = m_app->caseTabs()->openCase(number);
    if (!view || !QTest::qWaitFor([view] { return view->hasFacts(); }, 10000))
        return nullptr;
    return view;
}

void TestHostileText::signInShowsTheTokensUserNameLiterally()
{
    QTRY_VERIFY_WITH_TIMEOUT(m_app->environments()->signInDialog(), 10000);
    SignInDialog* dialog = m_app->environments()->signInDialog();
    QTRY_VERIFY(dialog->isVisible());
    VERIFY_SCREEN(dialog, 2);          // its title and introduction name the server
    VERIFY_SCREEN(m_app->window(), 2); // its title and status bar, the Environment menu

    dialog->findChild<QLineEdit*>(u"clientIdEdit"_s)->setText(u"client"_s);
    dialog->findChild<QLineEdit*>(u"clientSecretEdit"_s)->setText(u"secret"_s);
    dialog->findChild<QPushButton*>(u"signInButton"_s)->click();
    QTRY_VERIFY_WITH_TIMEOUT(dialog->message().startsWith(u"Signed in as"_s), 10000);
    QCOMPARE(dialog->message(), u"Signed in as %1."_s.arg(HostileText::shown()));
    auto* connection = m_app->window()->findChild<QLabel*>(u"connectionLabel"_s);
    QTRY_COMPARE(connection->text(), u"Connected as %1"_s.arg(HostileText::shown()));
    VERIFY_SCREEN(dialog, 3);
    VERIFY_SCREEN(m_app->window()->statusBar(), 2);
    dialog->findChild<QPushButton*>(u"closeButton"_s)->click();
    QTRY_VERIFY(!m_app->environments()->signInDialog());
}

void TestHostileText::theStatusBarShowsServerErrorsLiterally()
{
    // The first start reads the order history; this server refuses with markup in every field.
    QTRY_VERIFY_WITH_TIMEOUT(m_app->window()->statusBar()->currentMessage().contains(u"order history"_s), 10000);
    VERIFY_SCREEN(m_app->window()->statusBar(), 3);
}

void TestHostileText::aCaseTabShowsEveryFieldOfTheAnswerLiterally()
{
    CaseDetailView* view = openCase(u"11150929"_s);
    QVERIFY(view);
    // The header, every overview row, contacts, line items, history, both notes and the attachments.
    VERIFY_SCREEN(view, 35);
    VERIFY_SCREEN(m_app->listView(), 5); // the case in the list
    QTreeWidget* attachments = view->findChild<QTreeWidget*>(u"caseAttachmentsView"_s);
    QVERIFY(attachments);
    QStringList names;
    for (int i = 0; i < attachments->topLevelItemCount(); ++i)
        names << attachments->topLevelItem(i)->text(0);
    QVERIFY2(names.contains(u"invoicefdp.exe"_s), qPrintable(names.join(u", "_s))); // the override is gone
}

void TestHostileText::aCaseNumberFromTheServerIsATabTitleLiterally()
{
    CaseDetailView* view = openCase(u"22220000"_s);
    QVERIFY(view);
    QTabWidget* tabs = m_app->window()->tabs();
    QTRY_COMPARE(ShownTextAudit::withoutMnemonics(tabs->tabText(tabs->indexOf(view))), HostileText::shown());
    VERIFY_SCREEN(view, 40);
    VERIFY_SCREEN(tabs->tabBar(), 2); // its title and tooltip
}

void TestHostileText::goToCaseShowsTypedAndServerTextLiterally()
{
    m_app->window()->action(MainWindow::Action::GoToCase)->trigger();
    GoToCaseDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = m_app->window()->findChild<GoToCaseDialog*>()));
    auto* message = dialog->findChild<QLabel*>(u"goToMessageLabel"_s);
    auto* open = dialog->findChild<QPushButton*>(u"openCaseButton"_s);

    // What the user typed, refused.
    dialog->setNumber(HostileText::text());
    open->click();
    QVERIFY(message->text().contains(u"not a case or order number"_s));
    VERIFY_SCREEN(dialog, 1);

    // What the server said about a number it failed on.
    dialog->setNumber(u"33330000"_s);
    open->click();
    QTRY_VERIFY_WITH_TIMEOUT(message->text().contains(u"HTTP 500"_s), 10000);
    VERIFY_SCREEN(dialog, 1);
    dialog->reject();
}

void TestHostileText::aTrayMessageCarriesNoServerText()
{
    // Offscreen, without a session bus: the tray is where notifications go.
    TrayNotifier* notifier = m_app->environments()->notifier()->tray();
    QVERIFY(notifier && notifier->isEnabled());
    QSignalSpy notified(notifier, &TrayNotifier::notified);
    CaseDetailView* view = openCase(u"11150929"_s);
    QVERIFY(view);
    m_status = HostileText::text(); // the next answer moves the case to a "status" made of markup
    view->refreshAction()->trigger();
    QVERIFY(notified.wait(10000));
    const QString title = notified.last().at(0).toString();
    const QString message = notified.last().at(1).toString();
    // Desktop notification servers read markup in the body: none of the server's text goes there.
    for (const QString& text : {title, message}) {
        QVERIFY2(!text.contains(u'<') && !text.contains(u'&') && !HostileText::hasDisguise(text), qPrintable(text));
    }
    QVERIFY2(title.contains(u"11150929"_s), qPrintable(title));
    VERIFY_SCREEN(view, 40); // the status badge and history now show the hostile status too
}

void TestHostileText::theWizardShowsAnImportedApiDocumentLiterally()
{
    // A file named with markup and an override, holding a document whose every title, description and
    // enum value is hostile, with a hostile code.
    const QString path = m_home->filePath(u"<b>provider"_s + QChar(0x202E) + u"nosj.json"_s);
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(HostileText::apiDocument()).toJson());
    }
    m_app->catalogueActions()->setFilePicker(
        [path](QWidget*, std::function<void(const QString&)> done) { done(path); });
    m_app->catalogueActions()->loadAction()->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(m_app->catalogueActions()->dialog() && m_app->catalogueActions()->dialog()->isVisible(),
                             20000);
    QVERIFY2(!m_app->catalogueActions()->dialog()->isRefusal(),
             qPrintable(m_app->catalogueActions()->dialog()->headline()));
    VERIFY_SCREEN(m_app->catalogueActions()->dialog(), 1); // the added code
    m_app->catalogueActions()->dialog()->close();

    m_app->window()->action(MainWindow::Action::NewCase)->trigger();
    NewCaseWizard* wizard = nullptr;
    QTRY_VERIFY((wizard = m_app->window()->findChild<NewCaseWizard*>()) && wizard->isVisible());
    WizardDriver drive(wizard);
    wizard->codePage()->picker()->setCode(HostileText::code());
    QCOMPARE(wizard->codePage()->code(), HostileText::code());
    VERIFY_SCREEN(wizard->codePage(), 5); // the code in the picker, its tooltips and the facts beside it

    QVERIFY(drive.next());
    drive.find<QPlainTextEdit>(u"description"_s)->setPlainText(HostileText::text());
    QVERIFY(drive.next()); // contacts
    QVERIFY(drive.next()); // details, generated from the hostile schema
    QCOMPARE(wizard->currentId(), int(NewCaseWizard::DetailsPageId));
    // Titles, descriptions as hints and tooltips, enum values as choices; the subtitle names the code.
    VERIFY_SCREEN(wizard->detailsPage(), 60);
    VERIFY_SCREEN(wizard, 60);

    DetailsFormWidget* form = wizard->detailsPage()->formWidget();
    drive.type(form->findChild<QLineEdit*>(u"details.name"_s), u"ab"_s);
    auto* kind = form->findChild<QComboBox*>(u"details.kind"_s);
    kind->setFocus();
    QTest::keyClick(kind, Qt::Key_Down); // the first hostile choice
    drive.type(form->findChild<QLineEdit*>(u"details.site.cage"_s), u"c"_s);
    QVERIFY(drive.next()); // attachments
    QVERIFY(drive.next()); // review
    QCOMPARE(wizard->currentId(), int(NewCaseWizard::ReviewPageId));
    VERIFY_SCREEN(wizard->currentPage(), 2); // the summary and the request
    wizard->reject();                        // kept as a draft
}

void TestHostileText::draftsAndTheOutboxShowStoredTextLiterally()
{
    CaseDetailView* view = openCase(u"11150929"_s);
    QVERIFY(view);
    view->writeNoteAction()->trigger();
    view->composer()->setText(HostileText::text());
    QTRY_VERIFY(view->composer()->isSendable());
    auto* send = view->composer()->findChild<QPushButton*>(u"sendNoteButton"_s);
    auto* noteMessage = view->composer()->findChild<QLabel*>(u"noteMessageLabel"_s);
    // The server refuses it (403) with markup in every field: the note comes back to its author, who watches.
    send->click();
    QTRY_VERIFY_WITH_TIMEOUT(!noteMessage->text().isEmpty(), 10000);
    VERIFY_SCREEN(view->composer(), 1);

    // Another note is turned away as too many requests first (429: a refusal, so it is sent again without an
    // arrival check): it waits in the outbox, unwatched, is sent again and refused (403), and stays there,
    // failed, with the server's reason.
    m_noteFailures = {429};
    view->composer()->setText(u"Second note: "_s + HostileText::text());
    QTRY_VERIFY(view->composer()->isSendable());
    send->click();

    OfflineWorkspace* workspace = m_app->session()->offlineWorkspace();
    workspace->showOutbox();
    OutboxView* outbox = workspace->outboxView();
    auto* outboxTable = outbox->findChild<QTableView*>(u"outboxTable"_s);
    const auto rows = [outboxTable] {
        QStringList states;
        for (int row = 0; row < outboxTable->model()->rowCount(); ++row)
            states << outboxTable->model()->index(row, OutboxModel::StateColumn).data().toString();
        return states;
    };
    QTRY_VERIFY2_WITH_TIMEOUT(rows().contains(u"Failed"_s), qPrintable(rows().join(u", "_s)), 10000);
    VERIFY_SCREEN(outbox, 2); // what the item is, and the server's reason
    outbox->findChild<QPushButton*>(u"discardItemButton"_s)->click();
    QMessageBox* question = nullptr;
    QTRY_VERIFY((question = outbox->findChild<QMessageBox*>(u"discardItemQuestion"_s)) && question->isVisible());
    VERIFY_SCREEN(question, 0); // it names the case, not the note
    question->reject();

    workspace->showDrafts();
    DraftsView* drafts = workspace->draftsView();
    auto* draftsTable = drafts->findChild<QTableView*>(u"draftsTable"_s);
    QTRY_VERIFY(draftsTable->model()->rowCount() >= 1); // the wizard's case, kept as a draft
    VERIFY_SCREEN(drafts, 2);
    draftsTable->setCurrentIndex(draftsTable->model()->index(0, 0));
    drafts->findChild<QPushButton*>(u"discardDraftButton"_s)->click();
    QTRY_VERIFY((question = drafts->findChild<QMessageBox*>(u"discardDraftQuestion"_s)) && question->isVisible());
    VERIFY_SCREEN(question, 1);
    question->reject();
}

QTEST_MAIN(TestHostileText)
#include "tst_hostiletext.moc"
