#include "models/export/ListExport.h"
#include "models/items/CaseListModel.h"
#include "models/items/CaseSortFilterModel.h"
#include "models/items/SavedViews.h"
#include "tests/support/CaseSummaries.h"
#include "tests/support/TestHome.h"
#include "tests/support/ZipContents.h"
#include "ui/caselist/CaseListView.h"
#include "ui/export/ListExportUi.h"

#include <QFileDialog>
#include <QHeaderView>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QXmlStreamReader>

#include <memory>

using namespace CaseDesk;

using namespace Qt::StringLiterals;

namespace
{
// RFC 4180 read back strictly: quoted fields may hold commas, quotes (doubled) and line breaks; every record
// ends with CRLF. Returns no records and sets `error` on anything else.
QList<QStringList> parseCsv(const QString& text, QString* error)
{
    QList<QStringList> records;
    QStringList record;
    QString field;
    qsizetype i = 0;
    bool quoted = false;
    bool fieldStarted = false;
    while (i < text.size()) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < text.size() && text.at(i + 1) == u'"') {
                    field += u'"';
                    i += 2;
                    continue;
                }
                quoted = false;
                ++i;
                if (i < text.size() && text.at(i) != u',' && text.at(i) != u'\r') {
                    *error = u"text after a closing quote at %1"_s.arg(i);
                    return {};
                }
                continue;
            }
            field += c;
            ++i;
            continue;
        }
        if (c == u'"' && !fieldStarted) {
            quoted = true;
            fieldStarted = true;
            ++i;
        } else if (c == u',') {
            record << field;
            field.clear();
            fieldStarted = false;
            ++i;
        } else if (c == u'\r') {
            if (i + 1 >= text.size() || text.at(i + 1) != u'\n') {
                *error = u"bare CR at %1"_s.arg(i);
                return {};
            }
            record << field;
            records << record;
            record.clear();
            field.clear();
            fieldStarted = false;
            i += 2;
        } else if (c == u'\n' || c == u'"') {
            *error = u"unquoted %1 at %2"_s.arg(c == u'\n' ? u"LF"_s : u"quote"_s).arg(i);
            return {};
        } else {
            field += c;
            fieldStarted = true;
            ++i;
        }
    }
    if (quoted || fieldStarted || !record.isEmpty()) {
        *error = u"the last record does not end with CRLF"_s;
        return {};
    }
    return records;
}

// The first sheet of a workbook as rows of cell texts (shared strings resolved, numbers as written), and
// the styles' number formats of its cells.
struct Sheet
{
    QList<QStringList> rows;
    QList<QList<bool>> isNumber;
    QString error;
};

Sheet readXlsx(const QString& path)
{
    Sheet sheet;
    const ZipContents zip = ZipContents::read(path);
    if (!zip.error.isEmpty()) {
        sheet.error = zip.error;
        return sheet;
    }
    QStringList shared;
    QXmlStreamReader strings(zip.entries.value(u"xl/sharedStrings.xml"_s));
    QString current;
    bool inItem = false;
    while (!strings.atEnd()) {
        strings.readNext();
        if (strings.isStartElement() && strings.name() == u"si") {
            inItem = true;
            current.clear();
        } else if (strings.isStartElement() && strings.name() == u"t" && inItem) {
            current += strings.readElementText();
            // Excel's escape for characters XML cannot hold (a CR is "_x000D_"), decoded as Excel reads it.
            static const QRegularExpression escaped(u"_x([0-9A-Fa-f]{4})_"_s);
            for (QRegularExpressionMatch match = escaped.match(current); match.hasMatch();
                 match = escaped.match(current, match.capturedStart() + 1))
                current.replace(match.capturedStart(), match.capturedLength(),
                                QChar(char16_t(match.captured(1).toUShort(nullptr, 16))));
        } else if (strings.isEndElement() && strings.name() == u"si") {
            shared << current;
            inItem = false;
        }
    }
    QXmlStreamReader xml(zip.entries.value(u"xl/worksheets/sheet1.xml"_s));
    auto columnOf = [](const QString& ref) {
        int column = 0;
        for (QChar c : ref) {
            if (!c.isLetter())
                break;
            column = column * 26 + (c.unicode() - u'A' + 1);
        }
        return column - 1;
    };
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == u"row") {
            sheet.rows.append(QStringList());
            sheet.isNumber.append(QList<bool>());
        } else if (xml.isStartElement() && xml.name() == u"c") {
            const int column = columnOf(xml.attributes().value(u"r"_s).toString());
            const bool isShared = xml.attributes().value(u"t"_s) == u"s";
            QString value;
            while (!(xml.isEndElement() && xml.name() == u"c") && !xml.atEnd()) {
                xml.readNext();
                if (xml.isStartElement() && xml.name() == u"v")
                    value = xml.readElementText();
            }
            QStringList& row = sheet.rows.last();
            QList<bool>& numbers = sheet.isNumber.last();
            while (row.size() <= column) {
                row << QString();
                numbers << false;
            }
            row[column] = isShared ? shared.value(value.toInt()) : value;
            numbers[column] = !isShared;
        }
    }
    if (xml.hasError())
        sheet.error = xml.errorString();
    return sheet;
}

