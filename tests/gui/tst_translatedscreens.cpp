#include "app/AppController.h"
#include "models/items/CaseListModel.h"
#include "models/items/CaseSortFilterModel.h"
#include "models/settings/Translations.h"
#include "tests/gui/KeyboardAudit.h"
#include "tests/gui/VisibleText.h"
#include "tests/gui/tst_newcasewizard_driver.h"
#include "tests/support/SandboxProcess.h"
#include "tests/support/TestHome.h"
#include "tests/support/TsCatalogue.h"
#include "ui/casedetail/CaseDetailView.h"
#include "ui/caselist/CaseListView.h"
#include "ui/mainwindow/CaseTabs.h"
#include "ui/mainwindow/MainWindow.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QMenu>
#include <QMenuBar>
#include <QSet>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace CaseDesk;

using namespace Qt::StringLiterals;

namespace
{
// What the language must show where English would: set per executable by SCREEN_LANGUAGE.
struct ScreenLanguage
{
    QString code;
    QLocale::Language language;
    QString longDate; // 28 November 2026
    QString fileMenu;
    QString cancelButton; // Qt's own catalogue
    QSet<QString> sharedWords;
};

const ScreenLanguage kLanguage =
    QStringLiteral(SCREEN_LANGUAGE) == u"fr"_s
        ? ScreenLanguage{u"fr"_s,
                         QLocale::French,
                         u"samedi 28 novembre 2026"_s,
                         u"&Fichier"_s,
                         u"Annuler"_s,
                         // French words that English also uses
                         {u"note"_s, u"notes"_s, u"description"_s, u"contact"_s, u"contacts"_s, u"type"_s, u"date"_s,
                          u"page"_s, u"action"_s, u"notification"_s, u"on"_s, u"or"_s, u"case"_s, u"cases"_s,
                          u"production"_s, u"minutes"_s, u"local"_s, u"client"_s, u"mobile"_s}}
        : ScreenLanguage{u"de"_s, QLocale::German, u"Samstag, 28. November 2026"_s, u"&Datei"_s, u"Abbrechen"_s, {}};
} // namespace

/*
 * CaseDesk started the way a German- or French-speaking user starts it (LANGUAGE=de or fr, no locale set
 * otherwise; the language is SCREEN_LANGUAGE, one executable per language): the main window with its menus,
 * every page of the new-case wizard and an open case with its note composer show no English left: no
 * common English word (bar those the language shares, such as French "note" or "date") and no source text
 * the catalogue translates. User data is skipped: case descriptions, the provider's code and family labels,
 * and the generated details form (its titles come from the provider's schema).
 */
class TestTranslatedScreens : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void languageFollowsTheSystem();
    void mainWindowSpeaksTheLanguage();
    void menusKeepDistinctMnemonics();
    void caseListMenuSpeaksTheLanguage();
    void wizardSpeaksTheLanguage();
    void openCaseSpeaksTheLanguage();

private:
    QStringList englishOn(QWidget* root, const QStringList& skipped = {});

    std::unique_ptr<TestHome> m_home;
    std::unique_ptr<AppController> m_app;
    QSet<QString> m_translatedSources;
};

void TestTranslatedScreens::initTestCase()
{
    m_home = std::make_unique<TestHome>();
    QVERIFY(m_home->isValid());
    const TsCatalogue catalogue =
        TsCatalogue::read(QStringLiteral(CASEDESK_SOURCE_DIR) + u"/translations/casedesk_%1.ts"_s.arg(kLanguage.code));
    QVERIFY2(catalogue.error.isEmpty(), qPrintable(catalogue.error));
    for (const TsCatalogue::Message& message : catalogue.messages) {
        const QString source = VisibleText::plain(message.source);
        if (!message.translations.isEmpty() && VisibleText::plain(message.translations.first()) != source)
            m_translatedSources.insert(source);
    }
    QVERIFY(m_translatedSources.size() > 500);

    AppOptions options;
    options.sandboxProgram = SandboxProcess::sandboxBinary();
    m_app = std::make_unique<AppController>(options);
    m_app->window()->resize(1300, 850);
    m_app->start();
    // The first start imports the demo cases from the order history and fetches them.
    QTRY_VERIFY_WITH_TIMEOUT(m_app->listView() && m_app->listView()->proxy()->rowCount() > 20, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(!m_app->listView()->proxy()->index(0, 0).data(CaseListModel::PartialRole).toBool(), 20000);
}

void TestTranslatedScreens::cleanupTestCase()
{
    m_app.reset();
}

QStringList TestTranslatedScreens::englishOn(QWidget* root, const QStringList& skipped)
{
    VisibleText seen;
    seen.skipObjectsNamed(skipped);
    seen.collect(root);
    if (auto* window = qobject_cast<QMainWindow*>(root)) {
        for (QAction* action : window->menuBar()->actions()) {
            if (action->menu())
                seen.collectMenu(action->menu());
        }
    }
    if (seen.texts().size() < 5)
        return {u"only %1 texts found: the screen is not what the test thinks"_s.arg(seen.texts().size())};
    return seen.english(m_translatedSources, kLanguage.sharedWords);
}

void TestTranslatedScreens::languageFollowsTheSystem()
{
    QCOMPARE(Translations::availableLanguages(), (QStringList{u"de"_s, u"en"_s, u"fr"_s}));
    // Dates and numbers too, though LC_ALL=C: the language's way, not the C way ("Saturday, 28 November 2026").
    QCOMPARE(QLocale().language(), kLanguage.language);
    QCOMPARE(QLocale().toString(QDate(2026, 11, 28), QLocale::LongFormat), kLanguage.longDate);
    QCOMPARE(MainWindow::tr("&File"), kLanguage.fileMenu);
    // Qt's own catalogue: the standard buttons.
    QDialogButtonBox box(QDialogButtonBox::Cancel);
    QCOMPARE(VisibleText::plain(box.button(QDialogButtonBox::Cancel)->text()), kLanguage.cancelButton);
}

void TestTranslatedScreens::mainWindowSpeaksTheLanguage()
{
    const QStringList english = englishOn(m_app->window(), {u"caseTable"_s, u"familyFilterCombo"_s});
    QVERIFY2(english.isEmpty(), qPrintable(english.join(u'\n')));
}

void TestTranslatedScreens::menusKeepDistinctMnemonics()
{
    // Translated menu texts choose their own letters; two alike and Alt+letter reaches only the first.
    const QStringList clashes = KeyboardAudit::mnemonicClashes(m_app->window()->menuBar());
    QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(u'\n')));
}

