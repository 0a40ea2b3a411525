#include "models/api/ApiClient.h"
#include "models/attachments/AttachmentService.h"
#include "models/domain/CaseStatus.h"
#include "models/export/CaseExporter.h"
#include "models/store/ApiCaseSource.h"
#include "models/store/CaseRepository.h"
#include "tests/support/ApiOutcome.h"
#include "tests/support/SandboxEndpoint.h"
#include "tests/support/SandboxProcess.h"
#include "tests/support/TestHome.h"
#include "tests/support/ZipContents.h"
#include "ui/export/CaseExportUi.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QFileDialog>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPrintDialog>
#include <QPrinter>
#include <QProcess>
#include <QProgressDialog>
#include <QPushButton>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTranslator>
#include <QUuid>

#include <memory>

using namespace CaseDesk;

using namespace Qt::StringLiterals;

namespace
{
// One environment as a session has it: the sandbox, CaseDesk's client, store, attachments and exporter.
struct World
{
    std::unique_ptr<SandboxProcess> sandbox;
    std::unique_ptr<ApiClient> client;
    std::unique_ptr<ApiCaseSource> source;
    std::unique_ptr<CaseRepository> repository;
    std::unique_ptr<AttachmentService> attachments;
    std::unique_ptr<CaseExporter> exporter;
    std::unique_ptr<QWidget> window;
    std::unique_ptr<CaseExportUi> exports;

    ~World()
    {
        exports.reset();
        window.reset();
        exporter.reset();
        attachments.reset();
        repository.reset();
        source.reset();
        client.reset();
    }
};

// Whitespace collapsed, and ligatures ("ﬁ", which pdftotext reports as one character) as their letters.
QString normalized(const QString& text)
{
    return text.normalized(QString::NormalizationForm_KC).simplified();
}

QString pdfText(const QString& path, QString* error)
{
    const QString tool = QStandardPaths::findExecutable(u"pdftotext"_s);
    if (tool.isEmpty()) {
        *error = u"pdftotext is missing: ./dev installs poppler-utils"_s;
        return {};
    }
    QProcess process;
    process.start(tool, {u"-enc"_s, u"UTF-8"_s, path, u"-"_s});
    if (!process.waitForFinished(30000) || process.exitCode() != 0) {
        *error = QString::fromLocal8Bit(process.readAllStandardError());
        return {};
    }
    return QString::fromUtf8(process.readAllStandardOutput());
}

QByteArray sha256Of(const QByteArray& data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}
} // namespace

/*
 * Case ▸ Export as PDF…, Print… and Export evidence pack… against the real sandbox, with a case that has
 * contacts, a status history, notes with attachments and markup in its text. The PDF's text (pdftotext)
 * holds every field, the history, the notes and the attachments, in English and in German; the evidence
 * pack unzips to the PDF, the raw answer, every attachment and a manifest whose sizes and hashes match;
 * cancelling while downloading or zipping leaves no file at all. With CASEDESK_TEST_SHOTS set to a folder,
 * the PDFs are left there.
 */
class TestCaseExport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void pdfShowsEveryFieldHistoryNoteAndAttachment_data();
    void pdfShowsEveryFieldHistoryNoteAndAttachment();
    void evidencePackHoldsEveryFileWithItsHash();
    void cancellingAPackLeavesNoFile_data();
    void cancellingAPackLeavesNoFile();
    void severalCasesGoIntoOneFolder();
    void printingSendsTheCaseToThePrinter();
    void aCaseNeverReadSaysWhy();

private:
    std::unique_ptr<World> makeWorld(const QStringList& sandboxArguments, const QString& name);
    AttachmentRef upload(World& world, const QString& name, const QByteArray& data);
    QString createCase(World& world, const QList<AttachmentRef>& attachments);
    bool addNote(World& world, const QString& caseNumber, const QString& text, const QList<AttachmentRef>& attachments,
                 const QString& visibility);
    QString chooseFileAndWait(World& world, const QString& path);

    std::unique_ptr<TestHome> m_home;
    std::unique_ptr<World> m_world;
    QString m_caseNumber;
    QHash<QString, QByteArray> m_uploaded; // name -> bytes
    QString m_description;
};

