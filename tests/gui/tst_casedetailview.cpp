#include "models/settings/ViewState.h"
#include "ui/casedetail/CancelCaseDialog.h"
#include "ui/casedetail/CaseDetailView.h"
#include "ui/casedetail/NoteComposer.h"
#include "ui/casedetail/NoteTextEdit.h"
#include "ui/casedetail/NotesPane.h"
#include "ui/casedetail/NotesThreadWidget.h"
#include "ui/widgets/CollapsibleSection.h"
#include "ui/widgets/StatusBadge.h"

#include <QAction>
#include <QFile>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitterHandle>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace CaseDesk;

using namespace Qt::StringLiterals;

namespace
{
CaseFacts factsFor(const QByteArray& raw)
{
    const auto decoded = decodeJson<Case>(raw);
    if (!decoded.ok())
        qFatal("bad fixture");
    return CaseFacts::from(*decoded.value, raw, {}, TimeDisplay(), {});
}

QByteArray sample()
{
    QFile file(QStringLiteral(CASEDESK_TEST_DATA_DIR "/get-case-sample.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing sample");
    return file.readAll();
}
} // namespace

// The case detail view as a user meets it: header, raw pane, note composer limits, and the cancel dialog.
class TestCaseDetailView : public QObject
{
    Q_OBJECT

private slots:
    void showsTheCaseWithRawJsonCollapsed();
    void composerCountsCharactersAndRefusesTooLongNotes();
    void composerSendsWithCtrlReturnAndKeepsTextUntilCleared();
    void closedCaseDisablesCancelAndNotesWithAReason();
    void cancelNeedsAReasonAndConfirmation();
    void notesGiveTheThreadTheRoomAndTheComposerGrowingLines();
    void theNotesHandleIsKeptForTheNextCase();
};

void TestCaseDetailView::showsTheCaseWithRawJsonCollapsed()
{
    CaseDetailView view(u"11150929"_s);
    view.resize(900, 700);
    view.show();
    view.setFacts(factsFor(sample()));
    view.setLoading(false);
    QVERIFY(view.hasFacts());
    auto* badge = view.findChild<StatusBadge*>(u"statusBadge"_s);
    QCOMPARE(badge->text(), u"In progress"_s);
    QVERIFY(view.findChild<QLabel*>(u"caseTitleLabel"_s)->text().contains(u"1-204976070710"));
    auto* raw = view.findChild<QPlainTextEdit*>(u"rawResponseText"_s);
    QVERIFY(!raw->isVisible());
    auto* section = view.findChild<CollapsibleSection*>(u"rawResponseSection"_s);
    QTest::mouseClick(section->toggleButton(), Qt::LeftButton);
    QVERIFY(raw->isVisible());
    QVERIFY(raw->toPlainText().contains(u"\"accountNumber\": \"182389736\""));
}

void TestCaseDetailView::composerCountsCharactersAndRefusesTooLongNotes()
{
    NoteComposer composer;
    composer.show();
    auto* edit = composer.findChild<QPlainTextEdit*>(u"noteTextEdit"_s);
    auto* counter = composer.findChild<QLabel*>(u"noteCounterLabel"_s);
    auto* send = composer.findChild<QPushButton*>(u"sendNoteButton"_s);
    QVERIFY(!send->isEnabled()); // empty
    QTest::keyClicks(edit, u"Rack door "_s);
    edit->insertPlainText(u"😀"_s); // one character for the API, two UTF-16 units for QString
    QCOMPARE(counter->text(), u"11 / 4,000"_s.replace(u","_s, QLocale().groupSeparator()));
    QVERIFY(send->isEnabled());
    composer.setText(QString(4001, u'x'));
    QVERIFY(!send->isEnabled());
    QVERIFY(send->toolTip().contains(QLocale().toString(4000)));
    composer.setText(QString(4000, u'x'));
    QVERIFY(send->isEnabled());
    composer.setText(u"   "_s);
    QVERIFY(!send->isEnabled());
}

void TestCaseDetailView::composerSendsWithCtrlReturnAndKeepsTextUntilCleared()
{
    CaseDetailView view(u"11150929"_s);
    QByteArray raw = sample();
    raw.replace("\"modifiable\": false,\n    \"reOpen\"", "\"modifiable\": true,\n    \"reOpen\"");
    view.setFacts(factsFor(raw));
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QSignalSpy submitted(&view, &CaseDetailView::noteSubmitted);
    view.writeNoteAction()->trigger();
    auto* edit = view.findChild<QPlainTextEdit*>(u"noteTextEdit"_s);
    QTRY_VERIFY(edit->hasFocus());
    QTest::keyClicks(edit, u"Please call before arriving."_s);
    QTest::keyClick(edit, Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(submitted.count(), 1);
    QCOMPARE(submitted.first().at(0).toString(), u"Please call before arriving."_s);
    QCOMPARE(submitted.first().at(1).toString(), u"EXTERNAL"_s);
    QCOMPARE(edit->toPlainText(), u"Please call before arriving."_s); // kept until the owner confirms
    view.composer()->clear();
    QVERIFY(edit->toPlainText().isEmpty());
}

void TestCaseDetailView::closedCaseDisablesCancelAndNotesWithAReason()
{
    CaseDetailView view(u"11150929"_s);
    view.setFacts(
        factsFor(R"({"id":"11150929","status":"CLOSED","otherDetails":{"cancellable":false,"modifiable":false}})"));
    QVERIFY(!view.cancelAction()->isEnabled());
    QVERIFY(view.cancelAction()->toolTip().contains(u"closed"));
    auto* send = view.findChild<QPushButton*>(u"sendNoteButton"_s);
    QVERIFY(!send->isEnabled());
    QVERIFY(send->toolTip().contains(u"no longer accepts notes"));
    QVERIFY(!view.writeNoteAction()->isEnabled());
}

void TestCaseDetailView::cancelNeedsAReasonAndConfirmation()
{
    CaseDetailView view(u"11150929"_s);
    view.setFacts(factsFor(sample()));
    view.show();
    QSignalSpy confirmed(&view, &CaseDetailView::cancelConfirmed);
    QVERIFY(view.cancelAction()->isEnabled());
    view.cancelAction()->trigger();
    QTRY_VERIFY(view.cancelDialog() && view.cancelDialog()->isVisible());
    CancelCaseDialog* dialog = view.cancelDialog();
    auto* confirm = dialog->findChild<QPushButton*>(u"confirmCancelButton"_s);
    QVERIFY(!confirm->isEnabled());
    QTest::keyClicks(dialog->findChild<QPlainTextEdit*>(u"cancelReasonEdit"_s), u"Raised twice by mistake."_s);
    QVERIFY(confirm->isEnabled());
    QTest::mouseClick(confirm, Qt::LeftButton);
    QCOMPARE(confirmed.count(), 1);
    QCOMPARE(confirmed.first().first().toString(), u"Raised twice by mistake."_s);

    // Asked again (say the cancel failed): the reason is still there.
    view.cancelAction()->trigger();
    QTRY_VERIFY(view.cancelDialog() && view.cancelDialog()->isVisible());
    QCOMPARE(view.cancelDialog()->reason(), u"Raised twice by mistake."_s);
    view.cancelDialog()->reject();
}

namespace
{
// A case on its Notes tab, in a window of the size people use.
std::unique_ptr<CaseDetailView> notesOf(const QString& number)
{
    auto view = std::make_unique<CaseDetailView>(number);
    view->resize(1000, 950);
    CaseFacts facts = factsFor(sample());
    facts.noteBlockedReason.clear(); // the sample's status takes no notes; this case does
    view->setFacts(facts);
    view->setLoading(false);
    view->findChild<QTabWidget*>(u"caseTabs"_s)->setCurrentWidget(view->notesPane());
    view->show();
    return view;
}
} // namespace

void TestCaseDetailView::notesGiveTheThreadTheRoomAndTheComposerGrowingLines()
{
    auto view = notesOf(u"11150929"_s);
    QVERIFY(QTest::qWaitForWindowExposed(view.get()));
    NotesPane* pane = view->notesPane();
    auto* thread = view->findChild<NotesThreadWidget*>(u"notesThread"_s);
    auto* edit = view->findChild<NoteTextEdit*>(u"noteTextEdit"_s);
    QVERIFY(thread && edit);
    const int line = edit->fontMetrics().lineSpacing();

    // The thread has the room; the empty composer a few lines.
    QTRY_VERIFY2(thread->height() >= 2 * view->composer()->height(),
                 qPrintable(u"thread %1, composer %2"_s.arg(thread->height()).arg(view->composer()->height())));
    const int empty = edit->height();
    QVERIFY2(empty >= edit->heightForLines(NoteTextEdit::kMinimumLines) && empty < edit->heightForLines(5),
             qPrintable(QString::number(empty)));

    // It grows as the note gets longer, wrapped lines counted...
    QTest::keyClicks(edit, u"First line"_s);
    for (int i = 0; i < 5; ++i)
        QTest::keyClick(edit, Qt::Key_Return);
    QTRY_VERIFY2(edit->height() >= empty + 3 * line, qPrintable(QString::number(edit->height())));
    edit->clear();
    QTRY_COMPARE(edit->height(), empty);
    edit->setPlainText(QString(u"word "_s).repeated(200)); // one paragraph, many lines wide
    QTRY_VERIFY2(edit->height() >= empty + 3 * line, qPrintable(QString::number(edit->height())));

    // ...up to its limit, then it scrolls, and the thread keeps its share.
    edit->setPlainText(QStringList(60, u"a line"_s).join(u'\n'));
    QTRY_COMPARE(edit->height(), edit->heightForLines(NoteTextEdit::kMaximumLines));
    QVERIFY(edit->verticalScrollBar()->isVisible());
    QVERIFY(thread->height() > pane->height() / 4);

    // Sent (cleared), it is a few lines again.
    view->composer()->clear();
    QTRY_COMPARE(edit->height(), empty);
}

void TestCaseDetailView::theNotesHandleIsKeptForTheNextCase()
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
    ViewState state(&settings);
    int dragged = 0;
    int pane1Height = 0;
    {
        auto view = notesOf(u"11150929"_s);
        QVERIFY(QTest::qWaitForWindowExposed(view.get()));
        NotesPane* pane = view->notesPane();
        connect(pane, &NotesPane::layoutChanged, this,
                [&state](const QByteArray& kept) { state.setNotesSplitter(kept); });
        const int before = pane->sizes().at(1);
        // The user drags the handle 150 pixels up: the composer gets taller.
        QSplitterHandle* handle = pane->handle(1);
        const QPoint grip = handle->rect().center();
        QTest::mousePress(handle, Qt::LeftButton, {}, grip);
        QTest::mouseMove(handle, grip - QPoint(0, 75));
        QTest::mouseMove(handle, grip - QPoint(0, 150));
        QTest::mouseRelease(handle, Qt::LeftButton, {}, grip - QPoint(0, 150));
        dragged = pane->sizes().at(1);
        pane1Height = pane->height();
        QVERIFY2(dragged >= before + 140, qPrintable(u"%1 then %2"_s.arg(before).arg(dragged)));
        QCOMPARE(pane->chosenComposerHeight(), dragged);
        QVERIFY(!state.notesSplitter().isEmpty());

        // Typing a line or two does not take back what the user chose.
        QTest::keyClicks(view->findChild<NoteTextEdit*>(u"noteTextEdit"_s), u"Short note"_s);
        QCOMPARE(pane->sizes().at(1), dragged);
    }
    // The next case opens with the composer as tall as the user left it.
    auto next = notesOf(u"11150930"_s);
    next->notesPane()->restoreLayout(state.notesSplitter());
    QVERIFY(QTest::qWaitForWindowExposed(next.get()));
    QTRY_COMPARE(next->notesPane()->sizes().at(1), dragged);
    QCOMPARE(next->notesPane()->chosenComposerHeight(), dragged);
    // It stays so when the window grows (the thread takes the room) and while a short note is typed.
    next->resize(1000, 1050);
    QTRY_COMPARE(next->notesPane()->height(), pane1Height + 100);
    QCOMPARE(next->notesPane()->sizes().at(1), dragged);
    QTest::keyClicks(next->findChild<NoteTextEdit*>(u"noteTextEdit"_s), u"Short"_s);
    QCOMPARE(next->notesPane()->sizes().at(1), dragged);
    // A kept state that is not one is ignored: the pane opens as for a new user.
    auto third = notesOf(u"11150931"_s);
    third->notesPane()->restoreLayout("not a splitter"_ba);
    QVERIFY(QTest::qWaitForWindowExposed(third.get()));
    QCOMPARE(third->notesPane()->chosenComposerHeight(), 0);
    QTRY_VERIFY(third->notesPane()->sizes().at(0) >= 2 * third->notesPane()->sizes().at(1));
}

QTEST_MAIN(TestCaseDetailView)
#include "tst_casedetailview.moc"