QDateTime fromExcelSerial(double serial)
{
    const QDateTime epoch(QDate(1899, 12, 30), QTime(0, 0), Qt::LocalTime);
    return epoch.addMSecs(qint64(serial * 86400.0 * 1000.0 + 0.5));
}
} // namespace

/*
 * File ▸ Export list… as a user meets it: the ticket list with a column hidden, another moved, a sort and a
 * quick filter, exported through the file dialog as CSV, CSV with BOM and XLSX. The files hold the view's
 * rows in its order and its visible columns in its order; commas, quotes, line breaks and non-Latin text
 * come back as they were, and values a spreadsheet would run as formulas are neutralized.
 */
class TestListExport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void csvFieldsFollowRfc4180_data();
    void csvFieldsFollowRfc4180();
    void csvRoundTripsTheViewAsShown_data();
    void csvRoundTripsTheViewAsShown();
    void xlsxHoldsTheViewWithRealDates();
    void aPathThatCannotBeWrittenIsReported_data();
    void aPathThatCannotBeWrittenIsReported();
    void aNewListShowsTheSortIndicatorOfItsDefaultOrder();

private:
    void showView();
    void exportThroughDialog(const QString& path, int filter);
    QStringList expectedHeaders() const;
    QList<QStringList> expectedRows() const;

    std::unique_ptr<TestHome> m_home;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<CaseListModel> m_cases;
    std::unique_ptr<SavedViews> m_views;
    std::unique_ptr<CaseListView> m_view;
    std::unique_ptr<ListExportUi> m_exports;
};

void TestListExport::initTestCase()
{
    m_home = std::make_unique<TestHome>();
    QVERIFY(m_home->isValid());
}