std::unique_ptr<World> TestCaseExport::makeWorld(const QStringList& sandboxArguments, const QString& name)
{
    auto world = std::make_unique<World>();
    world->sandbox = std::make_unique<SandboxProcess>(sandboxArguments);
    if (!world->sandbox->start()) {
        qWarning() << world->sandbox->errorString();
        return nullptr;
    }
    world->client = std::make_unique<ApiClient>();
    world->client->setEndpoint(sandboxEndpoint(world->sandbox->baseUrl(), 30000));
    world->source = std::make_unique<ApiCaseSource>(world->client.get());
    world->repository = std::make_unique<CaseRepository>(world->source.get());
    QSignalSpy opened(world->repository.get(), &CaseRepository::opened);
    world->repository->open(m_home->filePath(name + u"/casedesk.sqlite"_s));
    if (!opened.wait() || !world->repository->isOpen())
        return nullptr;
    world->attachments =
        std::make_unique<AttachmentService>(world->client.get(), AttachmentStash(m_home->filePath(name + u"/stash"_s)),
                                            m_home->filePath(name + u"/cache"_s));
    world->exporter =
        std::make_unique<CaseExporter>(world->repository.get(), world->attachments.get(), u"Local sandbox"_s, nullptr);
    world->window = std::make_unique<QWidget>();
    world->window->resize(900, 600);
    world->window->show();
    world->exports = std::make_unique<CaseExportUi>(world->exporter.get(), world->window.get());
    return world;
}

AttachmentRef TestCaseExport::upload(World& world, const QString& name, const QByteArray& data)
{
    const QString path = m_home->filePath(u"originals/"_s + name);
    QDir().mkpath(QFileInfo(path).path());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size())
        return {};
    file.close();
    Outcome<AttachmentInfo> uploaded;
    world.client->uploadAttachment(path, this, uploaded.callback());
    if (!QTest::qWaitFor([&] { return uploaded.result.has_value(); }, 30000) || !uploaded.result->ok())
        return {};
    m_uploaded.insert(name, data);
    return AttachmentRef{uploaded.result->value->attachmentId, name, std::nullopt, {}};
}

QString TestCaseExport::createCase(World& world, const QList<AttachmentRef>& attachments)
{
    CreateCaseRequest request;
    request.code = u"0002-0000"_s;
    request.description = m_description;
    request.primaryId = u"AM5:01:000123"_s;
    request.customerReferenceId = u"EXPORT-"_s + QUuid::createUuid().toString(QUuid::Id128).left(8);
    Contact person;
    person.type = u"NOTIFICATION"_s;
    person.firstName = u"Jana"_s;
    person.lastName = u"Schmidt"_s;
    ContactDetail phone;
    phone.type = u"PHONE"_s;
    phone.value = u"+31 20 123 4567"_s;
    person.details = QList<ContactDetail>{phone};
    Contact technical;
    technical.type = u"TECHNICAL"_s;
    technical.registeredUsers = QStringList{u"ops-amsterdam"_s};
    request.contacts = QList<Contact>{person, technical};
    if (!attachments.isEmpty())
        request.attachments = attachments;
    Outcome<CreateCaseResponse> created;
    world.client->createCase(request, this, created.callback());
    if (!QTest::qWaitFor([&] { return created.result.has_value(); }, 30000) || !created.result->ok())
        return {};
    std::optional<CaseRepository::FetchOutcome> fetched;
    world.repository->fetch(created.result->value->id, this,
                            [&](const CaseRepository::FetchOutcome& outcome) { fetched = outcome; });
    if (!QTest::qWaitFor([&] { return fetched.has_value(); }, 30000) || !fetched->ok())
        return {};
    return fetched->caseNumber;
}

bool TestCaseExport::addNote(World& world, const QString& caseNumber, const QString& text,
                             const QList<AttachmentRef>& attachments, const QString& visibility)
{
    NoteRequest note;
    note.text = text;
    note.visibility = visibility;
    if (!attachments.isEmpty())
        note.attachments = attachments;
    Outcome<CaseUpdateResponse> sent;
    world.client->addNote(caseNumber, note, this, sent.callback());
    return QTest::qWaitFor([&] { return sent.result.has_value(); }, 30000) && sent.result->ok();
}

