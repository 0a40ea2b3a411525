#include "models/items/CaseListModel.h"
#include "models/items/CaseSortFilterModel.h"
#include "tests/support/CaseSummaries.h"

#include <QAbstractItemModelTester>
#include <QCollator>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using namespace CaseDesk;

using namespace Qt::StringLiterals;
using CaseSummaries::make;

namespace
{
// Distinct on purpose: mixed case, numbers inside text, empty values, equal values that need the tie-break.
QList<CaseSummary> fixture()
{
    return {
        make({u"10000005"_s, u"IN_PROGRESS"_s, u"0305-0301"_s, u"DA11"_s, 5, 2, u"po-10"_s, u"Rack power feed A"_s,
              u"1-100000000005"_s}),
        make({u"10000001"_s, u"ACTION_REQUIRED"_s, u"0002-0000"_s, u"DA3"_s, 9, 1, u"PO-9"_s, u"Total outage"_s,
              u"1-100000000001"_s}),
        make({u"10000003"_s, u"CLOSED"_s, u"0005-0001"_s, u"am1"_s, 40, 20, u"ab"_s, u"Door stuck"_s, {}}),
        make({u"10000002"_s,
              u"SUBMITTED"_s,
              u"0200-0001"_s,
              u"SV5"_s,
              2,
              2,
              {},
              u"Smart hands: reseat cable"_s,
              u"1-100000000002"_s}),
        make({u"10000004"_s, u"RESOLVED"_s, u"0305-0301"_s, u"DA3"_s, 15, 7, u"Zulu"_s, u"Power cycle server"_s,
              u"1-100000000004"_s}),
        make({u"10000006"_s, u"CLOSED"_s, u"0200-0001"_s, u"FR2"_s, 60, 45, u"PO-100"_s, {}, {}}),
    };
}

QStringList keys(const QAbstractItemModel& model)
{
    QStringList result;
    for (int r = 0; r < model.rowCount(); ++r)
        result.append(model.index(r, 0).data(CaseListModel::KeyRole).toString());
    return result;
}

QStringList freshKeys(CaseListModel* cases, const CaseFilter& filter, int column, Qt::SortOrder order)
{
    CaseSortFilterModel fresh;
    fresh.setSourceModel(cases);
    fresh.setFilter(filter);
    fresh.sort(column, order);
    return keys(fresh);
}

// What a person expects: text by the user's language (numbers in text by value), times by time.
QStringList expectedOrder(const QList<CaseSummary>& rows, int column, Qt::SortOrder order)
{
    CaseListModel plain;
    plain.setLabelProvider(&CaseSummaries::label);
    plain.setSummaries(rows);
    QCollator collator;
    collator.setNumericMode(true);
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    QList<int> indexes;
    for (int r = 0; r < plain.rowCount(); ++r)
        indexes.append(r);
    std::sort(indexes.begin(), indexes.end(), [&](int a, int b) {
        const QModelIndex left = plain.index(a, column);
        const QModelIndex right = plain.index(b, column);
        int c = 0;
        if (column == CaseListModel::CreatedColumn || column == CaseListModel::UpdatedColumn) {
            const QDateTime l = left.data(CaseListModel::DateTimeRole).toDateTime();
            const QDateTime r = right.data(CaseListModel::DateTimeRole).toDateTime();
            c = l < r ? -1 : (r < l ? 1 : 0);
        } else
            c = collator.compare(left.data().toString(), right.data().toString());
        if (c == 0)
            c = plain.index(a, 0).data().toString().compare(plain.index(b, 0).data().toString());
        return order == Qt::AscendingOrder ? c < 0 : c > 0;
    });
    QStringList result;
    for (int r : indexes)
        result.append(plain.index(r, 0).data().toString());
    return result;
}
} // namespace

class TestCaseSortFilterModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void sortsByEveryColumn_data();
    void sortsByEveryColumn();
    void quickFilterSearchesTheListedFields_data();
    void quickFilterSearchesTheListedFields();
    void typingAndDeletingMatchAFreshFilter();
    void filtersByStatusFamilyAndDates_data();
    void filtersByStatusFamilyAndDates();
    void statusCountsIgnoreOnlyTheStatusFilter();
    void selectionStaysOnTheSameCases();
    void sourceChangesMoveInsertAndRemoveRows();
    void bulkChangesKeepTheOrder();
    void severalChangesAtOnceMoveRowsInOneLayoutChange();
    void sortingByReferenceFollowsTheLanguageHoweverRowsCame();
    void tableViewFollowsFilterChanges();

private:
    std::unique_ptr<CaseListModel> m_cases;
    std::unique_ptr<CaseSortFilterModel> m_view;
    std::unique_ptr<QAbstractItemModelTester> m_sourceTester;
    std::unique_ptr<QAbstractItemModelTester> m_viewTester;
};

void TestCaseSortFilterModel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
}

void TestCaseSortFilterModel::init()
{
    m_cases = std::make_unique<CaseListModel>();
    m_cases->setLabelProvider(&CaseSummaries::label);
    m_cases->setSummaries(fixture());
    m_view = std::make_unique<CaseSortFilterModel>();
    m_view->setSourceModel(m_cases.get());
    using Mode = QAbstractItemModelTester::FailureReportingMode;
    m_sourceTester = std::make_unique<QAbstractItemModelTester>(m_cases.get(), Mode::QtTest);
    m_viewTester = std::make_unique<QAbstractItemModelTester>(m_view.get(), Mode::QtTest);
}

void TestCaseSortFilterModel::cleanup()
{
    m_viewTester.reset();
    m_sourceTester.reset();
    m_view.reset();
    m_cases.reset();
}

void TestCaseSortFilterModel::sortsByEveryColumn_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<Qt::SortOrder>("order");
    for (int column = 0; column < CaseListModel::ColumnCount; ++column) {
        const QByteArray name =
            CaseListModel::staticMetaObject.enumerator(CaseListModel::staticMetaObject.indexOfEnumerator("Column"))
                .valueToKey(column);
        QTest::newRow(QByteArray(name + " ascending").constData()) << column << Qt::AscendingOrder;
        QTest::newRow(QByteArray(name + " descending").constData()) << column << Qt::DescendingOrder;
    }
}

void TestCaseSortFilterModel::sortsByEveryColumn()
{
    QFETCH(int, column);
    QFETCH(Qt::SortOrder, order);
    m_view->sort(column, order);
    QCOMPARE(m_view->sortColumn(), column);
    QCOMPARE(keys(*m_view), expectedOrder(fixture(), column, order));
}

void TestCaseSortFilterModel::quickFilterSearchesTheListedFields_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("case number") << u"10000003"_s << QStringList{u"10000003"_s};
    QTest::newRow("order number, part") << u"1-1000000000"_s
                                        << QStringList{u"10000001"_s, u"10000002"_s, u"10000004"_s, u"10000005"_s};
    QTest::newRow("reference, any case") << u"PO-1"_s << QStringList{u"10000005"_s, u"10000006"_s};
    QTest::newRow("description or label") << u"power"_s << QStringList{u"10000001"_s, u"10000004"_s, u"10000005"_s};
    QTest::newRow("description") << u"seat cab"_s << QStringList{u"10000002"_s};
    QTest::newRow("code label") << u"Cage door"_s << QStringList{u"10000003"_s};
    QTest::newRow("every word must occur") << u"power rack"_s << QStringList{u"10000005"_s};
    QTest::newRow("words in different fields") << u"po-9 outage"_s << QStringList{u"10000001"_s};
    QTest::newRow("not across two fields") << u"ab\ndoor"_s << QStringList{u"10000003"_s};
    QTest::newRow("IBX is not searched") << u"FR2"_s << QStringList{};
    QTest::newRow("nothing") << u"no such thing"_s << QStringList{};
    QTest::newRow("blank") << u"   "_s << QStringList{u"10000001"_s, u"10000002"_s, u"10000003"_s,
                                                      u"10000004"_s, u"10000005"_s, u"10000006"_s};
}

