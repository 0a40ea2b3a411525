#include "app/AppController.h"
#include "models/items/CaseListModel.h"
#include "models/items/CaseSortFilterModel.h"
#include "models/items/SavedViewModel.h"
#include "models/store/CaseRepository.h"
#include "tests/support/SandboxProcess.h"
#include "tests/support/TestHome.h"
#include "ui/casedetail/CancelCaseDialog.h"
#include "ui/casedetail/CaseDetailView.h"
#include "ui/casedetail/NoteComposer.h"
#include "ui/caselist/CaseListView.h"
#include "ui/dialogs/GoToCaseDialog.h"
#include "ui/mainwindow/CaseTabs.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/wizard/CodePage.h"
#include "ui/wizard/NewCaseWizard.h"

#include <QAction>
#include <QDir>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTreeWidget>

using namespace CaseDesk;

using namespace Qt::StringLiterals;

/*
 * The main window as a user meets it, offscreen, against the local sandbox the app starts itself: open a case
 * and see its history and notes, add a note (pending, then returned), cancel and a second cancel's 409, the
 * list's filter, sort, saved view and column layout surviving a restart, and going to an unknown number.
 * With CASEDESK_TEST_SHOTS set to a folder, each test leaves a screenshot there.
 */
class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void openingACaseShowsItsHistoryAndNotes();
    void noteIsPendingThenReturnedByTheServer();
    void cancelThenSecondCancelIsExplained();
    void listLayoutAndViewSurviveARestart();
    void goingToAnUnknownNumberSaysSo();
    void newCaseLikeThisStartsFromTheCasesCode();
    void shortcutListNamesEachShortcutOnceWithWhereItWorks();

private:
    std::unique_ptr<AppController> startApp(const QStringList& sandboxArguments = {});
    void shoot(AppController& app, const QString& name);
    void openFirstCase(AppController& app, const QString& status, CaseDetailView** view);
    std::unique_ptr<TestHome> m_home;
};

void TestMainWindow::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
}

void TestMainWindow::init()
{
    // Every test starts as a new user: no store, no settings.
    m_home = std::make_unique<TestHome>();
    QVERIFY(m_home->isValid());
}

std::unique_ptr<AppController> TestMainWindow::startApp(const QStringList& sandboxArguments)
{
    AppOptions options;
    options.sandboxProgram = SandboxProcess::sandboxBinary();
    options.sandboxArguments = sandboxArguments;
    auto app = std::make_unique<AppController>(options);
    app->window()->resize(1300, 850);
    app->start();
    return app;
}

void TestMainWindow::shoot(AppController& app, const QString& name)
{
    const QString folder = qEnvironmentVariable("CASEDESK_TEST_SHOTS");
    if (!folder.isEmpty())
        app.window()->grab().save(QDir(folder).filePath(name + u".png"_s));
}

void TestMainWindow::openFirstCase(AppController& app, const QString& status, CaseDetailView** opened)
{
    QTableView* table = app.listView()->table();
    CaseSortFilterModel* proxy = app.listView()->proxy();
    // The first start imports the demo cases from the order history and fetches them.
    QTRY_VERIFY_WITH_TIMEOUT(proxy->rowCount() > 20, 20000);
    if (!status.isEmpty())
        proxy->setStatusFilter({status});
    QTRY_VERIFY(proxy->rowCount() > 0);
    QTRY_VERIFY_WITH_TIMEOUT(!proxy->index(0, 0).data(CaseListModel::PartialRole).toBool(), 20000);
    table->setFocus();
    table->setCurrentIndex(proxy->index(0, 0));
    QTest::keyClick(table, Qt::Key_Return);
    *opened = qobject_cast<CaseDetailView*>(app.window()->tabs()->currentWidget());
}

void TestMainWindow::openingACaseShowsItsHistoryAndNotes()
{
    auto app = startApp();
    CaseDetailView* view = nullptr;
    openFirstCase(*app, u"RESOLVED"_s, &view);
    QVERIFY(view);
    QTRY_VERIFY_WITH_TIMEOUT(view->hasFacts(), 10000);
    auto* timeline = view->findChild<QTreeWidget*>(u"statusTimeline"_s);
    QTRY_VERIFY(timeline->topLevelItemCount() >= 3); // submitted, in progress, resolved
    QVERIFY(timeline->topLevelItem(timeline->topLevelItemCount() - 1)->text(0).contains(u"Resolved"));
    QTRY_VERIFY(!view->findChildren<QFrame*>(u"noteCard"_s).isEmpty()); // a resolution note at least
    QCOMPARE(app->window()->tabs()->count(), 2);
    QCOMPARE(app->window()->tabs()->tabText(1), view->caseNumber());
    shoot(*app, u"case-detail"_s);

    // Opening it again switches to the same tab.
    app->window()->tabs()->setCurrentIndex(0);
    app->caseTabs()->openCase(view->caseNumber());
    QCOMPARE(app->window()->tabs()->count(), 2);
    QCOMPARE(app->window()->tabs()->currentWidget(), view);
}

