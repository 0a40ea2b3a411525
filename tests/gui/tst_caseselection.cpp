#include "app/AppController.h"
#include "models/items/CaseListModel.h"
#include "models/items/CaseSortFilterModel.h"
#include "models/store/CaseRepository.h"
#include "tests/support/SandboxProcess.h"
#include "tests/support/TestHome.h"
#include "ui/casedetail/CaseDetailView.h"
#include "ui/casedetail/NotesThreadWidget.h"
#include "ui/caselist/CaseListView.h"
#include "ui/mainwindow/MainWindow.h"

#include <QClipboard>
#include <QFileDialog>
#include <QFrame>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace CaseDesk;

using namespace Qt::StringLiterals;

/*
 * Acting on many cases from the list, as a user does it, offscreen against the local sandbox: Ctrl+click
 * picks rows, the Menu key or Shift+F10 opens their context menu, a mnemonic letter runs an action. What the
 * actions did is read back from the store (a fresh load of the summaries) and the clipboard.
 */
class TestCaseSelection : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void ctrlClickSelectsSeveralRows();
    void copyCaseNumbersPutsTheSelectionOnTheClipboard();
    void copyLinksPutsTheSelectionsLinksOnTheClipboard();
    void markUnseenThenSeenIsStored();
    void markAllInThisViewSeenTouchesOnlyTheView();
    void openOpensEverySelectedCase();
    void caseTabMenuActsOnThatCase();
    void exportAsksForAFolderForSeveralCases();
    void quickFilterFindsANoteAndTheCaseOpensOnIt();

private:
    QTableView* table() const { return m_app->listView()->table(); }
    void clickRow(int row, Qt::KeyboardModifiers modifiers);
    // Opens the rows' (or the focused widget's) context menu by keyboard, then presses `letter` in it.
    QString chooseFromMenu(QWidget* focused, Qt::Key opener, Qt::Key letter);
    QHash<QString, CaseSummary> storedSummaries();

    std::unique_ptr<TestHome> m_home;
    std::unique_ptr<AppController> m_app;
};

void TestCaseSelection::initTestCase()
{
    m_home = std::make_unique<TestHome>();
    QVERIFY(m_home->isValid());
    AppOptions options;
    options.sandboxProgram = SandboxProcess::sandboxBinary();
    m_app = std::make_unique<AppController>(options);
    m_app->window()->resize(1300, 850);
    m_app->window()->show();
    m_app->start();
    QVERIFY(QTest::qWaitForWindowActive(m_app->window()));
    QTRY_VERIFY_WITH_TIMEOUT(m_app->listView() && m_app->listView()->proxy()->rowCount() > 10, 20000);
    // The first start lists the order history's hits, then fetches each: wait until every row is its case, so
    // keys stay put while the tests act on them.
    auto allFetched = [this] {
        const CaseSortFilterModel* proxy = m_app->listView()->proxy();
        for (int row = 0; row < proxy->rowCount(); ++row) {
            if (proxy->index(row, 0).data(CaseListModel::PartialRole).toBool())
                return false;
        }
        return true;
    };
    QTRY_VERIFY_WITH_TIMEOUT(allFetched(), 60000);
}

void TestCaseSelection::cleanupTestCase()
{
    m_app.reset();
}

void TestCaseSelection::init()
{
    m_app->window()->tabs()->setCurrentIndex(0);
    m_app->listView()->focusQuickFilter();
    QLineEdit* filter = m_app->window()->findChild<QLineEdit*>(u"quickFilterEdit"_s);
    if (filter)
        filter->clear();
    QTRY_VERIFY(m_app->listView()->proxy()->rowCount() > 10);
    table()->clearSelection();
}

void TestCaseSelection::clickRow(int row, Qt::KeyboardModifiers modifiers)
{
    const QRect rect = table()->visualRect(m_app->listView()->proxy()->index(row, 1));
    QTest::mouseClick(table()->viewport(), Qt::LeftButton, modifiers, rect.center());
}