void TestListExport::showView()
{
    m_settings = std::make_unique<QSettings>(m_home->filePath(u"list.ini"_s), QSettings::IniFormat);
    m_settings->clear();
    m_cases = std::make_unique<CaseListModel>();
    m_cases->setLabelProvider(&CaseSummaries::label);
    using CaseSummaries::Row;
    m_cases->setSummaries({
        CaseSummaries::make(Row{u"10000001"_s, u"IN_PROGRESS"_s, u"0002-0000"_s, u"AM5"_s, 9, 1,
                                u"Acme, Inc. \"East\""_s, u"cross-connect one"_s, u"1-000000000001"_s}),
        CaseSummaries::make(Row{u"10000002"_s, u"SUBMITTED"_s, u"0005-0001"_s, u"FR2"_s, 8, 2,
                                u"line one\nline two\r\nline three"_s, u"cross-connect two"_s}),
        CaseSummaries::make(Row{u"10000003"_s, u"RESOLVED"_s, u"0305-0301"_s, u"TY2"_s, 7, 3,
                                u"東京データセンター — Ünïcødé ✓ Ελληνικά"_s, u"cross-connect three"_s}),
        CaseSummaries::make(Row{u"10000004"_s, u"CLOSED"_s, u"0305-0301"_s, u"SG1"_s, 6, 4,
                                u"=HYPERLINK(\"http://example.invalid\",\"click\")"_s, u"cross-connect four"_s}),
        CaseSummaries::make(
            Row{u"10000005"_s, u"ACTION_REQUIRED"_s, u"0305-0301"_s, u"LD5"_s, 5, 5, u"+1-555"_s, u"cross-connect"_s}),
        CaseSummaries::make(Row{u"10000006"_s, u"IN_PROGRESS"_s, u"0305-0301"_s, u"DC2"_s, 4, 6, u"@SUM(A1:A2)"_s,
                                u"cross-connect six"_s}),
        CaseSummaries::make(
            Row{u"10000007"_s, u"IN_PROGRESS"_s, u"0305-0301"_s, u"DC2"_s, 3, 7, u"-5"_s, u"cross-connect seven"_s}),
        CaseSummaries::make(
            Row{u"10000009"_s, u"IN_PROGRESS"_s, u"0305-0301"_s, u"DC2"_s, 2, 8, u"hidden"_s, u"power only"_s}),
    });
    m_views = std::make_unique<SavedViews>(m_settings.get());
    m_view = std::make_unique<CaseListView>(m_cases.get(), m_views.get(), m_settings.get());
    m_view->resize(1200, 600);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    m_exports = std::make_unique<ListExportUi>(m_view.get());

    // The view as a user shaped it: a column hidden, one dragged to second place, a sort and a filter.
    QTableView* table = m_view->table();
    QHeaderView* header = table->horizontalHeader();
    header->setSectionHidden(CaseListModel::OrderNumberColumn, true);
    header->moveSection(header->visualIndex(CaseListModel::CustomerReferenceColumn), 1);
    header->moveSection(header->visualIndex(CaseListModel::UpdatedColumn), // from beside the status to the end
                        header->visualIndex(CaseListModel::CreatedColumn));
    table->sortByColumn(CaseListModel::CaseNumberColumn, Qt::DescendingOrder);
    auto* filter = m_view->findChild<QLineEdit*>(u"quickFilterEdit"_s);
    QVERIFY(filter);
    QTest::keyClicks(filter, u"cross-connect"_s);
    QTRY_COMPARE(m_view->proxy()->rowCount(), 7);
}

void TestListExport::aNewListShowsTheSortIndicatorOfItsDefaultOrder()
{
    showView();
    // A new list (settings cleared by showView, before it reshaped this one): newest change first, and the
    // header says so.
    m_view.reset();
    m_settings->clear();
    m_view = std::make_unique<CaseListView>(m_cases.get(), m_views.get(), m_settings.get());
    m_view->resize(1200, 600);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    QHeaderView* header = m_view->table()->horizontalHeader();
    QVERIFY(header->isSortIndicatorShown());
    QCOMPARE(header->sortIndicatorSection(), int(CaseListModel::UpdatedColumn));
    QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);
    QCOMPARE(m_view->proxy()->sortColumn(), int(CaseListModel::UpdatedColumn));
    QCOMPARE(m_view->proxy()->sortOrder(), Qt::DescendingOrder);
    // The column with the indicator is in sight, not scrolled off to the right.
    const int x = header->sectionViewportPosition(CaseListModel::UpdatedColumn);
    QVERIFY2(x >= 0 && x + header->sectionSize(CaseListModel::UpdatedColumn) <= header->viewport()->width(),
             qPrintable(u"at %1 of %2"_s.arg(x).arg(header->viewport()->width())));
    // And the rows are in that order.
    QAbstractItemModel* rows = m_view->proxy();
    QVERIFY(rows->rowCount() > 2);
    for (int row = 1; row < rows->rowCount(); ++row) {
        const QDateTime newer =
            rows->index(row - 1, CaseListModel::UpdatedColumn).data(CaseListModel::DateTimeRole).toDateTime();
        const QDateTime older =
            rows->index(row, CaseListModel::UpdatedColumn).data(CaseListModel::DateTimeRole).toDateTime();
        QVERIFY2(newer >= older, qPrintable(u"row %1"_s.arg(row)));
    }
}

void TestListExport::cleanup()
{
    m_exports.reset();
    m_view.reset();
    m_views.reset();
    m_cases.reset();
    m_settings.reset();
}

QStringList TestListExport::expectedHeaders() const
{
    QStringList headers;
    for (int column : {CaseListModel::CaseNumberColumn, CaseListModel::CustomerReferenceColumn,
                       CaseListModel::CodeColumn, CaseListModel::CodeLabelColumn, CaseListModel::StatusColumn,
                       CaseListModel::IbxColumn, CaseListModel::CreatedColumn, CaseListModel::UpdatedColumn})
        headers << m_cases->headerData(column, Qt::Horizontal).toString();
    return headers;
}

