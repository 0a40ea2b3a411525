#include "models/attachments/AttachmentListModel.h"
#include "models/attachments/AttachmentUploader.h"
#include "tests/gui/AttachmentDrops.h"
#include "tests/support/TestHome.h"
#include "ui/attachments/AttachmentListWidget.h"
#include "ui/attachments/CaseAttachmentsPanel.h"
#include "ui/casedetail/CancelCaseDialog.h" // CaseDetailView.h needs it complete
#include "ui/casedetail/CaseDetailView.h"
#include "ui/casedetail/NoteComposer.h"

#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <memory>

using namespace CaseDesk;

using namespace Qt::StringLiterals;
using State = AttachmentListModel::State;

namespace
{
CaseFacts openCase(const QString& blockedReason = {})
{
    CaseFacts facts;
    facts.number = u"11150929"_s;
    facts.status = u"IN_PROGRESS"_s;
    facts.noteBlockedReason = blockedReason;
    // The case's list repeats its notes' attachments, as the server answers.
    facts.attachments = {{u"11111111-1111-1111-1111-111111111111"_s, u"floor-plan.pdf"_s, u"CUSTOMER"_s, {}},
                         {u"22222222-2222-2222-2222-222222222222"_s, u"rack-front.png"_s, u"CUSTOMER"_s, {}}};
    NoteView note;
    note.author = u"You"_s;
    note.when = u"28/11/2026 14:05"_s;
    note.text = u"Photos of the rack"_s;
    note.attachments = {{u"22222222-2222-2222-2222-222222222222"_s, u"rack-front.png"_s, {}, {}},
                        {u"33333333-3333-3333-3333-333333333333"_s, u"rack-back.JPG"_s, {}, {}}};
    facts.notes = {note};
    return facts;
}
} // namespace

// The drop targets around the attachment list: the note composer (its text too) and a whole open case.
class TestAttachmentDrops : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void dropOnTheNoteTextAttachesInsteadOfInsertingPaths();
    void ctrlVInTheNoteTextAttachesImagesButPastesText();
    void dropOnAnOpenCaseStartsANoteWithTheFiles();
    void closedCaseRefusesDroppedFiles();
    void noteWithAttachmentsStillNeedsText();
    void sendWaitsForUploadsAndRefusesWhileOneFailed();
    void clearAfterSendingForgetsAttachmentsToo();
    void attachmentsTabListsTheCaseAndItsNotes();

private:
    QString file(const QString& name) { return writeTestFile(m_dir->filePath(name), 100); }

    std::unique_ptr<TestHome> m_home;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestAttachmentDrops::initTestCase()
{
    m_home = std::make_unique<TestHome>();
    QVERIFY(m_home->isValid());
}

void TestAttachmentDrops::init()
{
    m_dir = std::make_unique<QTemporaryDir>(m_home->filePath(u"files-XXXXXX"_s));
    QVERIFY(m_dir->isValid());
}

void TestAttachmentDrops::dropOnTheNoteTextAttachesInsteadOfInsertingPaths()
{
    NoteComposer composer;
    composer.resize(600, 400);
    composer.show();
    auto* edit = composer.findChild<QPlainTextEdit*>(u"noteTextEdit"_s);
    const SimulatedDrop drop = simulateDrop(edit->viewport(), fileMime({file(u"a.png"_s), file(u"b.png"_s)}),
                                            [&] { return composer.attachments()->isDropActive(); });
    QVERIFY(drop.enterAccepted && drop.dropAccepted);
    QVERIFY(drop.highlightedDuringDrag);
    QCOMPARE(composer.attachments()->count(), 2);
    QVERIFY(edit->toPlainText().isEmpty());

    const SimulatedDrop onComposer = simulateDrop(&composer, fileMime({file(u"c.txt"_s)}));
    QVERIFY(onComposer.dropAccepted);
    QCOMPARE(composer.attachments()->count(), 3);

    auto* text = new QMimeData;
    text->setText(u"dragged words"_s);
    simulateDrop(edit->viewport(), text);
    QCOMPARE(composer.attachments()->count(), 3); // text drags stay the editor's business
}

void TestAttachmentDrops::ctrlVInTheNoteTextAttachesImagesButPastesText()
{
    NoteComposer composer;
    composer.show();
    QApplication::setActiveWindow(&composer);
    QVERIFY(QTest::qWaitForWindowActive(&composer));
    auto* edit = composer.findChild<QPlainTextEdit*>(u"noteTextEdit"_s);
    edit->setFocus();
    QImage image(30, 20, QImage::Format_RGB32);
    image.fill(Qt::yellow);
    QGuiApplication::clipboard()->setImage(image);
    QTest::keySequence(edit, QKeySequence::Paste);
    QCOMPARE(composer.attachments()->count(), 1);
    QVERIFY(composer.attachments()->uploader()->model()->at(0).name.startsWith(u"screenshot-"_s));
    QGuiApplication::clipboard()->setText(u"rack 12"_s);
    QTest::keySequence(edit, QKeySequence::Paste);
    QCOMPARE(edit->toPlainText(), u"rack 12"_s);
    QCOMPARE(composer.attachments()->count(), 1);
}

void TestAttachmentDrops::dropOnAnOpenCaseStartsANoteWithTheFiles()
{
    CaseDetailView view(u"11150929"_s);
    view.resize(900, 700);
    view.setFacts(openCase());
    view.show();
    auto* tabs = view.findChild<QTabWidget*>(u"caseTabs"_s);
    tabs->setCurrentIndex(0);
    const QStringList shots{file(u"shot-1.png"_s), file(u"shot-2.png"_s), file(u"shot-3.png"_s)};
    const SimulatedDrop drop = simulateDrop(&view, fileMime(shots), [&] { return view.isDropActive(); });
    QVERIFY(drop.enterAccepted);
    QVERIFY(drop.highlightedDuringDrag);
    QVERIFY(drop.dropAccepted);
    QVERIFY(!view.isDropActive());
    QCOMPARE(tabs->currentIndex(), 2);
    QCOMPARE(view.composer()->attachments()->count(), 3);
    QTRY_VERIFY(view.findChild<QPlainTextEdit*>(u"noteTextEdit"_s)->hasFocus() || !view.isActiveWindow());
}