void TestTranslatedScreens::caseListMenuSpeaksTheLanguage()
{
    m_app->window()->tabs()->setCurrentIndex(0);
    QTableView* table = m_app->listView()->table();
    table->setFocus();
    QTRY_VERIFY(table->hasFocus());
    table->selectionModel()->select(m_app->listView()->proxy()->index(0, 0),
                                    QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QTest::keyClick(table, Qt::Key_Menu);
    QMenu* menu = nullptr;
    QTRY_VERIFY((menu = qobject_cast<QMenu*>(QApplication::activePopupWidget())) && menu->isVisible());
    VisibleText seen;
    seen.collectMenu(menu);
    QStringList english = seen.english(m_translatedSources, kLanguage.sharedWords);
    english += KeyboardAudit::mnemonicClashes(menu);
    menu->close();
    QVERIFY2(english.isEmpty(), qPrintable(english.join(u'\n')));
}

void TestTranslatedScreens::wizardSpeaksTheLanguage()
{
    m_app->window()->action(MainWindow::Action::NewCase)->trigger();
    NewCaseWizard* wizard = nullptr;
    QTRY_VERIFY((wizard = m_app->window()->findChild<NewCaseWizard*>()) && wizard->isVisible());
    WizardDriver drive(wizard);
    QStringList english;
    auto look = [&](const QString& page, const QStringList& data = {}) {
        for (const QString& left : englishOn(wizard, QStringList{u"codeList"_s, u"requestPreview"_s} + data))
            english.append(page + u": "_s + left);
        // Translated labels and buttons choose their own Alt+letters: two alike reach only the first.
        for (const QString& clash : KeyboardAudit(wizard).mnemonicClashes())
            english.append(page + u": "_s + clash);
    };
    look(u"code"_s);
    QVERIFY(drive.chooseCode(kDetailsCode));
    look(u"code chosen"_s);
    QVERIFY(drive.next());
    look(u"problem"_s);
    QVERIFY(drive.fillProblem(u"Strom im Kaefig ausgefallen"_s, u"AM1:01:000111"_s));
    QVERIFY(drive.next());
    drive.addPerson(u"Jana"_s, u"Schmidt"_s, u"jana.schmidt@example.com"_s);
    look(u"contacts"_s, {u"contacts[0].timezone"_s}); // IANA names: America/New_York
    QVERIFY(drive.next());
    // The form and the fields it names ("To go on, fill in: Type") are the provider's schema.
    look(u"details"_s, {u"detailsForm"_s, u"pageStatus"_s});
    QVERIFY(drive.fillDocuments(u"T-100"_s, 0, 0));
    QVERIFY(drive.next());
    look(u"attachments"_s);
    QVERIFY(drive.next());
    look(u"review"_s);
    QVERIFY2(english.isEmpty(), qPrintable(english.join(u'\n')));
    wizard->close();
}

void TestTranslatedScreens::openCaseSpeaksTheLanguage()
{
    QTableView* table = m_app->listView()->table();
    table->setFocus();
    table->setCurrentIndex(m_app->listView()->proxy()->index(0, 0));
    QTest::keyClick(table, Qt::Key_Return);
    auto* view = qobject_cast<CaseDetailView*>(m_app->window()->tabs()->currentWidget());
    QVERIFY(view);
    QTRY_VERIFY_WITH_TIMEOUT(view->hasFacts(), 10000);
    view->writeNoteAction()->trigger();
    QStringList english = englishOn(view, {u"caseDescription"_s, u"factValue"_s, u"noteCard"_s, u"rawResponse"_s});
    english += KeyboardAudit(m_app->window()).mnemonicClashes();
    // The Case menu now holds the open case's commands (refresh, note, export, print, cancel).
    VisibleText caseMenu;
    caseMenu.collectMenu(m_app->window()->caseMenu());
    english += caseMenu.english(m_translatedSources, kLanguage.sharedWords);
    english += KeyboardAudit::mnemonicClashes(m_app->window()->menuBar());
    QVERIFY2(english.isEmpty(), qPrintable(english.join(u'\n')));
}

int main(int argc, char* argv[])
{
    // As a user who starts CaseDesk with LANGUAGE=de (or fr): before the application reads the system locale.
    qputenv("LANGUAGE", SCREEN_LANGUAGE);
    QApplication app(argc, argv);
    QApplication::setAttribute(Qt::AA_Use96Dpi, true);
    TestTranslatedScreens test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_translatedscreens.moc"