void TestCaseSortFilterModel::quickFilterSearchesTheListedFields()
{
    QFETCH(QString, query);
    QFETCH(QStringList, expected);
    m_view->sort(CaseListModel::CaseNumberColumn);
    m_view->setFilterText(query);
    QCOMPARE(keys(*m_view), expected);
}

void TestCaseSortFilterModel::typingAndDeletingMatchAFreshFilter()
{
    m_view->sort(CaseListModel::UpdatedColumn, Qt::DescendingOrder);
    const QString query = u"Power cy"_s;
    CaseFilter filter;
    for (qsizetype n = 1; n <= query.size(); ++n) {
        filter.text = query.left(n);
        m_view->setFilterText(filter.text);
        QCOMPARE(keys(*m_view), freshKeys(m_cases.get(), filter, CaseListModel::UpdatedColumn, Qt::DescendingOrder));
    }
    QCOMPARE(keys(*m_view), QStringList{u"10000004"_s});
    for (qsizetype n = query.size() - 1; n >= 0; --n) {
        filter.text = query.left(n);
        m_view->setFilterText(filter.text);
        QCOMPARE(keys(*m_view), freshKeys(m_cases.get(), filter, CaseListModel::UpdatedColumn, Qt::DescendingOrder));
    }
    QCOMPARE(m_view->rowCount(), 6);
}

void TestCaseSortFilterModel::filtersByStatusFamilyAndDates_data()
{
    QTest::addColumn<CaseFilter>("filter");
    QTest::addColumn<QStringList>("expected");

    CaseFilter statuses;
    statuses.statuses = {u"CLOSED"_s, u"SUBMITTED"_s};
    QTest::newRow("statuses") << statuses << QStringList{u"10000002"_s, u"10000003"_s, u"10000006"_s};
    CaseFilter family;
    family.families = {u"0305"_s, u"0005"_s};
    QTest::newRow("code families") << family << QStringList{u"10000003"_s, u"10000004"_s, u"10000005"_s};
    CaseFilter created;
    created.createdFrom = QDate::currentDate().addDays(-10);
    created.createdTo = QDate::currentDate().addDays(-3);
    QTest::newRow("created between") << created << QStringList{u"10000001"_s, u"10000005"_s};
    CaseFilter recent;
    recent.statuses = {u"CLOSED"_s};
    recent.updatedWithinDays = 30;
    QTest::newRow("closed in the last 30 days") << recent << QStringList{u"10000003"_s};
    CaseFilter inverted;
    inverted.createdFrom = QDate::currentDate();
    inverted.createdTo = QDate::currentDate().addDays(-30);
    QTest::newRow("range ending before it starts") << inverted << QStringList{};
    CaseFilter everything;
    everything.families = {u"0305"_s};
    everything.statuses = {u"IN_PROGRESS"_s};
    everything.text = u"rack"_s;
    QTest::newRow("all together") << everything << QStringList{u"10000005"_s};
}

void TestCaseSortFilterModel::filtersByStatusFamilyAndDates()
{
    QFETCH(CaseFilter, filter);
    QFETCH(QStringList, expected);
    m_view->sort(CaseListModel::CaseNumberColumn);
    m_view->setFilter(filter);
    QCOMPARE(m_view->filter(), filter);
    QCOMPARE(keys(*m_view), expected);
}

