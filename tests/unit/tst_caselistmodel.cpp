#include "models/items/CaseListModel.h"
#include "models/store/CaseRepository.h"
#include "tests/support/CaseSummaries.h"
#include "tests/support/FakeCaseSource.h"
#include "tests/support/StoreGenerator.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFileInfo>
#include <QFont>
#include <QLocale>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <functional>
#include <vector>

using namespace CaseDesk;

using namespace Qt::StringLiterals;
using CaseSummaries::make;

class TestCaseListModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void columnsShowTheSummary_data();
    void columnsShowTheSummary();
    void codeWithoutLabelShowsTheCode();
    void rolesCarryStatusBadgeAndChangedMark();
    void upsertAddsOrUpdatesByKey();
    void removingAKeyRemovesItsRow();
    void loadsFromTheRepositoryAndFollowsIt();
    void changesDuringALoadAreNotLost();
    void changesInQuickSuccessionAreAppliedTogetherInOrder();
    void showsTheFirstScreenBeforeTheWholeStore();

private:
    QTemporaryDir m_dir;
};

void TestCaseListModel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    QVERIFY(m_dir.isValid());
}

void TestCaseListModel::columnsShowTheSummary_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("expected");

    const CaseSummary s = make({u"11150929"_s, u"ACTION_REQUIRED"_s, u"0002-0000"_s, u"SV5"_s, 3, 1, u"PO-77"_s,
                                u"Power is out"_s, u"1-204976070710"_s});
    const QLocale locale;
    QTest::newRow("case number") << int(CaseListModel::CaseNumberColumn) << u"11150929"_s;
    QTest::newRow("order number") << int(CaseListModel::OrderNumberColumn) << u"1-204976070710"_s;
    QTest::newRow("code") << int(CaseListModel::CodeColumn) << u"0002-0000"_s;
    QTest::newRow("code label") << int(CaseListModel::CodeLabelColumn) << u"Experiencing total power outage."_s;
    QTest::newRow("status") << int(CaseListModel::StatusColumn) << u"Action required"_s;
    QTest::newRow("ibx") << int(CaseListModel::IbxColumn) << u"SV5"_s;
    QTest::newRow("created") << int(CaseListModel::CreatedColumn)
                             << locale.toString(QDateTime::fromMSecsSinceEpoch(s.createdMs), QLocale::ShortFormat);
    QTest::newRow("updated") << int(CaseListModel::UpdatedColumn)
                             << locale.toString(QDateTime::fromMSecsSinceEpoch(s.updatedMs), QLocale::ShortFormat);
    QTest::newRow("reference") << int(CaseListModel::CustomerReferenceColumn) << u"PO-77"_s;
}

void TestCaseListModel::columnsShowTheSummary()
{
    QFETCH(int, column);
    QFETCH(QString, expected);

    CaseListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setLabelProvider(&CaseSummaries::label);
    model.setSummaries({make({u"11150929"_s, u"ACTION_REQUIRED"_s, u"0002-0000"_s, u"SV5"_s, 3, 1, u"PO-77"_s,
                              u"Power is out"_s, u"1-204976070710"_s})});
    QCOMPARE(model.index(0, column).data().toString(), expected);
    QVERIFY(!model.headerData(column, Qt::Horizontal).toString().isEmpty());
}

void TestCaseListModel::codeWithoutLabelShowsTheCode()
{
    CaseListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSummaries({make({u"1"_s, u"SUBMITTED"_s, u"0200-0001"_s})});
    QCOMPARE(model.index(0, CaseListModel::CodeLabelColumn).data().toString(), u"0200-0001"_s);

    // A catalogue that learns the label later relabels the loaded rows.
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setLabelProvider([](const QString& code) { return code == u"0200-0001" ? u"Smart Hands"_s : QString(); });
    QCOMPARE(changed.size(), 1);
    QCOMPARE(model.index(0, CaseListModel::CodeLabelColumn).data().toString(), u"Smart Hands"_s);
    QVERIFY(model.searchText(0).toByteArray().contains("smart hands"));
}