QString TestCaseSelection::chooseFromMenu(QWidget* focused, Qt::Key opener, Qt::Key letter)
{
    // After a popup closed, the offscreen platform does not hand activation back by itself.
    m_app->window()->activateWindow();
    if (!QTest::qWaitForWindowActive(m_app->window()))
        return u"the window did not become active"_s;
    focused->setFocus(Qt::OtherFocusReason);
    if (!QTest::qWaitFor([focused] { return focused->hasFocus(); }))
        return u"no focus"_s;
    QTest::keyClick(focused, opener, opener == Qt::Key_F10 ? Qt::ShiftModifier : Qt::NoModifier);
    QMenu* menu = nullptr;
    if (!QTest::qWaitFor([&] {
            menu = qobject_cast<QMenu*>(QApplication::activePopupWidget());
            return menu && menu->objectName() == u"caseSelectionMenu"_s && menu->isVisible();
        }))
        return u"the context menu did not open"_s;
    QPointer<QMenu> open(menu);
    QTest::keyClick(menu, letter);
    if (!QTest::qWaitFor([&] { return open.isNull() || !open->isVisible(); }))
        return u"the menu stayed open"_s;
    return {};
}

QHash<QString, CaseSummary> TestCaseSelection::storedSummaries()
{
    std::optional<QList<CaseSummary>> loaded;
    m_app->repository()->loadSummaries(this, [&](const QList<CaseSummary>& summaries) { loaded = summaries; });
    if (!QTest::qWaitFor([&] { return loaded.has_value(); }, 10000))
        return {};
    QHash<QString, CaseSummary> byKey;
    for (const CaseSummary& summary : *loaded)
        byKey.insert(summary.caseNumber, summary);
    return byKey;
}

void TestCaseSelection::ctrlClickSelectsSeveralRows()
{
    clickRow(0, Qt::NoModifier);
    clickRow(2, Qt::ControlModifier);
    clickRow(4, Qt::ControlModifier);
    const QStringList keys = m_app->listView()->selectedKeys();
    QCOMPARE(keys.size(), 3);
    const QString third = m_app->listView()->proxy()->index(4, 0).data(CaseListModel::KeyRole).toString();
    QCOMPARE(keys.last(), third);
    // A plain click starts over; Ctrl+A takes every row.
    clickRow(5, Qt::NoModifier);
    QCOMPARE(m_app->listView()->selectedKeys().size(), 1);
    QTest::keySequence(table(), QKeySequence::SelectAll);
    QCOMPARE(m_app->listView()->selectedKeys(), m_app->listView()->keysInView());
}

void TestCaseSelection::copyCaseNumbersPutsTheSelectionOnTheClipboard()
{
    QGuiApplication::clipboard()->setText(u"before"_s);
    clickRow(1, Qt::NoModifier);
    clickRow(3, Qt::ControlModifier);
    const QStringList keys = m_app->listView()->selectedKeys();
    QCOMPARE(keys.size(), 2);
    const QString failed = chooseFromMenu(table(), Qt::Key_Menu, Qt::Key_C);
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    QCOMPARE(QGuiApplication::clipboard()->text(), keys.join(u'\n'));
}

void TestCaseSelection::copyLinksPutsTheSelectionsLinksOnTheClipboard()
{
    clickRow(2, Qt::NoModifier);
    clickRow(4, Qt::ControlModifier);
    const QStringList keys = m_app->listView()->selectedKeys();
    QCOMPARE(keys.size(), 2);
    QGuiApplication::clipboard()->clear();
    const QString failed = chooseFromMenu(table(), Qt::Key_Menu, Qt::Key_K);
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    QCOMPARE(
        QGuiApplication::clipboard()->text(),
        u"casedesk://case/%1?environment=local\ncasedesk://case/%2?environment=local"_s.arg(keys.at(0), keys.at(1)));
}

void TestCaseSelection::markUnseenThenSeenIsStored()
{
    clickRow(0, Qt::NoModifier);
    clickRow(1, Qt::ControlModifier);
    clickRow(2, Qt::ControlModifier);
    const QStringList keys = m_app->listView()->selectedKeys();
    QCOMPARE(keys.size(), 3);
    const QString notSelected = m_app->listView()->proxy()->index(3, 0).data(CaseListModel::KeyRole).toString();

    QString failed = chooseFromMenu(table(), Qt::Key_F10, Qt::Key_U); // Shift+F10, "Mark unseen"
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    QTRY_COMPARE(m_app->repository()->changedCount(), 3);
    QHash<QString, CaseSummary> stored = storedSummaries();
    for (const QString& key : keys)
        QVERIFY2(stored.value(key).markedUnseen && stored.value(key).changedSinceSeen(), qPrintable(key));
    QVERIFY(!stored.value(notSelected).markedUnseen);
    // The list shows the mark as well.
    for (int row = 0; row < 3; ++row)
        QTRY_VERIFY(m_app->listView()->proxy()->index(row, 0).data(CaseListModel::ChangedSinceSeenRole).toBool());

    failed = chooseFromMenu(table(), Qt::Key_Menu, Qt::Key_S); // "Mark seen"
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    QTRY_COMPARE(m_app->repository()->changedCount(), 0);
    stored = storedSummaries();
    for (const QString& key : keys) {
        QVERIFY(!stored.value(key).markedUnseen);
        QVERIFY(stored.value(key).lastSeenMs > 0);
        QVERIFY(!stored.value(key).changedSinceSeen());
    }
}

