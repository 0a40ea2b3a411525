#include "app/AppController.h"
#include "models/items/CaseListModel.h"
#include "models/items/CaseSortFilterModel.h"
#include "tests/gui/KeyboardAudit.h"
#include "tests/gui/tst_newcasewizard_driver.h"
#include "tests/support/SandboxProcess.h"
#include "tests/support/TestHome.h"
#include "ui/casedetail/CancelCaseDialog.h"
#include "ui/casedetail/CaseDetailView.h"
#include "ui/caselist/CaseListView.h"
#include "ui/dialogs/FindOnServerDialog.h"
#include "ui/dialogs/GoToCaseDialog.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/preferences/PreferencesDialog.h"

#include <QApplication>
#include <QMenu>
#include <QMenuBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace CaseDesk;

using namespace Qt::StringLiterals;

/*
 * CaseDesk by keyboard and screen reader, offscreen against the local sandbox: on the main window, every
 * page of the wizard, an open case with its note composer, and the dialogs (preferences, go to case, find
 * on server, cancel), every control has an accessible name and Tab reaches it (and leaves it: no control
 * swallows Tab). Every menu command has a mnemonic, and no two actions share a shortcut.
 */
class TestKeyboardAccess : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void mnemonicClashesAreFound();
    void menusHaveMnemonicsAndShortcutsAreUnique();
    void mainWindowIsReachableAndNamed();
    void caseListMenuOpensByKeyboardWithDistinctMnemonics();
    void wizardPagesAreReachableAndNamed();
    void openCaseIsReachableAndNamed();
    void dialogsAreReachableAndNamed_data();
    void dialogsAreReachableAndNamed();

private:
    static QString audited(QWidget* window, const QString& screen);

    std::unique_ptr<TestHome> m_home;
    std::unique_ptr<AppController> m_app;
};

void TestKeyboardAccess::initTestCase()
{
    m_home = std::make_unique<TestHome>();
    QVERIFY(m_home->isValid());
    AppOptions options;
    options.sandboxProgram = SandboxProcess::sandboxBinary();
    m_app = std::make_unique<AppController>(options);
    m_app->window()->resize(1300, 850);
    m_app->start();
    QVERIFY(QTest::qWaitForWindowActive(m_app->window()));
    QTRY_VERIFY_WITH_TIMEOUT(m_app->listView() && m_app->listView()->proxy()->rowCount() > 20, 20000);
}

void TestKeyboardAccess::cleanupTestCase()
{
    m_app.reset();
}

QString TestKeyboardAccess::audited(QWidget* window, const QString& screen)
{
    const KeyboardAudit audit(window);
    QStringList problems;
    for (const QString& widget : audit.unnamed())
        problems.append(u"%1: no accessible name: %2"_s.arg(screen, widget));
    for (const QString& widget : audit.unreachable())
        problems.append(u"%1: not reached by Tab: %2"_s.arg(screen, widget));
    for (const QString& clash : audit.mnemonicClashes())
        problems.append(u"%1: %2"_s.arg(screen, clash));
    return problems.join(u'\n');
}

void TestKeyboardAccess::mnemonicClashesAreFound()
{
    QMenuBar bar;
    QMenu* file = bar.addMenu(u"&File"_s);
    bar.addMenu(u"&Find"_s); // clashes with File
    bar.addMenu(u"&View"_s);
    file->addAction(u"&Open"_s);
    file->addAction(u"Save &&&Open"_s); // "&&" is a literal ampersand: this one's letter is O too
    file->addAction(u"&Quit"_s);
    QAction* off = file->addAction(u"&Quiet line"_s);
    off->setEnabled(false); // disabled lines do not count
    const QStringList clashes = KeyboardAudit::mnemonicClashes(&bar);
    QCOMPARE(clashes.size(), 2);
    QCOMPARE(clashes.filter(u"“&File” and “&Find”"_s).size(), 1);
    QCOMPARE(clashes.filter(u"“&Open” and “Save &&&Open”"_s).size(), 1);
}

