// Replays every committed fuzz input (tests/fuzz/corpus/<target>/*) through its target, so whatever a fuzzer
// once found (a crash, a hang, a sanitizer report, a broken round trip) stays fixed: in ./dev test, and with
// AddressSanitizer and UBSan in ./dev sanitize. New inputs come from ./dev fuzz (README: "Fuzzing and sanitizers").
#include "tests/fuzz/FuzzTargets.h"

#include <QDir>
#include <QFile>
#include <QSet>
#include <QTest>

#if defined(__SANITIZE_ADDRESS__)
#define CASEDESK_HAS_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define CASEDESK_HAS_ASAN 1
#endif
#endif
#ifdef CASEDESK_HAS_ASAN
#include <sanitizer/common_interface_defs.h>
#endif

#include <cstdio>

using namespace CaseDesk;
using namespace Qt::StringLiterals;

namespace
{
const Fuzz::Target kTargets[] = {
    {"answer_case", &Fuzz::answerCase},
    {"answer_create_case", &Fuzz::answerCreateCase},
    {"answer_case_update", &Fuzz::answerCaseUpdate},
    {"answer_access_token", &Fuzz::answerAccessToken},
    {"answer_attachment_info", &Fuzz::answerAttachmentInfo},
    {"answer_order_history", &Fuzz::answerOrderHistory},
    {"server_error_body", &Fuzz::serverErrorBody},
    {"api_document_json", &Fuzz::apiDocumentJson},
    {"api_document_yaml", &Fuzz::apiDocumentYaml},
    {"stored_draft", &Fuzz::storedDraft},
    {"stored_outbox_item", &Fuzz::storedOutboxItem},
    {"timestamp", &Fuzz::timestamp},
    {"details_schema", &Fuzz::detailsSchema},
};

const QString kCorpusDir = QStringLiteral(CASEDESK_SOURCE_DIR "/tests/fuzz/corpus");

// The input being replayed, named when a sanitizer stops the process (QtTest's own crash report names the row
// for plain crashes and aborts, but a sanitizer exits before it can).
QByteArray g_current;

#ifdef CASEDESK_HAS_ASAN
void nameCurrentInput()
{
    std::fprintf(stderr, "tst_fuzzcorpora: the report above is for %s\n", g_current.constData());
}
#endif
} // namespace

class TestFuzzCorpora : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyTargetHasACorpusAndEveryCorpusATarget();
    void replay_data();
    void replay();
};

void TestFuzzCorpora::initTestCase()
{
#ifdef CASEDESK_HAS_ASAN
    __sanitizer_set_death_callback(&nameCurrentInput);
#endif
}

void TestFuzzCorpora::everyTargetHasACorpusAndEveryCorpusATarget()
{
    QSet<QString> names;
    for (const Fuzz::Target& target : kTargets) {
        names.insert(QString::fromLatin1(target.name));
        const QDir corpus(kCorpusDir + u'/' + QString::fromLatin1(target.name));
        QVERIFY2(!corpus.entryList(QDir::Files).isEmpty(), target.name);
    }
    const QStringList folders = QDir(kCorpusDir).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString& folder : folders)
        QVERIFY2(names.contains(folder), qPrintable(u"corpus/%1 has no target in kTargets"_s.arg(folder)));
}

void TestFuzzCorpora::replay_data()
{
    QTest::addColumn<int>("target");
    QTest::addColumn<QString>("path");
    for (int i = 0; i < int(std::size(kTargets)); ++i) {
        const QDir corpus(kCorpusDir + u'/' + QString::fromLatin1(kTargets[i].name));
        const QStringList files = corpus.entryList(QDir::Files, QDir::Name);
        for (const QString& file : files) {
            const QString tag = QString::fromLatin1(kTargets[i].name) + u'/' + file;
            QTest::newRow(qPrintable(tag)) << i << corpus.filePath(file);
        }
    }
}

void TestFuzzCorpora::replay()
{
    QFETCH(int, target);
    QFETCH(QString, path);
    QFile file(path);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.errorString()));
    const QByteArray input = file.readAll();
    g_current = QFile::encodeName(path);
    const int result = kTargets[target].run(reinterpret_cast<const uint8_t*>(input.constData()), size_t(input.size()));
    g_current.clear();
    QCOMPARE(result, 0);
}

QTEST_GUILESS_MAIN(TestFuzzCorpora)
#include "tst_fuzzcorpora.moc"