void TestCaseSelection::markAllInThisViewSeenTouchesOnlyTheView()
{
    // Three cases marked unseen; the filter then narrows the view to one of them.
    clickRow(0, Qt::NoModifier);
    clickRow(1, Qt::ControlModifier);
    clickRow(2, Qt::ControlModifier);
    const QStringList keys = m_app->listView()->selectedKeys();
    QString failed = chooseFromMenu(table(), Qt::Key_Menu, Qt::Key_U);
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    QTRY_COMPARE(m_app->repository()->changedCount(), 3);

    auto* filter = m_app->window()->findChild<QLineEdit*>(u"quickFilterEdit"_s);
    QVERIFY(filter);
    filter->setFocus();
    QTest::keyClicks(filter, keys.at(1));
    QTRY_COMPARE(m_app->listView()->keysInView(), QStringList{keys.at(1)});
    table()->clearSelection();
    failed = chooseFromMenu(table(), Qt::Key_Menu, Qt::Key_A); // "Mark all in this view seen"
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    QTRY_COMPARE(m_app->repository()->changedCount(), 2);
    const QHash<QString, CaseSummary> stored = storedSummaries();
    QVERIFY(!stored.value(keys.at(1)).markedUnseen);
    QVERIFY(stored.value(keys.at(0)).markedUnseen);
    QVERIFY(stored.value(keys.at(2)).markedUnseen);

    // Put them back: seen.
    filter->clear();
    QTRY_VERIFY(m_app->listView()->proxy()->rowCount() > 10);
    m_app->repository()->markSeen(QStringList{keys.at(0), keys.at(2)});
    QTRY_COMPARE(m_app->repository()->changedCount(), 0);
}

void TestCaseSelection::openOpensEverySelectedCase()
{
    QTabWidget* tabs = m_app->window()->tabs();
    const int before = tabs->count();
    clickRow(3, Qt::NoModifier);
    clickRow(5, Qt::ControlModifier);
    const QStringList keys = m_app->listView()->selectedKeys();
    const QString failed = chooseFromMenu(table(), Qt::Key_Menu, Qt::Key_O);
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    QTRY_COMPARE(tabs->count(), before + 2);
    for (const QString& key : keys) {
        bool found = false;
        for (int i = 0; i < tabs->count(); ++i) {
            if (auto* view = qobject_cast<CaseDetailView*>(tabs->widget(i)))
                found = found || view->caseNumber() == key;
        }
        QVERIFY2(found, qPrintable(key));
    }
}

void TestCaseSelection::caseTabMenuActsOnThatCase()
{
    QTabWidget* tabs = m_app->window()->tabs();
    const QString key = m_app->listView()->proxy()->index(6, 0).data(CaseListModel::KeyRole).toString();
    table()->setCurrentIndex(m_app->listView()->proxy()->index(6, 0));
    table()->setFocus();
    QTest::keyClick(table(), Qt::Key_Return);
    auto* view = qobject_cast<CaseDetailView*>(tabs->currentWidget());
    QVERIFY(view);
    QTRY_VERIFY_WITH_TIMEOUT(view->hasFacts(), 10000);
    QTRY_VERIFY(storedSummaries().value(key).lastSeenMs > 0); // opening it marked it seen

    QString failed = chooseFromMenu(tabs->tabBar(), Qt::Key_Menu, Qt::Key_U);
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    QTRY_VERIFY(storedSummaries().value(key).markedUnseen);
    QGuiApplication::clipboard()->clear();
    failed = chooseFromMenu(tabs->tabBar(), Qt::Key_F10, Qt::Key_C);
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    QCOMPARE(QGuiApplication::clipboard()->text(), view->caseNumber());
    failed = chooseFromMenu(tabs->tabBar(), Qt::Key_Menu, Qt::Key_K);
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    QCOMPARE(QGuiApplication::clipboard()->text(), view->link());
    QCOMPARE(view->link(), u"casedesk://case/%1?environment=local"_s.arg(key));
    m_app->repository()->markSeen(QStringList{key});
    QTRY_COMPARE(m_app->repository()->changedCount(), 0);
}