void TestAttachmentDrops::closedCaseRefusesDroppedFiles()
{
    CaseDetailView view(u"11150929"_s);
    view.setFacts(openCase(u"This case is closed and no longer accepts notes."_s));
    view.show();
    const SimulatedDrop drop = simulateDrop(&view, fileMime({file(u"late.png"_s)}));
    QVERIFY(!drop.dropAccepted);
    QVERIFY(!view.composer()->attachments()->isEnabled());
    QCOMPARE(view.composer()->attachments()->count(), 0);
}

void TestAttachmentDrops::noteWithAttachmentsStillNeedsText()
{
    NoteComposer composer;
    composer.show();
    composer.addAttachments({file(u"only-a-photo.png"_s)});
    auto* send = composer.findChild<QPushButton*>(u"sendNoteButton"_s);
    QVERIFY(!composer.isSendable());
    QVERIFY(!send->isEnabled());
    QVERIFY(send->toolTip().contains(u"a note needs text"_s));
    composer.setText(u"See the photo."_s);
    QVERIFY(send->isEnabled());
}

void TestAttachmentDrops::sendWaitsForUploadsAndRefusesWhileOneFailed()
{
    NoteComposer composer;
    composer.show();
    QSignalSpy submitted(&composer, &NoteComposer::submitted);
    composer.setText(u"Logs attached."_s);
    composer.addAttachments({file(u"syslog.txt"_s)});
    auto* send = composer.findChild<QPushButton*>(u"sendNoteButton"_s);
    QTest::mouseClick(send, Qt::LeftButton);
    QCOMPARE(submitted.count(), 0); // the upload has not finished
    QVERIFY(!send->isEnabled());
    QVERIFY(send->text().contains(u"Waiting for uploads"_s));

    AttachmentUploader* uploader = composer.attachments()->uploader();
    uploader->cancel(uploader->model()->keyAt(0)); // settles: the waiting send looks again
    QCOMPARE(submitted.count(), 0);
    QVERIFY(composer.findChild<QLabel*>(u"noteMessageLabel"_s)->text().contains(u"syslog.txt"_s));
    QVERIFY(send->isEnabled());
    QCOMPARE(composer.text(), u"Logs attached."_s); // nothing lost
    QCOMPARE(composer.attachments()->count(), 1);

    uploader->remove(uploader->model()->keyAt(0));
    QTest::mouseClick(send, Qt::LeftButton);
    QCOMPARE(submitted.count(), 1);
    QVERIFY(composer.attachmentReferences().isEmpty());
}

void TestAttachmentDrops::clearAfterSendingForgetsAttachmentsToo()
{
    NoteComposer composer;
    composer.setText(u"x"_s);
    composer.addAttachments({file(u"a.txt"_s)});
    composer.clear();
    QVERIFY(composer.text().isEmpty());
    QCOMPARE(composer.attachments()->count(), 0);
    QVERIFY(composer.attachmentsSettled());
    bool ran = false;
    composer.whenAttachmentsSettled(this, [&] { ran = true; });
    QVERIFY(ran);
}

void TestAttachmentDrops::attachmentsTabListsTheCaseAndItsNotes()
{
    CaseDetailView view(u"11150929"_s);
    view.setFacts(openCase());
    view.show();
    auto* tabs = view.findChild<QTabWidget*>(u"caseTabs"_s);
    QCOMPARE(tabs->tabText(3), u"&Attachments (3)"_s);
    CaseAttachmentsPanel* panel = view.attachmentsPanel();
    QCOMPARE(panel->count(), 3);
    QTreeWidget* tree = panel->view();
    QCOMPARE(tree->topLevelItem(0)->text(CaseAttachmentsPanel::NameColumn), u"floor-plan.pdf"_s);
    QCOMPARE(tree->topLevelItem(0)->text(CaseAttachmentsPanel::TypeColumn), u"PDF"_s);
    QCOMPARE(tree->topLevelItem(0)->text(CaseAttachmentsPanel::OriginColumn), u"Case"_s);
    QCOMPARE(tree->topLevelItem(2)->text(CaseAttachmentsPanel::NameColumn), u"rack-back.JPG"_s);
    QCOMPARE(tree->topLevelItem(2)->text(CaseAttachmentsPanel::TypeColumn), u"JPG"_s);
    QVERIFY(tree->topLevelItem(2)->text(CaseAttachmentsPanel::OriginColumn).contains(u"28/11/2026 14:05"_s));
    // Without a server, opening says so instead of failing silently.
    panel->openCurrent();
    QVERIFY(panel->message().contains(u"“floor-plan.pdf”"_s));
    QVERIFY(!panel->findChild<QPushButton*>(u"openAttachmentButton"_s)->isEnabled());

    CaseFacts none = openCase();
    none.attachments.clear();
    none.notes.clear();
    view.setFacts(none);
    QCOMPARE(panel->count(), 0);
    QCOMPARE(tree->topLevelItemCount(), 1); // the "no attachments" line, not an empty box
    QVERIFY(!(tree->topLevelItem(0)->flags() & Qt::ItemIsSelectable));
}

QTEST_MAIN(TestAttachmentDrops)
#include "tst_attachmentdrops.moc"