QList<QStringList> TestListExport::expectedRows() const
{
    // Newest case number first, the filtered-out one missing; formulas carry their apostrophe.
    const QList<std::pair<QString, QString>> keyAndReference{
        {u"10000007"_s, u"'-5"_s},
        {u"10000006"_s, u"'@SUM(A1:A2)"_s},
        {u"10000005"_s, u"'+1-555"_s},
        {u"10000004"_s, u"'=HYPERLINK(\"http://example.invalid\",\"click\")"_s},
        {u"10000003"_s, u"東京データセンター — Ünïcødé ✓ Ελληνικά"_s},
        {u"10000002"_s, u"line one\nline two\r\nline three"_s},
        {u"10000001"_s, u"Acme, Inc. \"East\""_s},
    };
    QList<QStringList> rows;
    for (const auto& [key, reference] : keyAndReference) {
        const int row = m_cases->rowOfKey(key);
        auto text = [&](int column) {
            return m_cases->index(row, column).data().toString();
        };
        rows << QStringList{key,
                            reference,
                            text(CaseListModel::CodeColumn),
                            text(CaseListModel::CodeLabelColumn),
                            text(CaseListModel::StatusColumn),
                            text(CaseListModel::IbxColumn),
                            text(CaseListModel::CreatedColumn),
                            text(CaseListModel::UpdatedColumn)};
    }
    return rows;
}

void TestListExport::exportThroughDialog(const QString& path, int filter)
{
    QSignalSpy written(m_exports.get(), &ListExportUi::written);
    m_exports->exportTable(m_view->table(), CaseListModel::DateTimeRole);
    QFileDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = m_view->findChild<QFileDialog*>(u"listExportFileDialog"_s)) && dialog->isVisible());
    QCOMPARE(dialog->nameFilters(), ListExportUi::nameFilters());
    dialog->selectNameFilter(ListExportUi::nameFilters().at(filter));
    dialog->selectFile(path);
    static_cast<QDialog*>(dialog)->accept(); // QFileDialog::accept(), as the Save button does
    QVERIFY(written.wait(10000));
    QCOMPARE(written.first().first().toString(), path);
}

void TestListExport::csvFieldsFollowRfc4180_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("field");
    QTest::newRow("plain") << u"AM5"_s << u"AM5"_s;
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("comma") << u"a,b"_s << u"\"a,b\""_s;
    QTest::newRow("quote") << u"say \"hi\""_s << u"\"say \"\"hi\"\"\""_s;
    QTest::newRow("lone quote") << u"\""_s << u"\"\"\"\""_s;
    QTest::newRow("LF") << u"a\nb"_s << u"\"a\nb\""_s;
    QTest::newRow("CR only") << u"a\rb"_s << u"\"a\rb\""_s;
    QTest::newRow("leading space kept") << u"  x "_s << u"  x "_s;
    QTest::newRow("non-Latin") << u"日本語"_s << u"日本語"_s;
    QTest::newRow("formula") << u"=1+2"_s << u"'=1+2"_s;
    QTest::newRow("plus") << u"+31 20"_s << u"'+31 20"_s;
    QTest::newRow("minus") << u"-1"_s << u"'-1"_s;
    QTest::newRow("at") << u"@cmd"_s << u"'@cmd"_s;
    QTest::newRow("tab") << u"\t=1"_s << u"'\t=1"_s;
    QTest::newRow("CR first") << u"\r=1"_s << u"\"'\r=1\""_s;
    QTest::newRow("formula with comma") << u"=SUM(1,2)"_s << u"\"'=SUM(1,2)\""_s;
    QTest::newRow("equals later") << u"a=b"_s << u"a=b"_s;
    QTest::newRow("apostrophe first") << u"'quoted"_s << u"'quoted"_s;
}

void TestListExport::csvFieldsFollowRfc4180()
{
    QFETCH(QString, value);
    QFETCH(QString, field);
    QCOMPARE(ListExport::csvField(value), field);
}