void TestCaseExport::initTestCase()
{
    m_home = std::make_unique<TestHome>();
    QVERIFY(m_home->isValid());
    m_description = u"Power lost in cage AM5:01:000123. <b>Not bold</b> & <script>alert(1)</script>"_s;
    // Every 2 s each open case moves on: the case gathers a status history while the test prepares it.
    m_world = makeWorld({u"--pace"_s, u"2"_s}, u"main"_s);
    QVERIFY(m_world);
    World& world = *m_world;
    const AttachmentRef log =
        upload(world, u"router.log.txt"_s, QByteArray("14:02 link down\n14:03 link up\n").repeated(40));
    QImage image(320, 200, QImage::Format_RGB32);
    image.fill(Qt::darkCyan);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    const AttachmentRef photo = upload(world, u"PDU photo.png"_s, png);
    const AttachmentRef breaker = upload(world, u"breaker-log.txt"_s, QByteArray("breaker B7 tripped at 14:01\n"));
    QVERIFY(!log.id.isEmpty() && !photo.id.isEmpty() && !breaker.id.isEmpty());
    m_caseNumber = createCase(world, {log});
    QVERIFY(!m_caseNumber.isEmpty());
    QVERIFY(addNote(world, m_caseNumber, u"Photo of the PDU and the breaker log attached."_s, {photo, breaker},
                    u"EXTERNAL"_s));
    QVERIFY(addNote(world, m_caseNumber, u"Übergabe an das Technikteam — Київ ✓ Ελληνικά <i>not italic</i>"_s, {},
                    u"EXTERNAL"_s));
    // Read it until the history has moved on and both notes are in.
    CaseDetail detail;
    QVERIFY(QTest::qWaitFor(
        [&] {
            std::optional<CaseRepository::FetchOutcome> fetched;
            world.repository->fetch(m_caseNumber, this,
                                    [&](const CaseRepository::FetchOutcome& outcome) { fetched = outcome; });
            if (!QTest::qWaitFor([&] { return fetched.has_value(); }, 10000))
                return false;
            bool read = false;
            world.repository->caseDetail(m_caseNumber, this, [&](const CaseDetail& d) {
                detail = d;
                read = true;
            });
            if (!QTest::qWaitFor([&] { return read; }, 10000) || !detail.answer)
                return false;
            const OtherDetails other = detail.answer->otherDetails.value_or(OtherDetails());
            return other.statusHistory.value_or(QList<StatusHistoryEntry>()).size() >= 2
                   && detail.answer->notes.value_or(QList<CaseNote>()).size() >= 2;
        },
        30000));
}

void TestCaseExport::cleanupTestCase()
{
    m_world.reset();
}

QString TestCaseExport::chooseFileAndWait(World& world, const QString& path)
{
    QFileDialog* dialog = nullptr;
    if (!QTest::qWaitFor([&] {
            dialog = world.window->findChild<QFileDialog*>(u"caseExportFileDialog"_s);
            return dialog && dialog->isVisible();
        }))
        return u"no file dialog"_s;
    dialog->selectFile(path);
    static_cast<QDialog*>(dialog)->accept(); // QFileDialog::accept(), as the Save button does
    return {};
}

void TestCaseExport::pdfShowsEveryFieldHistoryNoteAndAttachment_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QStringList>("words"); // fixed texts of the document in that language
    QTest::newRow("English") << u"en"_s
                             << QStringList{u"Case "_s,          u"Description"_s,        u"Contacts"_s,
                                            u"Status history"_s, u"Notes (2)"_s,          u"Attachments (3)"_s,
                                            u"Page 1 of"_s,      u"Times are shown in"_s, u"SHA-256:"_s,
                                            u"Customer"_s};
    QTest::newRow("German") << u"de"_s
                            << QStringList{u"Vorgang "_s,    u"Beschreibung"_s, u"Kontakte"_s,    u"Statusverlauf"_s,
                                           u"Notizen (2)"_s, u"Anhänge (3)"_s,  u"Seite 1 von"_s, u"Zeiten in"_s,
                                           u"SHA-256:"_s,    u"Kunde"_s};
}

