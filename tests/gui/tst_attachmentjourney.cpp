#include "models/api/ApiClient.h"
#include "models/attachments/AttachmentListModel.h"
#include "models/attachments/AttachmentService.h"
#include "models/attachments/AttachmentUploader.h"
#include "tests/gui/AttachmentDrops.h"
#include "tests/support/ApiOutcome.h"
#include "tests/support/SandboxEndpoint.h"
#include "tests/support/SandboxProcess.h"
#include "tests/support/TestHome.h"
#include "ui/attachments/AttachmentListWidget.h"
#include "ui/attachments/CaseAttachmentsPanel.h"
#include "ui/casedetail/CancelCaseDialog.h" // CaseDetailView.h needs it complete
#include "ui/casedetail/CaseDetailView.h"
#include "ui/casedetail/NoteComposer.h"

#include <QCryptographicHash>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>
#include <QTreeWidget>
#include <QUuid>

#include <memory>
#include <optional>

using namespace CaseDesk;

using namespace Qt::StringLiterals;
using State = AttachmentListModel::State;

// Stands in for the desktop: records what CaseDesk asked it to open.
class DesktopRecorder : public QObject
{
    Q_OBJECT

public:
    QList<QUrl> opened;

public slots:
    void openUrl(const QUrl& url) { opened << url; }
};

/*
 * The "done" scenario against the real sandbox: a new user drags three screenshots onto an open
 * case, sees them upload, sends the note, and opens them again from the case; each opened file has the
 * bytes that were dropped.
 */
class TestAttachmentJourney : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void threeScreenshotsDroppedOnACaseAreSentAndOpenAgain();

private:
    std::unique_ptr<TestHome> m_home;
    DesktopRecorder m_desktop;
};

void TestAttachmentJourney::initTestCase()
{
    m_home = std::make_unique<TestHome>();
    QVERIFY(m_home->isValid());
    QDesktopServices::setUrlHandler(u"file"_s, &m_desktop, "openUrl");
}

void TestAttachmentJourney::cleanupTestCase()
{
    QDesktopServices::unsetUrlHandler(u"file"_s);
}

