#include "models/items/CaseListModel.h"
#include "models/items/CaseSortFilterModel.h"
#include "models/items/SavedViewModel.h"
#include "models/items/SavedViews.h"
#include "models/items/StatusCountModel.h"
#include "tests/support/CaseSummaries.h"

#include <QAbstractItemModelTester>
#include <QRandomGenerator>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace CaseDesk;

using namespace Qt::StringLiterals;
using CaseSummaries::make;
using Mode = QAbstractItemModelTester::FailureReportingMode;

class TestSavedViews : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void filterRoundTripsThroughSettingsValues_data();
    void filterRoundTripsThroughSettingsValues();
    void userViewsPersistAcrossRestarts();
    void builtInsComeFirstAndCannotBeChanged();
    void damagedEntriesAreSkipped_data();
    void damagedEntriesAreSkipped();
    void everyViewCountsItsCasesLive();
    void countsFollowingChangesEqualAFullCount();
    void statusRowsCountAndSetTheStatusFilter();

private:
    QString settingsFile();
    QTemporaryDir m_dir;
    int m_files = 0;
};

void TestSavedViews::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    QVERIFY(m_dir.isValid());
}

QString TestSavedViews::settingsFile()
{
    return m_dir.filePath(u"settings-"_s + QString::number(++m_files) + u".ini"_s);
}

void TestSavedViews::filterRoundTripsThroughSettingsValues_data()
{
    QTest::addColumn<QVariantMap>("stored");
    QTest::addColumn<CaseFilter>("expected");

    CaseFilter full;
    full.text = u"power a"_s;
    full.statuses = {u"CLOSED"_s, u"NEW_ONE"_s};
    full.families = {u"0305"_s};
    full.createdFrom = QDate(2024, 2, 29);
    full.createdTo = QDate(2024, 3, 31);
    full.updatedWithinDays = 30;
    QTest::newRow("every field") << full.toVariantMap() << full;
    QTest::newRow("empty") << QVariantMap{} << CaseFilter{};
    QTest::newRow("unknown keys are ignored")
        << QVariantMap{{u"colour"_s, u"red"_s}, {u"text"_s, u"x"_s}} << CaseFilter{u"x"_s, {}, {}, {}, {}, 0};
    QTest::newRow("unreadable dates") << QVariantMap{{u"createdFrom"_s, u"yesterday"_s}, {u"createdTo"_s, 7}}
                                      << CaseFilter{};
    QTest::newRow("negative days") << QVariantMap{{u"updatedWithinDays"_s, -3}} << CaseFilter{};
    QTest::newRow("days as text") << QVariantMap{{u"updatedWithinDays"_s, u"often"_s}} << CaseFilter{};
    QTest::newRow("one status as a string")
        << QVariantMap{{u"statuses"_s, u"CLOSED"_s}} << CaseFilter{{}, {u"CLOSED"_s}, {}, {}, {}, 0};
}

void TestSavedViews::filterRoundTripsThroughSettingsValues()
{
    QFETCH(QVariantMap, stored);
    QFETCH(CaseFilter, expected);
    QCOMPARE(CaseFilter::fromVariantMap(stored), expected);
    QCOMPARE(CaseFilter::fromVariantMap(expected.toVariantMap()), expected);
}

void TestSavedViews::userViewsPersistAcrossRestarts()
{
    const QString file = settingsFile();
    CaseFilter amsterdam;
    amsterdam.text = u"AM"_s;
    amsterdam.families = {u"0305"_s, u"0200"_s};
    amsterdam.createdFrom = QDate(2024, 1, 1);
    QString id;
    {
        QSettings settings(file, QSettings::IniFormat);
        SavedViews views(&settings);
        QSignalSpy added(&views, &SavedViews::viewAdded);
        QVERIFY(views.add(u"   "_s, amsterdam).isEmpty());
        id = views.add(u" Amsterdam "_s, amsterdam);
        QVERIFY(!id.isEmpty());
        QCOMPARE(added.size(), 1);
        const QString gone = views.add(u"Temporary"_s, {});
        QVERIFY(views.rename(id, u"Amsterdam, open"_s));
        QVERIFY(views.remove(gone));
    }
    QSettings settings(file, QSettings::IniFormat);
    SavedViews reloaded(&settings);
    QCOMPARE(reloaded.count(), 4);
    const auto view = reloaded.view(id);
    QVERIFY(view);
    QCOMPARE(view->name, u"Amsterdam, open"_s);
    QCOMPARE(view->filter, amsterdam);
    QVERIFY(!view->builtIn);
}