void TestCaseExport::pdfShowsEveryFieldHistoryNoteAndAttachment()
{
    QFETCH(QString, language);
    QFETCH(QStringList, words);
    // As the app does at start (Translations::install): CaseDesk's catalogue and the language's dates.
    QTranslator translator;
    const QLocale previous;
    if (language != u"en"_s) {
        QVERIFY(translator.load(u":/i18n/casedesk_%1.qm"_s.arg(language)));
        QCoreApplication::installTranslator(&translator);
        QLocale::setDefault(QLocale(language));
    }
    World& world = *m_world;
    world.exporter->setTimeDisplay(TimeDisplay()); // as the preferences make it, in the language's locale
    const auto restore = qScopeGuard([&] {
        QCoreApplication::removeTranslator(&translator);
        QLocale::setDefault(previous);
        world.exporter->setTimeDisplay(TimeDisplay());
    });

    const QString path = m_home->filePath(u"pdf-%1/case.pdf"_s.arg(language));
    QVERIFY(QDir().mkpath(QFileInfo(path).path()));
    QSignalSpy idle(world.exports.get(), &CaseExportUi::idle);
    world.exports->exportPdf({m_caseNumber});
    const QString chosen = chooseFileAndWait(world, path);
    QVERIFY2(chosen.isEmpty(), qPrintable(chosen));
    QVERIFY(idle.wait(30000));
    QVERIFY(QFileInfo::exists(path));
    QCOMPARE(QDir(QFileInfo(path).path()).entryList(QDir::Files | QDir::Hidden), QStringList{u"case.pdf"_s});

    // With CASEDESK_TEST_SHOTS set to a folder, the PDF stays there to be looked at (README's picture).
    if (const QString shots = qEnvironmentVariable("CASEDESK_TEST_SHOTS"); !shots.isEmpty())
        QFile::copy(path, QDir(shots).filePath(u"case-export-%1.pdf"_s.arg(language)));
    QString error;
    const QString text = normalized(pdfText(path, &error));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QStringList missing;
    auto expect = [&](const QString& piece) {
        if (!text.contains(normalized(piece)))
            missing << piece;
    };
    for (const QString& word : std::as_const(words))
        expect(word);
    // The case's own data, as plain text: its markup shows as written.
    CaseDetail detail;
    bool read = false;
    world.repository->caseDetail(m_caseNumber, this, [&](const CaseDetail& d) {
        detail = d;
        read = true;
    });
    QTRY_VERIFY(read);
    const Case& answer = *detail.answer;
    expect(m_caseNumber);
    expect(answer.orderId.value_or(QString()));
    expect(m_description);
    expect(answer.customerReferenceId.value_or(QString()));
    expect(u"Jana Schmidt"_s);
    expect(u"+31 20 123 4567"_s);
    expect(u"ops-amsterdam"_s);
    expect(u"AM5"_s);
    expect(u"Local sandbox"_s);
    // Every status of the history, in the language, and every note with who wrote it and its visibility.
    for (const StatusHistoryEntry& entry : answer.otherDetails->statusHistory.value_or(QList<StatusHistoryEntry>()))
        expect(CaseStatus::label(entry.status.value_or(QString())));
    for (const CaseNote& note : answer.notes.value_or(QList<CaseNote>())) {
        expect(note.text.value_or(QString()));
        expect(Vocabulary::visibility(note.visibility.value_or(u"EXTERNAL"_s)));
        if (note.type.value_or(u"CUSTOMER_NOTES"_s) != u"CUSTOMER_NOTES")
            expect(Vocabulary::noteType(*note.type));
        // The note's time as the user's time display shows it: German dates in German.
        expect(TimeDisplay().format(note.createdDateTime->dateTime(), u"AM5"_s));
    }
    for (const QString& name : m_uploaded.keys())
        expect(name);
    QVERIFY2(missing.isEmpty(), qPrintable(u"missing from the PDF: "_s + missing.join(u" | "_s) + u"\n\n"_s + text));
}