void TestCaseSortFilterModel::statusCountsIgnoreOnlyTheStatusFilter()
{
    QSignalSpy counted(m_view.get(), &CaseSortFilterModel::statusCountsChanged);
    QTRY_COMPARE(m_view->statusCounts().value(u"CLOSED"_s), 2);
    CaseFilter filter;
    filter.statuses = {u"SUBMITTED"_s};
    filter.families = {u"0200"_s, u"0305"_s};
    m_view->setFilter(filter);
    QCOMPARE(m_view->rowCount(), 1);
    QVERIFY(counted.wait());
    const QHash<QString, int> counts = m_view->statusCounts();
    QCOMPARE(counts.value(u"SUBMITTED"_s), 1);
    QCOMPARE(counts.value(u"CLOSED"_s), 1); // filtered out by status only, still counted
    QCOMPARE(counts.value(u"IN_PROGRESS"_s), 1);
    QCOMPARE(counts.value(u"ACTION_REQUIRED"_s), 0); // family 0002 is filtered out
}

void TestCaseSortFilterModel::selectionStaysOnTheSameCases()
{
    m_view->sort(CaseListModel::CaseNumberColumn);
    QItemSelectionModel selection(m_view.get());
    const QModelIndex four = m_view->index(3, 0);
    QCOMPARE(four.data().toString(), u"10000004"_s);
    selection.select(four, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    selection.setCurrentIndex(four, QItemSelectionModel::NoUpdate);

    m_view->sort(CaseListModel::UpdatedColumn, Qt::DescendingOrder);
    QCOMPARE(selection.currentIndex().data().toString(), u"10000004"_s);
    m_view->setFilterText(u"power"_s);
    QCOMPARE(m_view->rowCount(), 3);
    QCOMPARE(selection.selectedRows().size(), 1);
    QCOMPARE(selection.selectedRows().constFirst().data().toString(), u"10000004"_s);
    m_view->setFilterText(u"door"_s);
    QVERIFY(selection.selectedRows().isEmpty());
}

void TestCaseSortFilterModel::sourceChangesMoveInsertAndRemoveRows()
{
    m_view->sort(CaseListModel::UpdatedColumn, Qt::DescendingOrder);
    CaseFilter filter;
    filter.statuses = {u"IN_PROGRESS"_s, u"SUBMITTED"_s, u"ACTION_REQUIRED"_s, u"RESOLVED"_s};
    m_view->setFilter(filter);
    auto check = [&] {
        QCOMPARE(keys(*m_view), freshKeys(m_cases.get(), filter, CaseListModel::UpdatedColumn, Qt::DescendingOrder));
    };
    QSignalSpy moved(m_view.get(), &QAbstractItemModel::rowsMoved);
    QSignalSpy removed(m_view.get(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(m_view.get(), &QAbstractItemModel::rowsInserted);

    // Updated just now: moves to the top.
    m_cases->upsert({make({u"10000004"_s, u"RESOLVED"_s, u"0305-0301"_s, u"DA3"_s, 15, 0, u"Zulu"_s})});
    check();
    QCOMPARE(moved.size(), 1);
    QCOMPARE(keys(*m_view).constFirst(), u"10000004"_s);
    // Closed: leaves the view.
    m_cases->upsert({make({u"10000001"_s, u"CLOSED"_s})});
    check();
    QCOMPARE(removed.size(), 1);
    // Reopened, and a new case: both come in where they belong.
    m_cases->upsert({make({u"10000006"_s, u"IN_PROGRESS"_s, u"0200-0001"_s, u"FR2"_s, 60, 3}),
                     make({u"10000007"_s, u"SUBMITTED"_s, u"0200-0001"_s, u"FR2"_s, 1, 5})});
    check();
    QCOMPARE(inserted.size(), 2);
    // Unchanged position: only dataChanged.
    m_cases->upsert({make({u"10000007"_s, u"SUBMITTED"_s, u"0200-0002"_s, u"FR2"_s, 1, 5})});
    check();
    QCOMPARE(moved.size(), 1);
    m_cases->removeKey(u"10000005"_s);
    m_cases->removeKey(u"10000003"_s); // filtered out: nothing to remove from the view
    check();
    QCOMPARE(removed.size(), 2);
}

void TestCaseSortFilterModel::bulkChangesKeepTheOrder()
{
    m_view->sort(CaseListModel::CustomerReferenceColumn, Qt::AscendingOrder);
    m_view->setFilterText(u"bulk"_s);
    QList<CaseSummary> rows;
    for (int i = 0; i < 150; ++i)
        rows.append(
            make({QString::number(30'000'000 + i), i % 3 ? u"SUBMITTED"_s : u"CLOSED"_s, u"0305-0301"_s, u"AM1"_s,
                  i % 40, i % 9, u"REF-"_s + QString::number(i % 17), i % 2 ? u"bulk import"_s : u"other"_s}));
    m_cases->upsert(rows);
    QCOMPARE(keys(*m_view),
             freshKeys(m_cases.get(), m_view->filter(), CaseListModel::CustomerReferenceColumn, Qt::AscendingOrder));
    QCOMPARE(m_view->rowCount(), 75);
    for (CaseSummary& row : rows)
        row.description = u"bulk"_s;
    m_cases->setSummaries(fixture() + rows);
    QCOMPARE(m_view->rowCount(), 150);
    QCOMPARE(keys(*m_view),
             freshKeys(m_cases.get(), m_view->filter(), CaseListModel::CustomerReferenceColumn, Qt::AscendingOrder));
}

void TestCaseSortFilterModel::severalChangesAtOnceMoveRowsInOneLayoutChange()
{
    // A refresh brings many changed cases at once: the rows that moved are put in place in one layout change
    // (one pass of the views over every row), not one row move each, and the selection stays on its case.
    m_view->sort(CaseListModel::UpdatedColumn, Qt::DescendingOrder);
    CaseFilter filter;
    filter.statuses = {u"IN_PROGRESS"_s, u"SUBMITTED"_s, u"ACTION_REQUIRED"_s, u"RESOLVED"_s};
    m_view->setFilter(filter);
    QItemSelectionModel selection(m_view.get());
    const QModelIndex four = m_view->index(int(keys(*m_view).indexOf(u"10000004"_s)), 0);
    QCOMPARE(four.data(CaseListModel::KeyRole).toString(), u"10000004"_s);
    QVERIFY(four.row() > 0);
    selection.select(four, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    selection.setCurrentIndex(four, QItemSelectionModel::NoUpdate);
    QSignalSpy moved(m_view.get(), &QAbstractItemModel::rowsMoved);
    QSignalSpy layoutChanged(m_view.get(), &QAbstractItemModel::layoutChanged);
    QSignalSpy inserted(m_view.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(m_view.get(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(m_view.get(), &QAbstractItemModel::dataChanged);

    m_cases->upsert({
        make({u"10000004"_s, u"RESOLVED"_s, u"0305-0301"_s, u"DA3"_s, 15, 0, u"Zulu"_s}),      // to the top
        make({u"10000005"_s, u"IN_PROGRESS"_s, u"0305-0301"_s, u"DA11"_s, 5, 30, u"po-10"_s}), // to the end
        make({u"10000001"_s, u"CLOSED"_s}),                                                    // leaves
        make({u"10000006"_s, u"IN_PROGRESS"_s, u"0200-0001"_s, u"FR2"_s, 60, 3}),              // comes back
        make({u"10000008"_s, u"SUBMITTED"_s, u"0200-0001"_s, u"FR2"_s, 1, 4}),                 // new
    });

    QCOMPARE(keys(*m_view), freshKeys(m_cases.get(), filter, CaseListModel::UpdatedColumn, Qt::DescendingOrder));
    QCOMPARE(keys(*m_view).constFirst(), u"10000004"_s);
    QCOMPARE(keys(*m_view).constLast(), u"10000005"_s);
    QCOMPARE(moved.size(), 0);
    QCOMPARE(layoutChanged.size(), 1);
    QCOMPARE(removed.size(), 1);
    QCOMPARE(inserted.size(), 2); // the case back and the new one
    QCOMPARE(selection.currentIndex().data(CaseListModel::KeyRole).toString(), u"10000004"_s);
    QCOMPARE(selection.selectedRows().size(), 1);
    QCOMPARE(selection.selectedRows().constFirst().data(CaseListModel::KeyRole).toString(), u"10000004"_s);
    // The moved rows' new places are announced as changed, so what shows them repaints.
    QVERIFY(!changed.isEmpty());
    const QModelIndex top = changed.constLast().at(0).toModelIndex();
    const QModelIndex bottom = changed.constLast().at(1).toModelIndex();
    QCOMPARE(top.row(), 0);
    QCOMPARE(bottom.row(), m_view->rowCount() - 1);

    // A single change still moves its row on its own.
    m_cases->upsert({make({u"10000005"_s, u"IN_PROGRESS"_s, u"0305-0301"_s, u"DA11"_s, 5, 0, u"po-10"_s})});
    QCOMPARE(moved.size(), 1);
    QCOMPARE(layoutChanged.size(), 1);
    QCOMPARE(keys(*m_view), freshKeys(m_cases.get(), filter, CaseListModel::UpdatedColumn, Qt::DescendingOrder));
}

void TestCaseSortFilterModel::sortingByReferenceFollowsTheLanguageHoweverRowsCame()
{
    // The references' collation keys are made only for a list sorted by reference: rows there before the
    // sort, rows set after it and rows added one by one must all sort by language (REF-9 before ref-10).
    QList<CaseSummary> before, after;
    for (int i = 0; i < 12; ++i) {
        const QString reference = (i % 2 ? u"ref-"_s : u"REF-"_s) + QString::number(20 - i);
        (i < 6 ? before : after)
            .append(make({QString::number(40'000'000 + i), u"SUBMITTED"_s, u"0305-0301"_s, u"AM1"_s, 1, 1, reference}));
    }
    CaseListModel cases;
    cases.setSummaries(before);
    CaseSortFilterModel view;
    view.setSourceModel(&cases);
    view.sort(CaseListModel::CustomerReferenceColumn, Qt::AscendingOrder);
    QCOMPARE(keys(view), expectedOrder(before, CaseListModel::CustomerReferenceColumn, Qt::AscendingOrder));
    cases.upsert(after.mid(0, 3));
    QCOMPARE(keys(view),
             expectedOrder(before + after.mid(0, 3), CaseListModel::CustomerReferenceColumn, Qt::AscendingOrder));
    cases.setSummaries(after + before);
    QCOMPARE(keys(view), expectedOrder(after + before, CaseListModel::CustomerReferenceColumn, Qt::AscendingOrder));
}

void TestCaseSortFilterModel::tableViewFollowsFilterChanges()
{
    QTableView table;
    table.setModel(m_view.get());
    table.setSortingEnabled(true);
    table.sortByColumn(CaseListModel::UpdatedColumn, Qt::DescendingOrder);
    QCOMPARE(m_view->sortColumn(), int(CaseListModel::UpdatedColumn));
    table.resize(800, 400);
    table.show();
    QVERIFY(QTest::qWaitForWindowExposed(&table));
    table.selectRow(0);
    const QString selected = table.currentIndex().data(CaseListModel::KeyRole).toString();

    for (const QString& text : {u"o"_s, u"ou"_s, u"outage"_s, u""_s, u"power"_s}) {
        m_view->setFilterText(text);
        QCOMPARE(table.verticalHeader()->count(), m_view->rowCount());
        QCOMPARE(table.model()->rowCount(), m_view->rowCount());
    }
    m_view->setFilterText({});
    QCOMPARE(table.verticalHeader()->count(), 6);
    table.horizontalHeader()->setSortIndicator(CaseListModel::CaseNumberColumn, Qt::AscendingOrder);
    QCOMPARE(m_view->sortColumn(), int(CaseListModel::CaseNumberColumn));
    QCOMPARE(table.currentIndex().data(CaseListModel::KeyRole).toString(), selected);
}

QTEST_MAIN(TestCaseSortFilterModel)
#include "tst_casesortfiltermodel.moc"