void TestMainWindow::noteIsPendingThenReturnedByTheServer()
{
    auto app = startApp({u"--note-delay"_s, u"2"_s});
    CaseDetailView* view = nullptr;
    openFirstCase(*app, u"IN_PROGRESS"_s, &view);
    QVERIFY(view);
    QTRY_VERIFY_WITH_TIMEOUT(view->hasFacts(), 10000);
    const int before = int(view->findChildren<QFrame*>(u"noteCard"_s).size());
    view->writeNoteAction()->trigger();
    auto* edit = view->findChild<QPlainTextEdit*>(u"noteTextEdit"_s);
    QTest::keyClicks(edit, u"Engineer on site at 14:00, please escort."_s);
    QTest::keyClick(edit, Qt::Key_Return, Qt::ControlModifier);

    auto pendingCards = [view] {
        int count = 0;
        for (QFrame* card : view->findChildren<QFrame*>(u"noteCard"_s))
            count += card->property("pending").toBool() ? 1 : 0;
        return count;
    };
    QTRY_COMPARE(pendingCards(), 1);
    shoot(*app, u"note-pending"_s);
    QTRY_VERIFY(edit->toPlainText().isEmpty()); // accepted by the server
    // The sandbox shows the note in GET only after --note-delay; the next fetch returns it.
    QTRY_VERIFY_WITH_TIMEOUT((view->refreshAction()->trigger(), pendingCards() == 0), 15000);
    QCOMPARE(int(view->findChildren<QFrame*>(u"noteCard"_s).size()), before + 1);
}

void TestMainWindow::cancelThenSecondCancelIsExplained()
{
    auto app = startApp();
    CaseDetailView* view = nullptr;
    openFirstCase(*app, u"SUBMITTED"_s, &view);
    QVERIFY(view);
    QTRY_VERIFY_WITH_TIMEOUT(view->hasFacts() && view->cancelAction()->isEnabled(), 10000);
    view->cancelAction()->trigger();
    QTRY_VERIFY(view->cancelDialog());
    QTest::keyClicks(view->cancelDialog()->findChild<QPlainTextEdit*>(u"cancelReasonEdit"_s), u"Opened twice."_s);
    QTest::mouseClick(view->cancelDialog()->findChild<QPushButton*>(u"confirmCancelButton"_s), Qt::LeftButton);
    auto* badge = view->findChild<QLabel*>(u"statusBadge"_s);
    QTRY_COMPARE_WITH_TIMEOUT(badge->text(), u"Cancelled"_s, 10000);
    QTRY_VERIFY(!view->cancelAction()->isEnabled());
    QVERIFY(view->cancelAction()->toolTip().contains(u"cancelled"));

    // A second cancel from a stale view (say, a second window) gets the server's 409, explained.
    emit view->cancelConfirmed(u"Again."_s);
    QTRY_VERIFY(view->message().contains(u"cannot be cancelled any more"));
    shoot(*app, u"cancel-conflict"_s);
}

void TestMainWindow::listLayoutAndViewSurviveARestart()
{
    QString savedId;
    {
        auto app = startApp();
        CaseListView* list = app->listView();
        QTRY_VERIFY_WITH_TIMEOUT(list->proxy()->rowCount() > 20, 20000);
        QHeaderView* header = list->table()->horizontalHeader();
        header->setSectionHidden(CaseListModel::IbxColumn, true);
        header->moveSection(header->visualIndex(CaseListModel::StatusColumn), 0);
        list->table()->sortByColumn(CaseListModel::CaseNumberColumn, Qt::AscendingOrder);
        auto* quick = list->findChild<QLineEdit*>(u"quickFilterEdit"_s);
        QTest::keyClicks(quick, u"1-2049760707"_s);
        QTRY_VERIFY(list->proxy()->rowCount() > 0);
        const int shown = list->proxy()->rowCount();
        QVERIFY(shown < list->proxy()->caseModel()->rowCount());
        shoot(*app, u"list-filtered"_s);
        list->saveCurrentFilterAsView();
        auto* dialog = list->findChild<QInputDialog*>(u"saveViewDialog"_s);
        QTRY_VERIFY(dialog);
        dialog->setTextValue(u"Amsterdam 5"_s);
        dialog->accept();
        QTRY_VERIFY(!list->selectedView().isEmpty());
        savedId = list->selectedView();
    }
    auto app = startApp();
    CaseListView* list = app->listView();
    QHeaderView* header = list->table()->horizontalHeader();
    QVERIFY(header->isSectionHidden(CaseListModel::IbxColumn));
    QCOMPARE(header->visualIndex(CaseListModel::StatusColumn), 0);
    QCOMPARE(list->proxy()->sortColumn(), int(CaseListModel::CaseNumberColumn));
    QCOMPARE(list->proxy()->sortOrder(), Qt::AscendingOrder);
    QCOMPARE(list->selectedView(), savedId);
    QCOMPARE(list->proxy()->filter().text, u"1-2049760707"_s);
    QCOMPARE(list->findChild<QLineEdit*>(u"quickFilterEdit"_s)->text(), u"1-2049760707"_s);
    auto* views = list->findChild<QListView*>(u"savedViewList"_s);
    bool listed = false;
    for (int row = 0; row < views->model()->rowCount(); ++row)
        listed = listed || views->model()->index(row, 0).data(SavedViewModel::IdRole).toString() == savedId;
    QVERIFY(listed);
    QTRY_VERIFY_WITH_TIMEOUT(list->proxy()->rowCount() > 0, 10000);
    for (int row = 0; row < list->proxy()->rowCount(); ++row)
        QVERIFY(list->proxy()->index(row, 0).data(CaseListModel::SearchTextRole).toString().contains(u"1-2049760707"));
}