void TestCaseExport::evidencePackHoldsEveryFileWithItsHash()
{
    World& world = *m_world;
    // Nothing downloaded before: the pack downloads each attachment itself.
    QVERIFY(QDir(world.attachments->cacheRoot()).removeRecursively());
    const QString path = m_home->filePath(u"pack/evidence.zip"_s);
    QVERIFY(QDir().mkpath(QFileInfo(path).path()));
    QSignalSpy idle(world.exports.get(), &CaseExportUi::idle);
    QSignalSpy status(world.exports.get(), &CaseExportUi::statusMessage);
    world.exports->exportEvidencePacks({m_caseNumber});
    const QString chosen = chooseFileAndWait(world, path);
    QVERIFY2(chosen.isEmpty(), qPrintable(chosen));
    QVERIFY(idle.wait(60000));
    QVERIFY2(QFileInfo::exists(path), qPrintable(status.isEmpty() ? QString() : status.last().first().toString()));
    QCOMPARE(QDir(QFileInfo(path).path()).entryList(QDir::Files | QDir::Hidden), QStringList{u"evidence.zip"_s});

    const ZipContents zip = ZipContents::read(path);
    QVERIFY2(zip.error.isEmpty(), qPrintable(zip.error));
    QVERIFY(zip.entries.contains(u"manifest.json"_s));
    QJsonParseError parseError;
    const QJsonObject manifest = QJsonDocument::fromJson(zip.entries.value(u"manifest.json"_s), &parseError).object();
    QCOMPARE(parseError.error, QJsonParseError::NoError);
    QCOMPARE(manifest.value(u"caseNumber"_s).toString(), m_caseNumber);
    QCOMPARE(manifest.value(u"environment"_s).toString(), u"Local sandbox"_s);
    const QDateTime exportedAt = QDateTime::fromString(manifest.value(u"exportedAt"_s).toString(), Qt::ISODate);
    QVERIFY(exportedAt.isValid());
    QVERIFY(qAbs(exportedAt.secsTo(QDateTime::currentDateTimeUtc())) < 120);

    // Every file is listed once with its size and hash, and every file in the zip is listed.
    const QJsonArray files = manifest.value(u"files"_s).toArray();
    QSet<QString> listed;
    QStringList attachmentNames;
    QByteArray pdf;
    for (const QJsonValue& value : files) {
        const QJsonObject file = value.toObject();
        const QString name = file.value(u"path"_s).toString();
        QVERIFY2(zip.entries.contains(name), qPrintable(name));
        const QByteArray bytes = zip.entries.value(name);
        QCOMPARE(qint64(file.value(u"size"_s).toDouble()), qint64(bytes.size()));
        QCOMPARE(file.value(u"sha256"_s).toString().toLatin1(), sha256Of(bytes));
        listed.insert(name);
        const QString kind = file.value(u"kind"_s).toString();
        if (kind == u"attachment"_s) {
            const QString original = file.value(u"name"_s).toString();
            QVERIFY2(m_uploaded.contains(original), qPrintable(original));
            QCOMPARE(sha256Of(bytes), sha256Of(m_uploaded.value(original)));
            QVERIFY(name.startsWith(u"attachments/"_s));
            QVERIFY(!file.value(u"attachmentId"_s).toString().isEmpty());
            attachmentNames << original;
        } else if (kind == u"report"_s) {
            pdf = bytes;
        } else if (kind == u"answer"_s) {
            CaseDetail detail;
            bool read = false;
            world.repository->caseDetail(m_caseNumber, this, [&](const CaseDetail& d) {
                detail = d;
                read = true;
            });
            QTRY_VERIFY(read);
            QCOMPARE(bytes, detail.raw); // the last GET answer exactly as the server sent it
        }
    }
    QCOMPARE(listed.size(), files.size());
    QCOMPARE(listed + QSet<QString>{u"manifest.json"_s}, QSet<QString>(zip.entries.keyBegin(), zip.entries.keyEnd()));
    attachmentNames.sort();
    QStringList uploaded = m_uploaded.keys();
    uploaded.sort();
    QCOMPARE(attachmentNames, uploaded);

    // The PDF inside lists every attachment with its hash, now that all are downloaded.
    QVERIFY(!pdf.isEmpty());
    const QString pdfPath = m_home->filePath(u"pack/inside.pdf"_s);
    QFile out(pdfPath);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(pdf);
    out.close();
    QString error;
    const QString text = normalized(pdfText(pdfPath, &error));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    for (const QByteArray& bytes : std::as_const(m_uploaded))
        QVERIFY2(text.contains(QString::fromLatin1(sha256Of(bytes))), qPrintable(text));
}