void TestCaseListModel::rolesCarryStatusBadgeAndChangedMark()
{
    CaseSummary changed = make({u"2"_s, u"RESOLVED"_s});
    changed.lastSeenMs = 1;
    changed.seenStatus = u"IN_PROGRESS"_s;
    changed.seenUpdatedMs = changed.updatedMs;
    CaseListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSummaries({make({u"1"_s, u"NEW_STATUS"_s}), changed});

    const QModelIndex unknown = model.index(0, CaseListModel::StatusColumn);
    QCOMPARE(unknown.data().toString(), u"NEW_STATUS"_s); // shown as sent
    QCOMPARE(unknown.data(CaseListModel::RawStatusRole).toString(), u"NEW_STATUS"_s);
    QVERIFY(unknown.data(CaseListModel::BadgeColorRole).value<QColor>().isValid());
    QVERIFY(!unknown.data(CaseListModel::ChangedSinceSeenRole).toBool());
    QVERIFY(!unknown.data(Qt::FontRole).isValid());

    const QModelIndex resolved = model.index(1, CaseListModel::StatusColumn);
    QCOMPARE(resolved.data().toString(), u"Resolved"_s);
    QVERIFY(resolved.data(CaseListModel::BadgeColorRole).value<QColor>()
            != unknown.data(CaseListModel::BadgeColorRole).value<QColor>());
    QVERIFY(resolved.data(CaseListModel::ChangedSinceSeenRole).toBool());
    QVERIFY(resolved.data(Qt::FontRole).value<QFont>().bold());
    QCOMPARE(model.index(1, CaseListModel::CreatedColumn).data(CaseListModel::DateTimeRole).toDateTime(),
             QDateTime::fromMSecsSinceEpoch(changed.createdMs));
}

void TestCaseListModel::upsertAddsOrUpdatesByKey()
{
    CaseListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSummaries({make({u"1"_s}), make({u"2"_s})});
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    model.upsert({make({u"2"_s, u"CLOSED"_s}), make({u"3"_s}), make({u"4"_s}), make({u"3"_s, u"RESOLVED"_s})});
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(model.index(model.rowOfKey(u"2"_s), 0).data(CaseListModel::RawStatusRole).toString(), u"CLOSED"_s);
    QCOMPARE(model.index(model.rowOfKey(u"3"_s), 0).data(CaseListModel::RawStatusRole).toString(), u"RESOLVED"_s);
    QCOMPARE(model.indexOfKey(u"4"_s).data().toString(), u"4"_s);
    QVERIFY(!model.indexOfKey(u"5"_s).isValid());
}

void TestCaseListModel::removingAKeyRemovesItsRow()
{
    CaseListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSummaries({make({u"1"_s}), make({u"2"_s}), make({u"3"_s})});
    model.removeKey(u"2"_s);
    model.removeKey(u"unknown"_s);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.rowOfKey(u"3"_s), 1);
    QCOMPARE(model.rowOfKey(u"2"_s), -1);
}

void TestCaseListModel::loadsFromTheRepositoryAndFollowsIt()
{
    FakeCaseSource source;
    source.autoAnswer = true;
    CaseRepository repository(&source);
    QSignalSpy opened(&repository, &CaseRepository::opened);
    repository.open(m_dir.filePath(u"follow/casedesk.sqlite"_s));
    QVERIFY(opened.wait());
    QStringList ids;
    for (int i = 0; i < 30; ++i) {
        const QString id = QString::number(20'000'000 + i);
        ids.append(id);
        source.answers.insert(id, CaseAnswers::answer(id, u"IN_PROGRESS"_s, u"2023-09-14T08:00:00Z"_s));
    }
    QSignalSpy idle(&repository, &CaseRepository::refreshIdle);
    repository.refresh(ids);
    QVERIFY(idle.wait());

    CaseListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loaded(&model, &CaseListModel::loaded);
    model.setRepository(&repository);
    QVERIFY(model.isLoading());
    QVERIFY(loaded.wait());
    QVERIFY(!model.isLoading());
    QCOMPARE(model.rowCount(), 30);

    // Then it follows the repository: a change, a new case, a partial row replaced by its case.
    source.answers.insert(ids.at(0), CaseAnswers::answer(ids.at(0), u"CLOSED"_s, u"2023-09-15T08:00:00Z"_s));
    OrderHeader hit;
    hit.orderNumber = u"1-300000000001"_s;
    source.searchPage.content = QList<OrderHeader>{hit};
    repository.refresh({ids.at(0)});
    repository.search(OrderHistoryQuery{});
    QTRY_COMPARE(model.rowCount(), 31);
    QTRY_COMPARE(model.indexOfKey(ids.at(0)).data(CaseListModel::RawStatusRole).toString(), u"CLOSED"_s);
    QVERIFY(model.indexOfKey(u"1-300000000001"_s).data(CaseListModel::PartialRole).toBool());

    source.answers.insert(u"1-300000000001"_s,
                          CaseAnswers::answer(u"30000001"_s, u"SUBMITTED"_s, u"2023-09-15T08:00:00Z"_s,
                                              QJsonObject{{u"orderId"_s, u"1-300000000001"_s}}));
    repository.fetch(u"1-300000000001"_s);
    QTRY_VERIFY(model.indexOfKey(u"30000001"_s).isValid());
    QCOMPARE(model.rowCount(), 31);
    QVERIFY(!model.indexOfKey(u"1-300000000001"_s).isValid());
}