void TestKeyboardAccess::menusHaveMnemonicsAndShortcutsAreUnique()
{
    QStringList problems;
    QHash<QKeySequence, QString> owners;
    std::function<void(QMenu*)> walk = [&](QMenu* menu) {
        for (QAction* action : menu->actions()) {
            // Disabled lines only inform; a group of choices (the environments) is walked with the arrows.
            if (action->isSeparator() || !action->isEnabled() || action->actionGroup())
                continue;
            if (!action->text().contains(u'&'))
                problems.append(u"no mnemonic: %1 › %2"_s.arg(menu->title(), action->text()));
            if (action->menu())
                walk(action->menu());
        }
    };
    for (QAction* top : m_app->window()->menuBar()->actions()) {
        if (!top->text().contains(u'&'))
            problems.append(u"no mnemonic: %1"_s.arg(top->text()));
        if (top->menu())
            walk(top->menu());
    }
    for (QAction* action : m_app->window()->findChildren<QAction*>()) {
        if (action->shortcut().isEmpty() || action->shortcutContext() != Qt::WindowShortcut)
            continue;
        const QString previous = owners.value(action->shortcut());
        if (!previous.isEmpty() && previous != action->objectName())
            problems.append(
                u"%1 is both %2 and %3"_s.arg(action->shortcut().toString(), previous, action->objectName()));
        owners.insert(action->shortcut(), action->objectName());
    }
    problems += KeyboardAudit::mnemonicClashes(m_app->window()->menuBar());
    QVERIFY(owners.size() >= 8);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TestKeyboardAccess::caseListMenuOpensByKeyboardWithDistinctMnemonics()
{
    m_app->window()->tabs()->setCurrentIndex(0);
    QTableView* table = m_app->listView()->table();
    table->setFocus();
    QTRY_VERIFY(table->hasFocus());
    table->setCurrentIndex(m_app->listView()->proxy()->index(0, 0));
    table->selectionModel()->select(m_app->listView()->proxy()->index(0, 0),
                                    QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    for (const QKeySequence& keys : {QKeySequence(Qt::Key_Menu), QKeySequence(Qt::SHIFT | Qt::Key_F10)}) {
        QTest::keySequence(table, keys);
        QMenu* menu = nullptr;
        QTRY_VERIFY((menu = qobject_cast<QMenu*>(QApplication::activePopupWidget())) && menu->isVisible());
        QCOMPARE(menu->objectName(), u"caseSelectionMenu"_s);
        QStringList problems = KeyboardAudit::mnemonicClashes(menu);
        int entries = 0;
        for (QAction* action : menu->actions()) {
            if (action->isSeparator())
                continue;
            ++entries;
            if (!action->text().contains(u'&'))
                problems.append(u"no mnemonic: "_s + action->text());
        }
        QVERIFY(entries >= 8);
        menu->close();
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }
}

void TestKeyboardAccess::mainWindowIsReachableAndNamed()
{
    m_app->window()->tabs()->setCurrentIndex(0);
    const QString problems = audited(m_app->window(), u"main window"_s);
    QVERIFY2(problems.isEmpty(), qPrintable(problems));
}

void TestKeyboardAccess::wizardPagesAreReachableAndNamed()
{
    m_app->window()->action(MainWindow::Action::NewCase)->trigger();
    NewCaseWizard* wizard = nullptr;
    QTRY_VERIFY((wizard = m_app->window()->findChild<NewCaseWizard*>()) && wizard->isVisible());
    QVERIFY(QTest::qWaitForWindowExposed(wizard));
    WizardDriver drive(wizard);
    QStringList problems;
    auto audit = [&](const QString& page) {
        const QString found = audited(wizard, page);
        if (!found.isEmpty())
            problems.append(found);
    };
    QVERIFY(drive.chooseCode(kDetailsCode));
    audit(u"code page"_s);
    QVERIFY(drive.next());
    audit(u"problem page"_s);
    QVERIFY(drive.fillProblem(u"Power lost in cage"_s, u"AM1:01:000111"_s));
    QVERIFY(drive.next());
    drive.addPerson(u"Jana"_s, u"Schmidt"_s, u"jana.schmidt@example.com"_s);
    audit(u"contacts page"_s);
    QVERIFY(drive.next());
    audit(u"details page"_s);
    QVERIFY(drive.fillDocuments(u"T-100"_s, 0, 0));
    QVERIFY(drive.next());
    audit(u"attachments page"_s);
    QVERIFY(drive.next());
    audit(u"review page"_s);
    wizard->close();
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TestKeyboardAccess::openCaseIsReachableAndNamed()
{
    CaseSortFilterModel* proxy = m_app->listView()->proxy();
    proxy->setStatusFilter({u"IN_PROGRESS"_s});
    QTRY_VERIFY(proxy->rowCount() > 0);
    QTableView* table = m_app->listView()->table();
    table->setFocus();
    table->setCurrentIndex(proxy->index(0, 0));
    QTest::keyClick(table, Qt::Key_Return);
    auto* view = qobject_cast<CaseDetailView*>(m_app->window()->tabs()->currentWidget());
    QVERIFY(view);
    QTRY_VERIFY_WITH_TIMEOUT(view->hasFacts(), 10000);
    view->writeNoteAction()->trigger();
    QString problems = audited(m_app->window(), u"case with note composer"_s);
    // The Case menu now holds the open case's commands: each needs its own Alt+letter.
    for (QAction* action : m_app->window()->caseMenu()->actions()) {
        if (!action->isSeparator() && action->isEnabled() && !action->text().contains(u'&'))
            problems += u"\nno mnemonic: Case › %1"_s.arg(action->text());
    }
    for (const QString& clash : KeyboardAudit::mnemonicClashes(m_app->window()->menuBar()))
        problems += u"\n"_s + clash;
    QVERIFY2(problems.isEmpty(), qPrintable(problems));
}

void TestKeyboardAccess::dialogsAreReachableAndNamed_data()
{
    QTest::addColumn<QString>("dialog");
    QTest::newRow("preferences") << u"preferences"_s;
    QTest::newRow("go to case") << u"goto"_s;
    QTest::newRow("find on server") << u"find"_s;
    QTest::newRow("cancel a case") << u"cancel"_s;
}

void TestKeyboardAccess::dialogsAreReachableAndNamed()
{
    QFETCH(QString, dialog);
    QDialog* shown = nullptr;
    MainWindow* window = m_app->window();
    if (dialog == u"preferences"_s) {
        window->action(MainWindow::Action::Preferences)->trigger();
        QTRY_VERIFY((shown = window->findChild<PreferencesDialog*>()) && shown->isVisible());
    } else if (dialog == u"goto"_s) {
        window->action(MainWindow::Action::GoToCase)->trigger();
        QTRY_VERIFY((shown = window->findChild<GoToCaseDialog*>()) && shown->isVisible());
    } else if (dialog == u"find"_s) {
        window->action(MainWindow::Action::FindOnServer)->trigger();
        QTRY_VERIFY((shown = window->findChild<FindOnServerDialog*>()) && shown->isVisible());
    } else {
        auto* view = qobject_cast<CaseDetailView*>(window->tabs()->currentWidget());
        QVERIFY2(view, "the case opened by openCaseIsReachableAndNamed");
        auto* cancel = view->findChild<QAction*>(u"cancelCaseAction"_s);
        QVERIFY(cancel && cancel->isEnabled());
        cancel->trigger();
        QTRY_VERIFY((shown = view->findChild<CancelCaseDialog*>()) && shown->isVisible());
    }
    QVERIFY(QTest::qWaitForWindowExposed(shown));
    const QString problems = audited(shown, dialog);
    shown->reject();
    QVERIFY2(problems.isEmpty(), qPrintable(problems));
}

QTEST_MAIN(TestKeyboardAccess)
#include "tst_keyboardaccess.moc"