void TestCaseExport::cancellingAPackLeavesNoFile_data()
{
    QTest::addColumn<QString>("cancelWhen"); // a step of the progress dialog's label
    QTest::addColumn<QStringList>("sandboxArguments");
    // Answers that take 300 ms: a download is surely under way when Cancel is pressed.
    QTest::newRow("while downloading") << u"Downloading"_s << QStringList{u"--fault-latency-ms"_s, u"300"_s};
    QTest::newRow("while zipping") << u"Writing the evidence pack"_s << QStringList();
}

void TestCaseExport::cancellingAPackLeavesNoFile()
{
    QFETCH(QString, cancelWhen);
    QFETCH(QStringList, sandboxArguments);
    // Three large files of noise: downloads and the zip take long enough to be cancelled in the middle.
    const QString name = u"cancel-%1"_s.arg(QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-'));
    std::unique_ptr<World> world = makeWorld(sandboxArguments, name);
    QVERIFY(world);
    QList<AttachmentRef> big;
    for (int i = 1; i <= 3; ++i) {
        QByteArray noise(8 * 1024 * 1024, Qt::Uninitialized);
        QRandomGenerator generator(i);
        generator.fillRange(reinterpret_cast<quint32*>(noise.data()), noise.size() / 4);
        big << upload(*world, u"capture-%1.txt"_s.arg(i), noise);
        QVERIFY(!big.last().id.isEmpty());
    }
    const QString caseNumber = createCase(*world, big);
    QVERIFY(!caseNumber.isEmpty());

    const QString folder = m_home->filePath(name + u"/out"_s);
    QVERIFY(QDir().mkpath(folder));
    QSignalSpy idle(world->exports.get(), &CaseExportUi::idle);
    QSignalSpy status(world->exports.get(), &CaseExportUi::statusMessage);
    world->exports->exportEvidencePacks({caseNumber});
    QString chosen = chooseFileAndWait(*world, folder + u"/evidence.zip"_s);
    QVERIFY2(chosen.isEmpty(), qPrintable(chosen));
    QProgressDialog* progress = nullptr;
    QStringList seen;
    const bool reached = QTest::qWaitFor(
        [&] {
            progress = world->exports->progressDialog();
            if (progress && (seen.isEmpty() || seen.last() != progress->labelText()))
                seen << progress->labelText();
            return progress && progress->isVisible() && progress->labelText().contains(cancelWhen);
        },
        90000);
    QVERIFY2(reached, qPrintable(seen.join(u" | "_s)));
    auto* cancel = progress->findChild<QPushButton*>();
    QVERIFY(cancel);
    QTest::mouseClick(cancel, Qt::LeftButton);
    // Cancel may end the export at once (an aborted download) or after the worker's next check.
    QTRY_VERIFY_WITH_TIMEOUT(!idle.isEmpty(), 30000);
    QVERIFY(!status.isEmpty());
    QVERIFY2(status.last().first().toString().startsWith(u"Export cancelled"_s),
             qPrintable(status.last().first().toString()));
    // Nothing at all: no zip, no temporary file beside it.
    QCOMPARE(QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), QStringList());
}