void TestSavedViews::builtInsComeFirstAndCannotBeChanged()
{
    QSettings settings(settingsFile(), QSettings::IniFormat);
    SavedViews views(&settings);
    const QList<SavedView> all = views.views();
    QCOMPARE(all.size(), 3);
    QCOMPARE(all.at(0).id, SavedViews::kActionRequiredId);
    QCOMPARE(all.at(1).id, SavedViews::kOpenId);
    QCOMPARE(all.at(2).id, SavedViews::kClosedRecentlyId);
    QCOMPARE(all.at(0).name, u"Action required"_s);
    QCOMPARE(all.at(1).filter.statuses, (QStringList{u"SUBMITTED"_s, u"IN_PROGRESS"_s, u"ACTION_REQUIRED"_s}));
    QCOMPARE(all.at(2).filter.updatedWithinDays, 30);
    for (const SavedView& view : all) {
        QVERIFY(view.builtIn);
        QVERIFY(!views.rename(view.id, u"Mine"_s));
        QVERIFY(!views.setFilter(view.id, {}));
        QVERIFY(!views.remove(view.id));
    }
    QCOMPARE(views.views(), all);
    QVERIFY(settings.allKeys().isEmpty());
}

void TestSavedViews::damagedEntriesAreSkipped_data()
{
    QTest::addColumn<QString>("ini");
    QTest::addColumn<QStringList>("names");

    QTest::newRow("well formed") << u"[savedViews]\nsize=1\n1\\id=a\n1\\name=Mine\n"_s << QStringList{u"Mine"_s};
    QTest::newRow("no id") << u"[savedViews]\nsize=2\n1\\name=Lost\n2\\id=b\n2\\name=Kept\n"_s
                           << QStringList{u"Kept"_s};
    QTest::newRow("blank name") << u"[savedViews]\nsize=1\n1\\id=a\n1\\name=\"  \"\n"_s << QStringList{};
    QTest::newRow("same id twice") << u"[savedViews]\nsize=2\n1\\id=a\n1\\name=One\n2\\id=a\n2\\name=Two\n"_s
                                   << QStringList{u"One"_s};
    QTest::newRow("a built-in id") << u"[savedViews]\nsize=1\n1\\id=builtin:open\n1\\name=Fake\n"_s << QStringList{};
    QTest::newRow("filter is not a map") << u"[savedViews]\nsize=1\n1\\id=a\n1\\name=Mine\n1\\filter=oops\n"_s
                                         << QStringList{u"Mine"_s};
    QTest::newRow("size larger than entries")
        << u"[savedViews]\nsize=3\n1\\id=a\n1\\name=Mine\n"_s << QStringList{u"Mine"_s};
}

void TestSavedViews::damagedEntriesAreSkipped()
{
    QFETCH(QString, ini);
    QFETCH(QStringList, names);
    const QString file = settingsFile();
    {
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(ini.toUtf8());
    }
    QSettings settings(file, QSettings::IniFormat);
    SavedViews views(&settings);
    QStringList userNames;
    for (const SavedView& view : views.views()) {
        if (!view.builtIn)
            userNames.append(view.name);
    }
    QCOMPARE(userNames, names);
    QCOMPARE(views.views().at(1).name, u"Open"_s);
}