void TestMainWindow::goingToAnUnknownNumberSaysSo()
{
    auto app = startApp();
    auto* connection = app->window()->findChild<QLabel*>(u"connectionLabel"_s);
    QTRY_VERIFY_WITH_TIMEOUT(connection->text().startsWith(u"Connected"), 20000);
    app->window()->action(MainWindow::Action::GoToCase)->trigger();
    auto* dialog = app->window()->findChild<GoToCaseDialog*>(u"goToCaseDialog"_s);
    QTRY_VERIFY(dialog && dialog->isVisible());
    auto* edit = dialog->findChild<QLineEdit*>(u"caseNumberEdit"_s);
    auto* message = dialog->findChild<QLabel*>(u"goToMessageLabel"_s);
    QTest::keyClicks(edit, u"123"_s);
    QTest::keyClick(edit, Qt::Key_Return);
    QVERIFY(message->text().contains(u"too short"));
    edit->clear();
    QTest::keyClicks(edit, u"99999999"_s);
    QTest::keyClick(edit, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(message->text().contains(u"knows no case or order 99999999"), 10000);
    QVERIFY(dialog->isVisible());
    QCOMPARE(edit->text(), u"99999999"_s); // kept, to correct
    shoot(*app, u"go-to-unknown"_s);
}

void TestMainWindow::newCaseLikeThisStartsFromTheCasesCode()
{
    auto app = startApp();
    CaseDetailView* view = nullptr;
    openFirstCase(*app, u"IN_PROGRESS"_s, &view);
    QVERIFY(view);
    const QString code = app->listView()->proxy()->index(0, CaseListModel::CodeColumn).data().toString();
    QVERIFY(!code.isEmpty());
    auto* likeThis = view->findChild<QAction*>(u"newCaseLikeThisAction"_s);
    QTRY_VERIFY_WITH_TIMEOUT(view->hasFacts(), 10000);
    QVERIFY(likeThis->isEnabled());
    QTest::keySequence(view, likeThis->shortcut());
    NewCaseWizard* wizard = nullptr;
    QTRY_VERIFY((wizard = app->window()->findChild<NewCaseWizard*>()) && wizard->isVisible());
    QCOMPARE(wizard->codePage()->code(), code);
    QCOMPARE(app->window()->tabs()->count(), 2); // the case stays open behind the wizard
    shoot(*app, u"new-case-like-this"_s);
}

void TestMainWindow::shortcutListNamesEachShortcutOnceWithWhereItWorks()
{
    auto app = startApp();
    CaseDetailView* view = nullptr;
    openFirstCase(*app, {}, &view); // its actions are in the window too: listed once, as "In a case"
    QVERIFY(view);
    QTest::keySequence(app->window(), app->window()->action(MainWindow::Action::Shortcuts)->shortcut());
    QDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = app->window()->findChild<QDialog*>(u"shortcutsDialog"_s)) && dialog->isVisible());
    auto* table = dialog->findChild<QTableWidget*>(u"shortcutsTable"_s);
    QStringList rows;
    for (int row = 0; row < table->rowCount(); ++row)
        rows.append(table->item(row, 0)->text() + u" | "_s + table->item(row, 1)->text() + u" | "_s
                    + table->item(row, 2)->text());
    QVERIFY2(rows.contains(u"New case… | Ctrl+N | Anywhere"_s), qPrintable(rows.join(u'\n')));
    QVERIFY2(rows.contains(u"Write a note | Ctrl+M | In a case"_s), qPrintable(rows.join(u'\n')));
    QVERIFY2(rows.contains(u"Send the note | Ctrl+Return | In the note"_s), qPrintable(rows.join(u'\n')));
    QVERIFY2(rows.contains(u"Export list… | Ctrl+Shift+E | Anywhere"_s), qPrintable(rows.join(u'\n')));
    QVERIFY2(rows.contains(u"Print the case | Ctrl+P | In a case"_s), qPrintable(rows.join(u'\n')));
    QCOMPARE(rows.filter(u"Ctrl+M"_s).size(), 1); // not once more for the open case's own action
    QStringList keys;
    for (int row = 0; row < table->rowCount(); ++row)
        keys.append(table->item(row, 1)->text() + table->item(row, 2)->text());
    keys.removeDuplicates();
    QCOMPARE(keys.size(), table->rowCount()); // no shortcut twice in the same place
    shoot(*app, u"shortcuts"_s);
    dialog->reject();
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