void TestListExport::csvRoundTripsTheViewAsShown_data()
{
    QTest::addColumn<bool>("withBom");
    QTest::newRow("CSV") << false;
    QTest::newRow("CSV with BOM") << true;
}

void TestListExport::csvRoundTripsTheViewAsShown()
{
    QFETCH(bool, withBom);
    showView();
    if (QTest::currentTestFailed())
        return;
    const QString path = m_home->filePath(withBom ? u"bom/cases.csv"_s : u"plain/cases.csv"_s);
    QVERIFY(QDir().mkpath(QFileInfo(path).path()));
    exportThroughDialog(path, withBom ? int(ListExport::Format::CsvWithBom) : int(ListExport::Format::Csv));

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QByteArray bytes = file.readAll();
    QCOMPARE(bytes.startsWith("\xEF\xBB\xBF"), withBom);
    if (withBom)
        bytes.remove(0, 3);
    const QString text = QString::fromUtf8(bytes);
    QCOMPARE(text.toUtf8(), bytes); // valid UTF-8
    QString error;
    const QList<QStringList> records = parseCsv(text, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(records.size(), 1 + 7);
    QCOMPARE(records.first(), expectedHeaders());
    QCOMPARE(records.mid(1), expectedRows());
    QCOMPARE(QDir(QFileInfo(path).path()).entryList(QDir::Files | QDir::Hidden), QStringList{u"cases.csv"_s});
}

void TestListExport::xlsxHoldsTheViewWithRealDates()
{
    showView();
    if (QTest::currentTestFailed())
        return;
    const QString path = m_home->filePath(u"xlsx/cases.xlsx"_s);
    QVERIFY(QDir().mkpath(QFileInfo(path).path()));
    exportThroughDialog(path, int(ListExport::Format::Xlsx));
    const Sheet sheet = readXlsx(path);
    QVERIFY2(sheet.error.isEmpty(), qPrintable(sheet.error));
    QCOMPARE(sheet.rows.size(), 1 + 7);
    QCOMPARE(sheet.rows.first(), expectedHeaders());
    const QList<QStringList> expected = expectedRows();
    for (int row = 0; row < expected.size(); ++row) {
        const QStringList& cells = sheet.rows.at(row + 1);
        QCOMPARE(cells.size(), expected.at(row).size());
        // Text as text (formulas neutralized the same way), dates as Excel date numbers at the same minute.
        QCOMPARE(cells.mid(0, 6), expected.at(row).mid(0, 6));
        QVERIFY(!sheet.isNumber.at(row + 1).at(1));
        const QString key = cells.first();
        const CaseRow& source = m_cases->caseRow(m_cases->rowOfKey(key));
        const QDateTime created = QDateTime::fromMSecsSinceEpoch(source.summary.createdMs);
        QVERIFY(sheet.isNumber.at(row + 1).at(6));
        const QDateTime read = fromExcelSerial(cells.at(6).toDouble());
        QVERIFY2(qAbs(read.secsTo(created)) < 1,
                 qPrintable(read.toString(Qt::ISODate) + u" vs "_s + created.toString(Qt::ISODate)));
    }
    QCOMPARE(QDir(QFileInfo(path).path()).entryList(QDir::Files | QDir::Hidden), QStringList{u"cases.xlsx"_s});
}

void TestListExport::aPathThatCannotBeWrittenIsReported_data()
{
    QTest::addColumn<int>("format");
    QTest::newRow("CSV") << int(ListExport::Format::Csv);
    QTest::newRow("XLSX") << int(ListExport::Format::Xlsx);
}

void TestListExport::aPathThatCannotBeWrittenIsReported()
{
    QFETCH(int, format);
    // A "folder" that is a file: no user, root included, can write below it.
    const QString notAFolder = m_home->filePath(u"not-a-folder"_s);
    QFile file(notAFolder);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    TableSnapshot table;
    table.headers = {u"Case number"_s};
    table.rows = {{TableSnapshot::Cell{u"10000001"_s, {}}}};
    const QString error = ListExport::write(table, notAFolder + u"/cases.file"_s, ListExport::Format(format));
    QVERIFY(!error.isEmpty());
    QVERIFY(QFileInfo(notAFolder).isFile());
}

QTEST_MAIN(TestListExport)
#include "tst_listexport.moc"