void TestSavedViews::everyViewCountsItsCasesLive()
{
    QSettings settings(settingsFile(), QSettings::IniFormat);
    SavedViews views(&settings);
    CaseListModel cases;
    cases.setSummaries({
        make({u"1"_s, u"ACTION_REQUIRED"_s}),
        make({u"2"_s, u"IN_PROGRESS"_s}),
        make({u"3"_s, u"SUBMITTED"_s}),
        make({u"4"_s, u"CLOSED"_s, u"0305-0301"_s, u"AM1"_s, 40, 20}),
        make({u"5"_s, u"CLOSED"_s, u"0305-0301"_s, u"AM1"_s, 90, 45}),
        make({u"6"_s, u"RESOLVED"_s}),
    });
    SavedViewModel model(&views, &cases);
    QAbstractItemModelTester tester(&model, Mode::QtTest);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.countOf(SavedViews::kActionRequiredId), 1);
    QCOMPARE(model.countOf(SavedViews::kOpenId), 3);
    QCOMPARE(model.countOf(SavedViews::kClosedRecentlyId), 1);
    QCOMPARE(model.index(1).data().toString(), u"Open (3)"_s);
    QVERIFY(!(model.flags(model.index(0)) & Qt::ItemIsEditable));

    CaseFilter resolved;
    resolved.statuses = {u"RESOLVED"_s};
    const QString id = views.add(u"Resolved"_s, resolved);
    QCOMPARE(model.rowCount(), 4);
    QTRY_COMPARE(model.countOf(id), 1);

    cases.upsert({make({u"2"_s, u"ACTION_REQUIRED"_s}), make({u"7"_s, u"RESOLVED"_s})});
    QTRY_COMPARE(model.countOf(SavedViews::kActionRequiredId), 2);
    QCOMPARE(model.countOf(SavedViews::kOpenId), 3);
    QCOMPARE(model.countOf(id), 2);

    QVERIFY(model.flags(model.index(3)) & Qt::ItemIsEditable);
    QVERIFY(model.setData(model.index(3), u"Done"_s));
    QCOMPARE(model.index(3).data(SavedViewModel::NameRole).toString(), u"Done"_s);
    QVERIFY(!model.setData(model.index(0), u"Renamed"_s));
    QVERIFY(views.remove(id));
    QCOMPARE(model.rowCount(), 3);
}

void TestSavedViews::countsFollowingChangesEqualAFullCount()
{
    // A random run of additions, changes (status, code, dates, text) and removals, single and in bulk: after
    // each turn of the event loop every view's count must equal a count over every row from scratch.
    QSettings settings(settingsFile(), QSettings::IniFormat);
    SavedViews views(&settings);
    CaseFilter amsterdam;
    amsterdam.text = u"am1 door"_s;
    amsterdam.families = {u"0305"_s, u"0005"_s};
    views.add(u"Amsterdam doors"_s, amsterdam);
    CaseFilter recent;
    recent.updatedWithinDays = 5;
    recent.createdFrom = QDate::currentDate().addDays(-20);
    views.add(u"Recent"_s, recent);

    QRandomGenerator random(20261206);
    const QStringList statuses = {u"ACTION_REQUIRED"_s, u"IN_PROGRESS"_s, u"SUBMITTED"_s, u"CLOSED"_s, u"RESOLVED"_s};
    const QStringList codes = {u"0305-0301"_s, u"0005-0001"_s, u"0200-0001"_s, u""_s};
    const QStringList words = {u"door"_s, u"power"_s, u"DOOR stuck"_s, u""_s};
    // Never exactly 5 days ago: a row on the edge of "updated in the last 5 days" would depend on the millisecond
    // each side read the clock.
    auto updatedDaysAgo = [&] {
        const int days = random.bounded(-1, 12);
        return days == 5 ? 6 : days;
    };
    auto randomCase = [&](int key) {
        return make({QString::number(key),
                     statuses.at(random.bounded(int(statuses.size()))),
                     codes.at(random.bounded(int(codes.size()))),
                     random.bounded(2) ? u"AM1"_s : u"FR2"_s,
                     random.bounded(-1, 40),
                     updatedDaysAgo(),
                     {},
                     words.at(random.bounded(int(words.size())))});
    };
    CaseListModel cases;
    QList<CaseSummary> first;
    for (int key = 0; key < 300; ++key)
        first.append(randomCase(key));
    cases.setSummaries(first);
    SavedViewModel model(&views, &cases);
    QAbstractItemModelTester tester(&model, Mode::QtTest);

    auto fullCount = [&](const CaseFilter& filter) {
        const CaseFilterMatcher matcher(filter);
        int count = 0;
        for (int r = 0; r < cases.rowCount(); ++r)
            count += matcher.matches(cases.caseRow(r), cases.searchText(r)) ? 1 : 0;
        return count;
    };
    int nextKey = 300;
    for (int step = 0; step < 200; ++step) {
        const int what = random.bounded(10);
        if (what < 5 && cases.rowCount() > 0) { // change a few rows
            QList<CaseSummary> changed;
            for (int i = random.bounded(1, 4); i > 0; --i)
                changed.append(randomCase(cases.caseRow(random.bounded(cases.rowCount())).summary.caseNumber.toInt()));
            cases.upsert(changed);
        } else if (what < 7) { // add a few
            QList<CaseSummary> added;
            for (int i = random.bounded(1, 4); i > 0; --i)
                added.append(randomCase(nextKey++));
            cases.upsert(added);
        } else if (what < 9 && cases.rowCount() > 0) { // remove one
            cases.removeKey(cases.caseRow(random.bounded(cases.rowCount())).summary.caseNumber);
        } else { // a bulk change: more rows than are followed one by one
            QList<CaseSummary> many;
            for (int i = 0; i < 100; ++i)
                many.append(randomCase(random.bounded(nextKey)));
            cases.upsert(many);
        }
        QCoreApplication::processEvents();
        for (const SavedView& view : views.views())
            QCOMPARE(model.countOf(view.id), fullCount(view.filter));
    }
}