void TestCaseExport::severalCasesGoIntoOneFolder()
{
    // A selection of cases (as a list's context menu hands them over): one folder, one PDF per case, and a
    // file already there is never replaced.
    World& world = *m_world;
    const QString second = createCase(world, {});
    QVERIFY(!second.isEmpty());
    const QString folder = m_home->filePath(u"several"_s);
    QVERIFY(QDir().mkpath(folder));
    QFile existing(QDir(folder).filePath(u"case-%1.pdf"_s.arg(m_caseNumber)));
    QVERIFY(existing.open(QIODevice::WriteOnly));
    existing.write("someone else's file");
    existing.close();
    QSignalSpy idle(world.exports.get(), &CaseExportUi::idle);
    world.exports->exportPdf({m_caseNumber, second});
    const QString chosen = chooseFileAndWait(world, folder);
    QVERIFY2(chosen.isEmpty(), qPrintable(chosen));
    QTRY_VERIFY_WITH_TIMEOUT(!idle.isEmpty(), 60000);
    QStringList files = QDir(folder).entryList(QDir::Files | QDir::Hidden);
    files.sort();
    QStringList expected{u"case-%1 (2).pdf"_s.arg(m_caseNumber), u"case-%1.pdf"_s.arg(m_caseNumber),
                         u"case-%1.pdf"_s.arg(second)};
    expected.sort();
    QCOMPARE(files, expected);
    QVERIFY(existing.open(QIODevice::ReadOnly));
    QCOMPARE(existing.readAll(), QByteArray("someone else's file"));
    QString error;
    QVERIFY(normalized(pdfText(QDir(folder).filePath(u"case-%1.pdf"_s.arg(second)), &error)).contains(second));
    QVERIFY(normalized(pdfText(QDir(folder).filePath(u"case-%1 (2).pdf"_s.arg(m_caseNumber)), &error))
                .contains(m_caseNumber));
}

void TestCaseExport::printingSendsTheCaseToThePrinter()
{
    World& world = *m_world;
    // Print… asks which printer first.
    world.exports->print(m_caseNumber);
    QPrintDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = world.window->findChild<QPrintDialog*>(u"casePrintDialog"_s)) && dialog->isVisible());
    QVERIFY(dialog->windowTitle().contains(m_caseNumber));
    dialog->reject();

    // The job prints on whatever printer it is handed; a printer that writes PDF shows what it received.
    const QString path = m_home->filePath(u"printed/case.pdf"_s);
    QVERIFY(QDir().mkpath(QFileInfo(path).path()));
    auto printer = std::make_shared<QPrinter>(QPrinter::HighResolution);
    printer->setOutputFormat(QPrinter::PdfFormat);
    printer->setOutputFileName(path);
    CaseExportJob* job = world.exporter->print(m_caseNumber, printer);
    QSignalSpy finished(job, &CaseExportJob::finished);
    job->start();
    QVERIFY(finished.wait(30000));
    const auto outcome = finished.first().first().value<CaseExportJob::Outcome>();
    QCOMPARE(outcome.result, CaseExportJob::Result::Done);
    QVERIFY(outcome.pages >= 1);
    printer.reset(); // the PDF is complete once the printer is gone
    QString error;
    const QString text = normalized(pdfText(path, &error));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(text.contains(m_caseNumber));
    QVERIFY(text.contains(u"Photo of the PDU and the breaker log attached."_s));
    QVERIFY(text.contains(u"Page 1 of %1"_s.arg(outcome.pages)));
}

void TestCaseExport::aCaseNeverReadSaysWhy()
{
    World& world = *m_world;
    const QString path = m_home->filePath(u"never/case.pdf"_s);
    QVERIFY(QDir().mkpath(QFileInfo(path).path()));
    QSignalSpy status(world.exports.get(), &CaseExportUi::statusMessage);
    QSignalSpy idle(world.exports.get(), &CaseExportUi::idle);
    world.exports->exportPdf({u"99999999"_s});
    const QString chosen = chooseFileAndWait(world, path);
    QVERIFY2(chosen.isEmpty(), qPrintable(chosen));
    QVERIFY(idle.wait(30000));
    QTRY_VERIFY(world.window->findChild<QWidget*>(u"caseExportError"_s));
    QVERIFY(status.last().first().toString().contains(u"99999999"_s));
    QVERIFY(!QFileInfo::exists(path));
}

QTEST_MAIN(TestCaseExport)
#include "tst_caseexport.moc"