void TestAttachmentJourney::threeScreenshotsDroppedOnACaseAreSentAndOpenAgain()
{
    SandboxProcess sandbox;
    QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
    ApiClient client;
    client.setEndpoint(sandboxEndpoint(sandbox.baseUrl(), 10000));
    AttachmentService service(&client, AttachmentStash(AttachmentStash::defaultRoot(u"local-sandbox"_s)),
                              AttachmentService::defaultCacheRoot(u"local-sandbox"_s));

    // A case to work on.
    CreateCaseRequest request;
    request.code = u"0002-0000"_s;
    request.description = u"Total power outage in cage AM5:01:000123 since 09:10."_s;
    request.primaryId = u"AM5:01:000123"_s;
    request.customerReferenceId = u"JOURNEY-"_s + QUuid::createUuid().toString(QUuid::Id128).left(8);
    Outcome<CreateCaseResponse> created;
    client.createCase(request, this, created.callback());
    QTRY_VERIFY_WITH_TIMEOUT(created.result, 15000);
    QVERIFY2(created.result->ok(), qPrintable(created.result->error.userMessage()));
    auto fetchFacts = [&](const QString& id) -> std::optional<CaseFacts> {
        Outcome<Case> got;
        client.getCase(id, this, got.callback());
        if (!QTest::qWaitFor([&] { return got.result.has_value(); }, 15000) || !got.result->ok())
            return std::nullopt;
        return CaseFacts::from(*got.result->value, got.result->raw, {}, TimeDisplay(), {});
    };
    std::optional<CaseFacts> facts = fetchFacts(created.result->value->id);
    QVERIFY(facts);
    const QString caseNumber = facts->number;
    QCOMPARE(caseNumber.size(), 8);

    CaseDetailView view(caseNumber);
    view.setAttachmentService(&service);
    view.setFacts(*facts);
    view.resize(1000, 760);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));

    // Three screenshots, dragged from a file manager onto the case.
    QStringList shots;
    QHash<QString, QByteArray> hashes;
    for (int i = 1; i <= 3; ++i) {
        QImage image(640, 400, QImage::Format_RGB32);
        image.fill(QColor::fromHsv(i * 90, 200, 200));
        const QString path = m_home->filePath(u"Screenshot %1.png"_s.arg(i));
        QVERIFY(image.save(path));
        shots << path;
        hashes.insert(QFileInfo(path).fileName(), sha256Hex(path));
    }
    const SimulatedDrop drop = simulateDrop(&view, fileMime(shots), [&] { return view.isDropActive(); });
    QVERIFY(drop.highlightedDuringDrag && drop.dropAccepted);
    QCOMPARE(view.findChild<QTabWidget*>(u"caseTabs"_s)->currentIndex(), 2);
    AttachmentListModel* model = view.composer()->attachments()->uploader()->model();
    QCOMPARE(model->rowCount(), 3);
    QTRY_VERIFY_WITH_TIMEOUT(view.composer()->attachmentsSettled(), 15000);
    for (const AttachmentListModel::Item& item : model->items()) {
        QVERIFY2(item.state == State::Uploaded, qPrintable(item.name + u": "_s + item.error));
        QCOMPARE(item.progress, 100);
    }

    // The note: text, Send; the controller (here the test) sends it with the composer's references.
    auto* edit = view.findChild<QPlainTextEdit*>(u"noteTextEdit"_s);
    QTest::keyClicks(edit, u"Three screenshots of the dark PDU."_s);
    QSignalSpy submitted(&view, &CaseDetailView::noteSubmitted);
    QTest::mouseClick(view.findChild<QPushButton*>(u"sendNoteButton"_s), Qt::LeftButton);
    QCOMPARE(submitted.count(), 1);
    NoteRequest note;
    note.text = submitted.first().at(0).toString();
    note.visibility = submitted.first().at(1).toString();
    note.attachments = view.composer()->attachmentReferences();
    QCOMPARE(note.attachments->size(), 3);
    Outcome<CaseUpdateResponse> sent;
    client.addNote(caseNumber, note, this, sent.callback());
    QTRY_VERIFY_WITH_TIMEOUT(sent.result, 15000);
    QVERIFY2(sent.result->ok(), qPrintable(sent.result->error.userMessage() + sent.result->error.fieldSummary()));
    view.composer()->clear();
    QCOMPARE(view.composer()->attachments()->count(), 0);

    // Back from the server: listed on the Attachments tab, and each opens with the bytes that were dropped.
    facts = fetchFacts(caseNumber);
    QVERIFY(facts);
    view.setFacts(*facts);
    CaseAttachmentsPanel* panel = view.attachmentsPanel();
    QCOMPARE(panel->count(), 3);
    QSignalSpy opened(panel, &CaseAttachmentsPanel::opened);
    for (int row = 0; row < 3; ++row) {
        QTreeWidgetItem* item = panel->view()->topLevelItem(row);
        QTRY_VERIFY(!item->text(CaseAttachmentsPanel::SizeColumn).startsWith(u"—"_s)); // ours: the API knows
        panel->view()->setCurrentItem(item);
        QTest::mouseClick(panel->findChild<QPushButton*>(u"openAttachmentButton"_s), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(opened.count(), row + 1, 15000);
    }
    QCOMPARE(m_desktop.opened.size(), 3);
    const QString cacheRoot = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
    for (const QUrl& url : std::as_const(m_desktop.opened)) {
        const QString path = url.toLocalFile();
        QVERIFY2(path.startsWith(cacheRoot + u"/local-sandbox/attachments/"_s + caseNumber + u'/'), qPrintable(path));
        const QString name = QFileInfo(path).fileName().mid(37); // "<36-char id>-<name>"
        QVERIFY2(hashes.contains(name), qPrintable(name));
        QCOMPARE(sha256Hex(path), hashes.value(name));
    }
    QCOMPARE(panel->view()->topLevelItem(0)->text(CaseAttachmentsPanel::StatusColumn), u"Downloaded"_s);

    // Save as…: a copy where the user chooses (the dialog replaced by the test seam).
    const QString savedPath = m_home->filePath(u"saved/evidence.png"_s);
    QVERIFY(QDir().mkpath(QFileInfo(savedPath).path()));
    panel->setSavePicker([&](QWidget*, const QString& suggested, std::function<void(const QString&)> done) {
        QVERIFY(suggested.endsWith(u"/Screenshot 1.png"_s));
        done(savedPath);
    });
    QSignalSpy saved(panel, &CaseAttachmentsPanel::saved);
    panel->view()->setCurrentItem(panel->view()->topLevelItem(0));
    QTest::mouseClick(panel->findChild<QPushButton*>(u"saveAttachmentButton"_s), Qt::LeftButton);
    QTRY_COMPARE(saved.count(), 1);
    QCOMPARE(sha256Hex(savedPath), hashes.value(u"Screenshot 1.png"_s));

    // A note's own attachment button opens it too.
    QPushButton* noteButton = nullptr;
    const QList<QPushButton*> buttons = view.findChildren<QPushButton*>();
    for (QPushButton* button : buttons) {
        if (button->accessibleName() == u"Open attachment Screenshot 2.png"_s)
            noteButton = button;
    }
    QVERIFY(noteButton);
    QTest::mouseClick(noteButton, Qt::LeftButton);
    QTRY_COMPARE(m_desktop.opened.size(), 4);
    QVERIFY(m_desktop.opened.last().toLocalFile().endsWith(u"-Screenshot 2.png"_s));
}

QTEST_MAIN(TestAttachmentJourney)
#include "tst_attachmentjourney.moc"