void TestSavedViews::statusRowsCountAndSetTheStatusFilter()
{
    CaseListModel cases;
    cases.setSummaries({
        make({u"1"_s, u"ACTION_REQUIRED"_s, u"0305-0301"_s}),
        make({u"2"_s, u"IN_PROGRESS"_s, u"0305-0301"_s}),
        make({u"3"_s, u"IN_PROGRESS"_s, u"0200-0001"_s}),
    });
    CaseSortFilterModel view;
    view.setSourceModel(&cases);
    StatusCountModel statuses(&view);
    QAbstractItemModelTester tester(&statuses, Mode::QtTest);
    QAbstractItemModelTester viewTester(&view, Mode::QtTest);
    QCOMPARE(statuses.rowCount(), 6);
    auto rowOf = [&](const QString& raw) {
        for (int r = 0; r < statuses.rowCount(); ++r) {
            if (statuses.index(r).data(StatusCountModel::RawStatusRole).toString() == raw)
                return r;
        }
        return -1;
    };
    QTRY_COMPARE(statuses.index(rowOf(u"IN_PROGRESS"_s)).data(StatusCountModel::CountRole).toInt(), 2);
    QCOMPARE(statuses.index(rowOf(u"IN_PROGRESS"_s)).data().toString(), u"In progress (2)"_s);
    QCOMPARE(statuses.index(rowOf(u"CLOSED"_s)).data(StatusCountModel::CountRole).toInt(), 0);

    const QModelIndex inProgress = statuses.index(rowOf(u"IN_PROGRESS"_s));
    QVERIFY(statuses.setData(inProgress, Qt::Checked, Qt::CheckStateRole));
    QCOMPARE(view.filter().statuses, QStringList{u"IN_PROGRESS"_s});
    QCOMPARE(view.rowCount(), 2);
    QCOMPARE(inProgress.data(Qt::CheckStateRole).toInt(), int(Qt::Checked));

    // Other filters change the counts; the status filter does not.
    view.setFilterText(u"0200"_s);
    view.setFilter([&] {
        CaseFilter filter = view.filter();
        filter.text.clear();
        filter.families = {u"0200"_s};
        return filter;
    }());
    QTRY_COMPARE(statuses.index(rowOf(u"IN_PROGRESS"_s)).data(StatusCountModel::CountRole).toInt(), 1);
    QCOMPARE(statuses.index(rowOf(u"ACTION_REQUIRED"_s)).data(StatusCountModel::CountRole).toInt(), 0);

    QVERIFY(statuses.setData(inProgress, Qt::Unchecked, Qt::CheckStateRole));
    QVERIFY(view.filter().statuses.isEmpty());

    cases.upsert({make({u"4"_s, u"ON_HOLD"_s, u"0200-0001"_s})});
    QTRY_COMPARE(statuses.rowCount(), 7);
    QCOMPARE(statuses.index(6).data().toString(), u"ON_HOLD (1)"_s);
}

QTEST_GUILESS_MAIN(TestSavedViews)
#include "tst_savedviews.moc"