void TestCaseSelection::exportAsksForAFolderForSeveralCases()
{
    // What follows the folder (one PDF per case) is tst_caseexport's severalCasesGoIntoOneFolder.
    clickRow(0, Qt::NoModifier);
    clickRow(1, Qt::ControlModifier);
    const QString failed = chooseFromMenu(table(), Qt::Key_Menu, Qt::Key_P);
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    QFileDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = m_app->window()->findChild<QFileDialog*>(u"caseExportFileDialog"_s)) && dialog->isVisible());
    QCOMPARE(dialog->fileMode(), QFileDialog::Directory);
    dialog->reject();
}

void TestCaseSelection::quickFilterFindsANoteAndTheCaseOpensOnIt()
{
    // A word only a note holds: the list's own filter (number, reference, description, label) cannot see it.
    const QString key = m_app->listView()->proxy()->index(8, 0).data(CaseListModel::KeyRole).toString();
    const QString noteText = u"Cross-connect to carrier Okapinet re-seated, light levels fine."_s;
    std::optional<std::optional<StoredNote>> added;
    m_app->repository()->addPendingNote(key, NoteRequest{noteText, {}, {}}, this,
                                        [&](const std::optional<StoredNote>& note) { added = note; });
    QTRY_VERIFY(added.has_value() && added->has_value());

    auto* filter = m_app->window()->findChild<QLineEdit*>(u"quickFilterEdit"_s);
    filter->setFocus();
    QTest::keyClicks(filter, u"okapin"_s);
    QTRY_COMPARE(m_app->listView()->keysInView(), QStringList{key});
    QVERIFY(m_app->listView()->proxy()->hasFullTextMatches());

    QTest::keyClick(filter, Qt::Key_Return); // to the list, on the first row
    QTest::keyClick(table(), Qt::Key_Return);
    auto* view = qobject_cast<CaseDetailView*>(m_app->window()->tabs()->currentWidget());
    QVERIFY(view);
    QCOMPARE(view->caseNumber(), key);
    QTRY_VERIFY_WITH_TIMEOUT(view->hasFacts(), 10000);
    auto* notesTab = view->findChild<QTabWidget*>(u"caseTabs"_s);
    QTRY_COMPARE(notesTab->currentIndex(), 2);
    QTRY_COMPARE(view->notesThread()->highlightedCount(), 1);
    QFrame* marked = nullptr;
    for (QFrame* card : view->findChildren<QFrame*>(u"noteCard"_s)) {
        if (card->property("matched").toBool())
            marked = card;
    }
    QVERIFY(marked);
    QVERIFY(marked->findChild<QLabel*>(u"noteTextLabel"_s)->text().contains(u"Okapinet"_s));

    // Opened from the rows' menu instead, the note is marked as well.
    delete view;
    m_app->window()->tabs()->setCurrentIndex(0);
    QTRY_COMPARE(m_app->listView()->keysInView(), QStringList{key});
    table()->setCurrentIndex(m_app->listView()->proxy()->index(0, 0));
    const QString failed = chooseFromMenu(table(), Qt::Key_Menu, Qt::Key_O);
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    auto* reopened = qobject_cast<CaseDetailView*>(m_app->window()->tabs()->currentWidget());
    QVERIFY(reopened);
    QCOMPARE(reopened->caseNumber(), key);
    QTRY_VERIFY_WITH_TIMEOUT(reopened->hasFacts(), 10000);
    QTRY_COMPARE(reopened->notesThread()->highlightedCount(), 1);
    m_app->repository()->markSeen(QStringList{key});
    QTRY_COMPARE(m_app->repository()->changedCount(), 0);
}

QTEST_MAIN(TestCaseSelection)
#include "tst_caseselection.moc"
