#include "ui/casedetail/CancelCaseDialog.h"
#include "ui/casedetail/CaseDetailView.h"
#include "ui/casedetail/NoteComposer.h"
#include "ui/widgets/CollapsibleSection.h"
#include "ui/widgets/StatusBadge.h"

#include <QAction>
#include <QFile>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
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

QTEST_MAIN(TestCaseDetailView)
#include "tst_casedetailview.moc"