void TestCaseListModel::changesDuringALoadAreNotLost()
{
    FakeCaseSource source;
    CaseRepository repository(&source);
    QSignalSpy opened(&repository, &CaseRepository::opened);
    repository.open(m_dir.filePath(u"race/casedesk.sqlite"_s));
    QVERIFY(opened.wait());

    CaseListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loaded(&model, &CaseListModel::loaded);
    model.setRepository(&repository);
    // Arrives while the (empty) store is being read: must still be in the list afterwards.
    emit repository.casesAdded({make({u"40000001"_s})});
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(loaded.wait());
    QCOMPARE(model.rowCount(), 1);
    QVERIFY(model.indexOfKey(u"40000001"_s).isValid());
}

void TestCaseListModel::changesInQuickSuccessionAreAppliedTogetherInOrder()
{
    FakeCaseSource source;
    CaseRepository repository(&source);
    QSignalSpy opened(&repository, &CaseRepository::opened);
    repository.open(m_dir.filePath(u"batch/casedesk.sqlite"_s));
    QVERIFY(opened.wait());
    CaseListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loaded(&model, &CaseListModel::loaded);
    model.setRepository(&repository);
    QVERIFY(loaded.wait());

    // The first change after a quiet moment shows at once.
    emit repository.casesAdded({make({u"50000001"_s, u"SUBMITTED"_s})});
    QCOMPARE(model.rowCount(), 1);
    // Those right behind it wait for the rest of the batch, then all show, in the order they came.
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy groupStarts(&model, &CaseListModel::changesAboutToBeApplied);
    QSignalSpy groupEnds(&model, &CaseListModel::changesApplied);
    emit repository.caseChanged(make({u"50000001"_s, u"IN_PROGRESS"_s}));
    emit repository.casesAdded({make({u"50000002"_s})});
    emit repository.caseRemoved(u"50000001"_s);
    emit repository.casesAdded({make({u"50000001"_s, u"CLOSED"_s})});
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.indexOfKey(u"50000001"_s).data(CaseListModel::RawStatusRole).toString(), u"SUBMITTED"_s);
    QTRY_COMPARE(model.rowCount(), 2);
    QCOMPARE(inserted.size(), 2);
    // Applied as one group, so a sorted view puts the rows that moved in place once (CaseSortFilterModel).
    QCOMPARE(groupStarts.size(), 1);
    QCOMPARE(groupEnds.size(), 1);
    QCOMPARE(model.indexOfKey(u"50000001"_s).data(CaseListModel::RawStatusRole).toString(), u"CLOSED"_s);
    QVERIFY(model.indexOfKey(u"50000002"_s).isValid());
}

void TestCaseListModel::showsTheFirstScreenBeforeTheWholeStore()
{
    const QString path = m_dir.filePath(u"firstscreen/casedesk.sqlite"_s);
    QVERIFY(QDir().mkpath(QFileInfo(path).path()));
    QString error;
    QVERIFY2(StoreGenerator().write(path, 2000, &error), qPrintable(error));
    FakeCaseSource source;
    CaseRepository repository(&source);
    CaseListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setFirstScreen(CaseSummary::IndexedOrder::UpdatedNewest, 5);
    // What each reset shows: how many rows, whether the load is still running, which cases.
    QList<int> rowCounts;
    QList<bool> stillLoading;
    QStringList firstKeys;
    connect(&model, &QAbstractItemModel::modelReset, this, [&] {
        rowCounts.append(model.rowCount());
        stillLoading.append(model.isLoading());
        if (firstKeys.isEmpty()) {
            for (int row = 0; row < model.rowCount(); ++row)
                firstKeys.append(model.caseRow(row).summary.caseNumber);
        }
    });
    QSignalSpy loaded(&model, &CaseListModel::loaded);
    model.setRepository(&repository);
    repository.open(path);
    QVERIFY(loaded.wait(30000));
    QCOMPARE(rowCounts, (QList<int>{5, 2000}));
    QCOMPARE(stillLoading, (QList<bool>{true, true}));
    QVERIFY(!model.isLoading());

    // The first screen was the five cases updated last, newest first.
    std::vector<std::pair<qint64, QString>> all;
    for (int row = 0; row < model.rowCount(); ++row)
        all.emplace_back(model.caseRow(row).summary.updatedMs, model.caseRow(row).summary.caseNumber);
    std::sort(all.begin(), all.end(), std::greater<>());
    QStringList newest;
    for (int i = 0; i < 5; ++i)
        newest.append(all[size_t(i)].second);
    QCOMPARE(firstKeys, newest);
}

QTEST_GUILESS_MAIN(TestCaseListModel)
#include "tst_caselistmodel.moc"
