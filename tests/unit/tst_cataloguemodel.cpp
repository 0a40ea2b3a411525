#include "models/catalogue/CodeCatalogue.h"
#include "models/catalogue/CodeCatalogueModel.h"

#include <QAbstractItemModelTester>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace CaseDesk;

using namespace Qt::StringLiterals;

class TestCatalogueModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void groupsEveryCodeUnderItsFamily();
    void putsFavouritesAndRecentCodesOnTop();
    void narrowsEveryGroupAsTheUserTypes_data();
    void narrowsEveryGroupAsTheUserTypes();
    void showsTypeAndDetailsAndTheUsersLabel();

private:
    QStringList groupTitles() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<CodeCatalogue> m_catalogue;
    std::unique_ptr<CodeCatalogueModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestCatalogueModel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale::c());
}

void TestCatalogueModel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_settings = std::make_unique<QSettings>(m_dir->filePath(u"settings.ini"_s), QSettings::IniFormat);
    m_catalogue = std::make_unique<CodeCatalogue>(m_settings.get(), m_dir->filePath(u"catalogue"_s));
    QVERIFY(m_catalogue->load());
    m_model = std::make_unique<CodeCatalogueModel>(m_catalogue.get());
    m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(),
                                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestCatalogueModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_catalogue.reset();
    m_settings.reset();
    m_dir.reset();
}

QStringList TestCatalogueModel::groupTitles() const
{
    QStringList titles;
    for (int row = 0; row < m_model->rowCount(); ++row)
        titles.append(m_model->index(row, 0).data().toString());
    return titles;
}

void TestCatalogueModel::groupsEveryCodeUnderItsFamily()
{
    const QStringList titles = groupTitles();
    QCOMPARE(titles.size(), m_catalogue->families().size());
    QCOMPARE(titles.first(), u"0000 Cross Connect"_s);
    QVERIFY(titles.contains(u"0305"_s));
    int codes = 0;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex group = m_model->index(row, 0);
        QVERIFY(group.data(CodeCatalogueModel::IsGroupRole).toBool());
        QVERIFY(!(m_model->flags(group) & Qt::ItemIsSelectable));
        codes += m_model->rowCount(group);
    }
    QCOMPARE(codes, 165);
    const QModelIndex power = m_model->indexOfCode(u"0002-0001"_s);
    QCOMPARE(power.parent().data().toString(), u"0002 Power"_s);
    QCOMPARE(power.data(CodeCatalogueModel::CodeRole).toString(), u"0002-0001"_s);
}

void TestCatalogueModel::putsFavouritesAndRecentCodesOnTop()
{
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    m_catalogue->setFavourite(u"0305-0301"_s, true);
    m_catalogue->noteUsed(u"0002-0000"_s);
    m_catalogue->noteUsed(u"0003-0002"_s);
    QCOMPARE(reset.size(), 3);
    QCOMPARE(groupTitles().mid(0, 3), (QStringList{u"Favourites"_s, u"Recently used"_s, u"0000 Cross Connect"_s}));
    const QModelIndex recent = m_model->index(1, 0);
    QCOMPARE(m_model->rowCount(recent), 2);
    QCOMPARE(m_model->index(0, 0, recent).data(CodeCatalogueModel::CodeRole).toString(), u"0003-0002"_s);
    const QModelIndex favourite = m_model->index(0, 0, m_model->index(0, 0));
    QVERIFY(favourite.data(CodeCatalogueModel::IsFavouriteRole).toBool());
    // The favourite is still in its family as well.
    QVERIFY(m_model->indexOfCode(u"0305-0301"_s).isValid());
}

void TestCatalogueModel::narrowsEveryGroupAsTheUserTypes_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<QStringList>("groups");
    QTest::addColumn<int>("codes");

    QTest::newRow("word") << u"temperature"_s << QStringList{u"Recently used"_s, u"0003 Environment"_s} << 3;
    QTest::newRow("digits") << u"0306"_s << QStringList{u"0306"_s} << 4;
    QTest::newRow("nothing matches") << u"zzz"_s << QStringList{} << 0;
    QTest::newRow("malformed: spaces only") << u"  "_s << QStringList{} << -1;
}

void TestCatalogueModel::narrowsEveryGroupAsTheUserTypes()
{
    QFETCH(QString, filter);
    QFETCH(QStringList, groups);
    QFETCH(int, codes);
    m_catalogue->noteUsed(u"0003-0000"_s);
    m_model->setFilterText(filter);
    QCOMPARE(m_model->filterText(), filter);
    if (codes < 0) { // no filter at all: everything, recent group first
        QCOMPARE(groupTitles().first(), u"Recently used"_s);
        return;
    }
    QCOMPARE(groupTitles(), groups);
    int total = 0;
    for (int row = 0; row < m_model->rowCount(); ++row)
        total += m_model->rowCount(m_model->index(row, 0));
    QCOMPARE(total, codes);
}

void TestCatalogueModel::showsTypeAndDetailsAndTheUsersLabel()
{
    const QModelIndex billing = m_model->indexOfCode(u"0305-0301"_s);
    QCOMPARE(billing.data().toString(), u"0305-0301"_s); // no provider label: the code itself
    QCOMPARE(billing.siblingAtColumn(CodeCatalogueModel::TypeColumn).data().toString(), u"Case"_s);
    QCOMPARE(billing.siblingAtColumn(CodeCatalogueModel::DetailsColumn).data().toString(), u"Details form follows"_s);
    QVERIFY(billing.data(CodeCatalogueModel::HasDetailsRole).toBool());
    QVERIFY(!billing.data(CodeCatalogueModel::IsTroubleRole).toBool());

    const QModelIndex power = m_model->indexOfCode(u"0002-0000"_s);
    QCOMPARE(power.data().toString(), u"Experiencing total power outage."_s);
    QCOMPARE(power.siblingAtColumn(CodeCatalogueModel::TypeColumn).data().toString(), u"Trouble ticket"_s);
    QCOMPARE(power.data(Qt::AccessibleTextRole).toString(),
             u"Experiencing total power outage., code 0002-0000, Power, Trouble ticket"_s);

    m_catalogue->setUserLabel(u"0305-0301"_s, u"Invoice copies"_s);
    QCOMPARE(m_model->indexOfCode(u"0305-0301"_s).data().toString(), u"Invoice copies"_s);
    m_model->setFilterText(u"invoice"_s);
    QCOMPARE(groupTitles(), QStringList{u"0305"_s});
}

QTEST_GUILESS_MAIN(TestCatalogueModel)
#include "tst_cataloguemodel.moc"
