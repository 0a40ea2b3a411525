// A first start lists the order history of the last year; a later start, with cases in the store, asks nothing.
#include "models/store/CaseRepository.h"
#include "models/store/FirstRunImport.h"
#include "tests/support/FakeCaseSource.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace CaseDesk;
using namespace Qt::StringLiterals;

namespace
{
// Page `number` of `total`, with `count` orders numbered from `first`.
OrderHistoryPage page(qint64 number, qint64 total, int first, int count)
{
    OrderHistoryPage result;
    QList<OrderHeader> orders;
    for (int i = first; i < first + count; ++i) {
        OrderHeader order;
        order.orderNumber = u"1-%1"_s.arg(100000000000LL + i);
        orders.append(order);
    }
    result.content = orders;
    OrderHistoryPage::PageInfo info;
    info.number = number;
    info.size = FirstRunImport::kPageSize;
    info.totalPages = total;
    result.page = info;
    return result;
}
} // namespace

class TestFirstRunImport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void anEmptyStoreListsEveryPageOfTheLastYear();
    void aStoreWithCasesAsksNothing();
    void aPageThatFailsSaysWhyAndKeepsWhatCameBefore();
    void anEndlessHistoryStopsAtTheLastPageAllowed();

private:
    QList<CaseSummary> summaries();

    QTemporaryDir m_dir;
    std::unique_ptr<FakeCaseSource> m_source;
    std::unique_ptr<CaseRepository> m_repository;
};

void TestFirstRunImport::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestFirstRunImport::init()
{
    m_source = std::make_unique<FakeCaseSource>();
    m_repository = std::make_unique<CaseRepository>(m_source.get());
    QSignalSpy opened(m_repository.get(), &CaseRepository::opened);
    m_repository->open(m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + u"/casedesk.sqlite"_s));
    QVERIFY(opened.wait());
    QVERIFY(opened.constFirst().at(0).toBool());
}

void TestFirstRunImport::cleanup()
{
    m_repository.reset();
    m_source.reset();
}

QList<CaseSummary> TestFirstRunImport::summaries()
{
    std::optional<QList<CaseSummary>> loaded;
    m_repository->loadSummaries(this, [&](const QList<CaseSummary>& rows) { loaded = rows; });
    if (!QTest::qWaitFor([&] { return loaded.has_value(); }))
        qFatal("summaries never came");
    return *loaded;
}

void TestFirstRunImport::anEmptyStoreListsEveryPageOfTheLastYear()
{
    m_source->searchPages.insert(0, page(0, 2, 0, 3));
    m_source->searchPages.insert(1, page(1, 2, 3, 2));
    FirstRunImport import(m_repository.get());
    QSignalSpy finished(&import, &FirstRunImport::finished);
    QSignalSpy failed(&import, &FirstRunImport::failed);
    import.startIfEmpty();
    QVERIFY(finished.wait());
    QCOMPARE(finished.constFirst().at(0).toInt(), 5);
    QVERIFY(failed.isEmpty());

    QCOMPARE(m_source->searches.size(), 2);
    for (int i = 0; i < 2; ++i) {
        const OrderHistoryQuery& query = m_source->searches.at(i);
        QCOMPARE(query.filters->dateRange, std::optional<QString>(u"PAST_YEAR"_s));
        QCOMPARE(query.page->number, std::optional<qint64>(i));
        QCOMPARE(query.page->size, std::optional<qint64>(FirstRunImport::kPageSize));
    }
    QCOMPARE(summaries().size(), 5);
}

void TestFirstRunImport::aStoreWithCasesAsksNothing()
{
    m_source->searchPages.insert(0, page(0, 1, 0, 1));
    {
        FirstRunImport first(m_repository.get());
        QSignalSpy finished(&first, &FirstRunImport::finished);
        first.startIfEmpty();
        QVERIFY(finished.wait());
    }
    QCOMPARE(m_source->searches.size(), 1);

    FirstRunImport later(m_repository.get());
    QSignalSpy finished(&later, &FirstRunImport::finished);
    later.startIfEmpty();
    QVERIFY(finished.wait());
    QCOMPARE(finished.constFirst().at(0).toInt(), 0);
    QCOMPARE(m_source->searches.size(), 1);
}

void TestFirstRunImport::aPageThatFailsSaysWhyAndKeepsWhatCameBefore()
{
    m_source->searchPages.insert(0, page(0, 3, 0, 2));
    FirstRunImport import(m_repository.get());
    QSignalSpy failed(&import, &FirstRunImport::failed);
    QSignalSpy finished(&import, &FirstRunImport::finished);
    // Page 0 answers; the failure is set once it has been asked, so page 1 fails.
    connect(m_repository.get(), &CaseRepository::casesAdded, this,
            [this] { m_source->searchError = ApiError::make(ApiError::Kind::Offline); });
    import.startIfEmpty();
    QVERIFY(failed.wait());
    QVERIFY(failed.constFirst().at(0).toString().startsWith(u"The order history could not be read: "_s));
    QVERIFY(finished.isEmpty());
    QCOMPARE(m_source->searches.size(), 2);
    QCOMPARE(summaries().size(), 2);
}

void TestFirstRunImport::anEndlessHistoryStopsAtTheLastPageAllowed()
{
    // Every page claims another follows (a hostile or broken server).
    m_source->searchPage = page(0, 1'000'000, 0, 1);
    for (int i = 0; i < FirstRunImport::kMaxPages + 5; ++i)
        m_source->searchPages.insert(i, page(i, 1'000'000, i, 1));
    FirstRunImport import(m_repository.get());
    QSignalSpy finished(&import, &FirstRunImport::finished);
    import.startIfEmpty();
    QVERIFY(finished.wait(20000));
    QCOMPARE(m_source->searches.size(), FirstRunImport::kMaxPages);
    QCOMPARE(finished.constFirst().at(0).toInt(), FirstRunImport::kMaxPages);
}

QTEST_GUILESS_MAIN(TestFirstRunImport)
#include "tst_firstrunimport.moc"
