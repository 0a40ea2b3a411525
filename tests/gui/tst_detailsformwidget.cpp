#include "models/catalogue/ApiDocumentLoader.h"
#include "models/schemaform/SchemaFormParser.h"
#include "models/validation/SchemaValidator.h"
#include "ui/detailsform/DetailsFormWidget.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDoubleSpinBox>
#include <QGroupBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>
#include <QToolButton>

#include <ctime>
#include <limits>

using namespace CaseDesk;

using namespace Qt::StringLiterals;

namespace
{
const QString kCode = u"9000-0001"_s;

QJsonObject parse(const QByteArray& json)
{
    return QJsonDocument::fromJson(json).object();
}
} // namespace

// Drives the generated form with the keyboard, offscreen, against the synthetic schema that has every
// construct (tests/data/catalogue/kitchen-sink-api.json) and against the bundled spec's own details form.
class TestDetailsFormWidget : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void buildsAnEditorForEveryConstruct();
    void marksRequiredFieldsForEyesAndScreenReaders();
    void typingProducesDetailsAndCountsCharacters();
    void keyboardDrivesChoicesChecksAndNumbers();
    void addsAndRemovesTextRowsWithTheKeyboard();
    void addsAndRemovesObjectRowsWithTheKeyboard();
    void showsEachViolationBesideItsFieldAsTheUserTypes();
    void showsViolationsWithoutAnEditorOnTheNearestField();
    void reportsJsonTextThatDoesNotParse();
    void fillsFromADraftAndGivesItBack();
    void showsHostileNumbersWithinTheFieldsRange_data();
    void showsHostileNumbersWithinTheFieldsRange();
    void entersDateTimesInLocalTimeAndSendsUtc();
    void tabsThroughTheFormInVisualOrderAfterRowsChange();
    void landsAServerErrorOnItsField();
    void fillsTheBundledDetailsFormUntilItValidates();
    void showsAMessageWhenTheCodeHasNoDetails();

private:
    template <typename T>
    T* find(const QString& name) const
    {
        return m_form->findChild<T*>(name);
    }
    void validateLive();

    std::shared_ptr<const ApiDocument> m_document;
    std::unique_ptr<DetailsFormWidget> m_form;
};

void TestDetailsFormWidget::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale::c());
    // Local time is Amsterdam (UTC+1, +2 in summer), so "sent as UTC" shows.
    qputenv("TZ", "Europe/Amsterdam");
    tzset();
    const auto loaded =
        ApiDocumentLoader::fromFile(QStringLiteral(CASEDESK_TEST_DATA_DIR) + u"/catalogue/kitchen-sink-api.json"_s);
    QVERIFY2(loaded.ok(), qPrintable(loaded.error));
    m_document = loaded.document;
}

void TestDetailsFormWidget::init()
{
    m_form = std::make_unique<DetailsFormWidget>();
    m_form->setForm(SchemaFormParser::parse(m_document->detailsSchema(kCode), u"details"_s));
    m_form->resize(500, 900);
    m_form->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_form.get()));
}

void TestDetailsFormWidget::cleanup()
{
    m_form.reset();
}

// What the wizard does: validate on every change and hand the violations back.
void TestDetailsFormWidget::validateLive()
{
    const SchemaValidator validator(m_document);
    auto validate = [this, validator] {
        m_form->setViolations(validator.validateDetails(kCode, m_form->details()));
    };
    connect(m_form.get(), &DetailsFormWidget::detailsChanged, m_form.get(), validate);
    validate();
}

void TestDetailsFormWidget::buildsAnEditorForEveryConstruct()
{
    QVERIFY(find<QLineEdit>(u"details.name"_s));
    QVERIFY(find<QLineEdit>(u"details.email"_s));
    QCOMPARE(find<QComboBox>(u"details.kind"_s)->count(), 4); // "Choose…", A, B, C
    QCOMPARE(find<QListWidget>(u"details.formats"_s)->count(), 2);
    QVERIFY(find<QPushButton>(u"details.ids#add"_s));
    QVERIFY(find<QCheckBox>(u"details.urgent"_s));
    QVERIFY(find<QCheckBox>(u"details.notify"_s)->isChecked()); // its default
    QSpinBox* priority = find<QSpinBox>(u"details.priority"_s);
    QCOMPARE(priority->maximum(), 5);
    QCOMPARE(priority->minimum(), 0); // 1, and "Not set" one below
    QCOMPARE(priority->text(), u"Not set"_s);
    QDoubleSpinBox* ratio = find<QDoubleSpinBox>(u"details.ratio"_s);
    QCOMPARE(ratio->maximum(), 1.5);
    QVERIFY(!find<QDateTimeEdit>(u"details.when"_s)->isEnabled());
    QVERIFY(find<QCheckBox>(u"details.when#set"_s));
    QVERIFY(find<QGroupBox>(u"details.site"_s));
    QVERIFY(find<QLineEdit>(u"details.site.cage"_s));
    QVERIFY(find<QGroupBox>(u"details.site.rack"_s));
    QVERIFY(find<QSpinBox>(u"details.site.rack.row"_s));
    QVERIFY(find<QPushButton>(u"details.parts#add"_s));
    QVERIFY(find<QPlainTextEdit>(u"details.choice"_s));
    QVERIFY(find<QPlainTextEdit>(u"details.labels"_s));
    QVERIFY(find<QPlainTextEdit>(u"details.matrix"_s));
    QCOMPARE(m_form->details(), parse(R"({"site": {}})"));
}

void TestDetailsFormWidget::marksRequiredFieldsForEyesAndScreenReaders()
{
    QLineEdit* name = find<QLineEdit>(u"details.name"_s);
    QCOMPARE(name->accessibleName(), u"Name of the request, required"_s);
    QCOMPARE(name->accessibleDescription(), u"Shown to the technician."_s);
    const QList<QLabel*> labels = m_form->findChildren<QLabel*>();
    const auto title = std::find_if(labels.cbegin(), labels.cend(), [&](QLabel* l) { return l->buddy() == name; });
    QVERIFY(title != labels.cend());
    QCOMPARE((*title)->text(), u"Name of the request *"_s);
    QCOMPARE(find<QLineEdit>(u"details.email"_s)->accessibleName(), u"Email"_s);
    QCOMPARE(find<QGroupBox>(u"details.site"_s)->title(), u"Site *"_s);
    for (QWidget* input : m_form->focusChain())
        QVERIFY2(!input->accessibleName().isEmpty(), qPrintable(input->objectName()));
}

void TestDetailsFormWidget::typingProducesDetailsAndCountsCharacters()
{
    QSignalSpy changed(m_form.get(), &DetailsFormWidget::detailsChanged);
    QLineEdit* name = find<QLineEdit>(u"details.name"_s);
    QLabel* counter = find<QLabel>(u"details.name#counter"_s);
    QCOMPARE(counter->text(), u"0/20"_s);
    QTest::keyClicks(name, u"Rack A"_s);
    QCOMPARE(changed.size(), 6);
    QCOMPARE(m_form->details().value(u"name"_s), QJsonValue(u"Rack A"_s));
    QCOMPARE(counter->text(), u"6/20"_s);
    QCOMPARE(counter->accessibleName(), u"6 of at most 20 characters"_s);

    QTest::keyClicks(find<QLineEdit>(u"details.site.cage"_s), u"C-12"_s);
    QCOMPARE(m_form->details(), parse(R"({"name": "Rack A", "site": {"cage": "C-12"}})"));

    name->selectAll();
    QTest::keyClick(name, Qt::Key_Delete);
    QVERIFY(!m_form->details().contains(u"name"_s)); // emptied: left out
}

void TestDetailsFormWidget::keyboardDrivesChoicesChecksAndNumbers()
{
    QComboBox* kind = find<QComboBox>(u"details.kind"_s);
    kind->setFocus();
    QTest::keyClick(kind, Qt::Key_Down);
    QTest::keyClick(kind, Qt::Key_Down);
    QCOMPARE(m_form->details().value(u"kind"_s), QJsonValue(u"B"_s));

    QListWidget* formats = find<QListWidget>(u"details.formats"_s);
    formats->setFocus();
    formats->setCurrentRow(0);
    QTest::keyClick(formats, Qt::Key_Space);
    QTest::keyClick(formats, Qt::Key_Down);
    QTest::keyClick(formats, Qt::Key_Space);
    QCOMPARE(m_form->details().value(u"formats"_s), QJsonValue(QJsonArray{u"PDF"_s, u"XLS"_s}));
    QTest::keyClick(formats, Qt::Key_Up);
    QTest::keyClick(formats, Qt::Key_Space);
    QCOMPARE(m_form->details().value(u"formats"_s), QJsonValue(QJsonArray{u"XLS"_s}));

    QCheckBox* urgent = find<QCheckBox>(u"details.urgent"_s);
    QTest::keyClick(urgent, Qt::Key_Space);
    QCOMPARE(m_form->details().value(u"urgent"_s), QJsonValue(true));
    QCheckBox* notify = find<QCheckBox>(u"details.notify"_s);
    QTest::keyClick(notify, Qt::Key_Space);
    QCOMPARE(m_form->details().value(u"notify"_s), QJsonValue(false));

    QSpinBox* priority = find<QSpinBox>(u"details.priority"_s);
    priority->setFocus();
    priority->selectAll();
    QTest::keyClicks(priority, u"4"_s);
    QCOMPARE(m_form->details().value(u"priority"_s), QJsonValue(4));
    QTest::keyClick(priority, Qt::Key_Up);
    QTest::keyClick(priority, Qt::Key_Up); // the maximum holds
    QCOMPARE(m_form->details().value(u"priority"_s), QJsonValue(5));
    QTest::keyClick(priority, Qt::Key_PageDown); // a page down from 5 ends on "Not set"
    QCOMPARE(priority->text(), u"Not set"_s);
    QVERIFY(!m_form->details().contains(u"priority"_s));

    QDoubleSpinBox* ratio = find<QDoubleSpinBox>(u"details.ratio"_s);
    ratio->setFocus();
    ratio->selectAll();
    QTest::keyClicks(ratio, u"0.25"_s);
    QCOMPARE(m_form->details().value(u"ratio"_s), QJsonValue(0.25));
}

void TestDetailsFormWidget::addsAndRemovesTextRowsWithTheKeyboard()
{
    QPushButton* add = find<QPushButton>(u"details.ids#add"_s);
    QCOMPARE(add->text(), u"Add Ids"_s);
    for (const QString& id : {u"INV1"_s, u"INV2"_s, u"INV3"_s}) {
        QTest::keyClick(add, Qt::Key_Space);
        QTRY_VERIFY(qobject_cast<QLineEdit*>(QApplication::focusWidget()));
        QTest::keyClicks(QApplication::focusWidget(), id);
    }
    QCOMPARE(m_form->details().value(u"ids"_s), QJsonValue(QJsonArray{u"INV1"_s, u"INV2"_s, u"INV3"_s}));
    QVERIFY(!add->isEnabled()); // maxItems 3
    QCOMPARE(find<QLineEdit>(u"details.ids[1]"_s)->accessibleName(), u"Ids, item 2"_s);

    QToolButton* removeFirst = find<QToolButton>(u"details.ids[0]#remove"_s);
    QCOMPARE(removeFirst->accessibleName(), u"Remove Ids, item 1"_s);
    QTest::keyClick(removeFirst, Qt::Key_Space);
    QCOMPARE(m_form->details().value(u"ids"_s), QJsonValue(QJsonArray{u"INV2"_s, u"INV3"_s}));
    QTRY_COMPARE(find<QLineEdit>(u"details.ids[0]"_s)->text(), u"INV2"_s);
    QCOMPARE(QApplication::focusWidget(), find<QLineEdit>(u"details.ids[0]"_s));
    QVERIFY(!find<QLineEdit>(u"details.ids[2]"_s));
    QVERIFY(add->isEnabled());
}

void TestDetailsFormWidget::addsAndRemovesObjectRowsWithTheKeyboard()
{
    QPushButton* add = find<QPushButton>(u"details.parts#add"_s);
    QTest::keyClick(add, Qt::Key_Space);
    QTRY_COMPARE(QApplication::focusWidget(), find<QLineEdit>(u"details.parts[0].serial"_s));
    QTest::keyClicks(QApplication::focusWidget(), u"SN-1"_s);
    QTest::keyClick(add, Qt::Key_Space);
    QTRY_COMPARE(QApplication::focusWidget(), find<QLineEdit>(u"details.parts[1].serial"_s));
    QTest::keyClicks(QApplication::focusWidget(), u"SN-2"_s);
    QSpinBox* count = find<QSpinBox>(u"details.parts[1].count"_s);
    count->setFocus();
    count->selectAll();
    QTest::keyClicks(count, u"3"_s);
    QCOMPARE(m_form->details().value(u"parts"_s),
             QJsonValue(QJsonArray{QJsonObject{{u"serial"_s, u"SN-1"_s}},
                                   QJsonObject{{u"serial"_s, u"SN-2"_s}, {u"count"_s, 3}}}));
    QVERIFY(!add->isEnabled()); // maxItems 2

    QTest::keyClick(find<QToolButton>(u"details.parts[0]#remove"_s), Qt::Key_Space);
    QTRY_COMPARE(find<QLineEdit>(u"details.parts[0].serial"_s)->text(), u"SN-2"_s);
    QCOMPARE(m_form->details().value(u"parts"_s),
             QJsonValue(QJsonArray{QJsonObject{{u"serial"_s, u"SN-2"_s}, {u"count"_s, 3}}}));
}

void TestDetailsFormWidget::showsEachViolationBesideItsFieldAsTheUserTypes()
{
    validateLive();
    QCOMPARE(m_form->errorsAt(u"details.name"_s), QStringList{u"Required."_s});
    QCOMPARE(m_form->errorsAt(u"details.kind"_s), QStringList{u"Required."_s});
    QCOMPARE(m_form->errorsAt(u"details.site.cage"_s), QStringList{u"Required."_s});
    QLabel* nameError = find<QLabel>(u"details.name#error"_s);
    QVERIFY(nameError->isVisible());

    QLineEdit* name = find<QLineEdit>(u"details.name"_s);
    QTest::keyClicks(name, u"a"_s);
    QCOMPARE(nameError->text(), u"At least 2 characters (now 1)."_s);
    QCOMPARE(nameError->accessibleName(), u"Error in Name of the request: At least 2 characters (now 1)."_s);
    QCOMPARE(name->accessibleDescription(), u"Shown to the technician. At least 2 characters (now 1)."_s);
    QTest::keyClicks(name, u"b"_s);
    QVERIFY(!nameError->isVisible());
    QVERIFY(m_form->errorsAt(u"details.name"_s).isEmpty());

    QTest::keyClicks(name, QString(19, u'x'));
    QCOMPARE(nameError->text(), u"At most 20 characters (now 21)."_s);

    QTest::keyClick(find<QPushButton>(u"details.ids#add"_s), Qt::Key_Space);
    QTRY_VERIFY(find<QLineEdit>(u"details.ids[0]"_s));
    QCOMPARE(m_form->errorsAt(u"details.ids[0]"_s), QStringList{u"Must not be empty."_s});
    QTest::keyClicks(find<QLineEdit>(u"details.ids[0]"_s), u"toolong"_s);
    QCOMPARE(find<QLabel>(u"details.ids[0]#error"_s)->text(), u"At most 5 characters (now 7)."_s);

    QTest::keyClick(find<QPushButton>(u"details.parts#add"_s), Qt::Key_Space);
    QTRY_VERIFY(find<QLineEdit>(u"details.parts[0].serial"_s));
    QCOMPARE(m_form->errorsAt(u"details.parts[0].serial"_s), QStringList{u"Required."_s});
    QTest::keyClicks(find<QLineEdit>(u"details.parts[0].serial"_s), u"ab"_s);
    QCOMPARE(m_form->errorsAt(u"details.parts[0].serial"_s), QStringList{u"At least 4 characters (now 2)."_s});
}

void TestDetailsFormWidget::showsViolationsWithoutAnEditorOnTheNearestField()
{
    m_form->setDetails(parse(R"({"name": "ok", "kind": "A", "site": {"cage": "C"}, "formats": ["PDF", "DOC"]})"));
    QListWidget* formats = find<QListWidget>(u"details.formats"_s);
    QCOMPARE(formats->count(), 3);
    QCOMPARE(formats->item(2)->text(), u"DOC (not offered)"_s);
    validateLive();
    QCOMPARE(m_form->errorsAt(u"details.formats"_s), QStringList{u"Item 2: Choose one of: PDF, XLS."_s});

    m_form->setViolations({{u"details.nope"_s, u"Is not expected here; remove it."_s},
                           {u"description"_s, u"Not this form's business."_s},
                           {u"details.site.rack.row"_s, u"At least 0."_s}});
    QCOMPARE(m_form->errorsAt(u"details"_s), QStringList{u"Nope: Is not expected here; remove it."_s});
    QCOMPARE(m_form->errorsAt(u"details.site.rack.row"_s), QStringList{u"At least 0."_s});
    QVERIFY(m_form->errorsAt(u"details.formats"_s).isEmpty()); // replaced, not added to
}

void TestDetailsFormWidget::reportsJsonTextThatDoesNotParse()
{
    QPlainTextEdit* choice = find<QPlainTextEdit>(u"details.choice"_s);
    choice->setFocus();
    QTest::keyClicks(choice, u"{oops"_s);
    QCOMPARE(m_form->problems().size(), 1);
    QVERIFY(m_form->errorsAt(u"details.choice"_s).constFirst().startsWith(u"Is not valid JSON"_s));
    QVERIFY(!m_form->details().contains(u"choice"_s));
    choice->selectAll();
    QTest::keyClicks(choice, u"42"_s);
    QVERIFY(m_form->errorsAt(u"details.choice"_s).isEmpty());
    QCOMPARE(m_form->details().value(u"choice"_s), QJsonValue(42));
}

void TestDetailsFormWidget::fillsFromADraftAndGivesItBack()
{
    const QJsonObject draft = parse(R"({"name": "Rack power", "kind": "C", "site": {"cage": "C1",
        "rack": {"row": 4}}, "ids": ["a", "b"], "formats": ["XLS"], "parts": [{"serial": "SN12", "count": 2}],
        "urgent": true, "notify": false, "priority": 2, "ratio": 0.5, "when": "2024-01-10T08:00:00Z",
        "choice": "x", "labels": {"k": "v"}})");
    m_form->setDetails(draft);
    QCOMPARE(find<QLineEdit>(u"details.name"_s)->text(), u"Rack power"_s);
    QCOMPARE(find<QLabel>(u"details.name#counter"_s)->text(), u"10/20"_s);
    QCOMPARE(find<QComboBox>(u"details.kind"_s)->currentText(), u"C"_s);
    QCOMPARE(find<QListWidget>(u"details.formats"_s)->item(1)->checkState(), Qt::Checked);
    QCOMPARE(find<QLineEdit>(u"details.ids[1]"_s)->text(), u"b"_s);
    QCOMPARE(find<QSpinBox>(u"details.parts[0].count"_s)->value(), 2);
    QCOMPARE(find<QSpinBox>(u"details.site.rack.row"_s)->value(), 4);
    QVERIFY(find<QCheckBox>(u"details.urgent"_s)->isChecked());
    QVERIFY(!find<QCheckBox>(u"details.notify"_s)->isChecked());
    QCOMPARE(find<QDoubleSpinBox>(u"details.ratio"_s)->value(), 0.5);
    QCOMPARE(find<QDateTimeEdit>(u"details.when"_s)->time(), QTime(9, 0)); // 08:00 UTC in Amsterdam, winter
    QCOMPARE(find<QPlainTextEdit>(u"details.choice"_s)->toPlainText(), u"\"x\""_s);
    QCOMPARE(m_form->details(), draft);
}

void TestDetailsFormWidget::showsHostileNumbersWithinTheFieldsRange_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("details");
    QTest::addColumn<int>("shown");

    constexpr int kIntMax = std::numeric_limits<int>::max();
    // priority is 1 to 5 (0 shows "Not set"); site.rack.row has no bounds.
    QTest::newRow("within") << u"details.priority"_s << QByteArray(R"({"priority": 3})") << 3;
    QTest::newRow("above the maximum") << u"details.priority"_s << QByteArray(R"({"priority": 7})") << 5;
    QTest::newRow("1e300") << u"details.priority"_s << QByteArray(R"({"priority": 1e300})") << 5;
    QTest::newRow("-1e300") << u"details.priority"_s << QByteArray(R"({"priority": -1e300})") << 0;
    QTest::newRow("fraction") << u"details.priority"_s << QByteArray(R"({"priority": 2.5})") << 2;
    QTest::newRow("unbounded: beyond int")
        << u"details.site.rack.row"_s << QByteArray(R"({"site": {"rack": {"row": 4294967296}}})") << kIntMax;
    QTest::newRow("unbounded: 1e300") << u"details.site.rack.row"_s
                                      << QByteArray(R"({"site": {"rack": {"row": 1e300}}})") << kIntMax;
}

// A draft or "New case like this" may carry any number; the editor shows the nearest it can (a cast to int was
// undefined here), and the value stays as loaded for the validator to point at.
void TestDetailsFormWidget::showsHostileNumbersWithinTheFieldsRange()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, details);
    QFETCH(int, shown);
    m_form->setDetails(parse(details));
    QCOMPARE(find<QSpinBox>(path)->value(), shown);
    // The field's own top-level key keeps the number as loaded (the form adds empty objects for its other
    // groups, which is not what this is about).
    const QString key = path.section(u'.', 1, 1);
    QCOMPARE(m_form->details().value(key), parse(details).value(key));
}

void TestDetailsFormWidget::entersDateTimesInLocalTimeAndSendsUtc()
{
    QCheckBox* set = find<QCheckBox>(u"details.when#set"_s);
    QDateTimeEdit* when = find<QDateTimeEdit>(u"details.when"_s);
    QCOMPARE(set->accessibleName(), u"Set When"_s);
    QTest::keyClick(set, Qt::Key_Space);
    QVERIFY(when->isEnabled());
    QVERIFY(m_form->details().contains(u"when"_s));

    when->setDateTime(QDateTime(QDate(2024, 5, 22), QTime(21, 23, 51))); // local, summer time (UTC+2)
    QCOMPARE(m_form->details().value(u"when"_s), QJsonValue(u"2024-05-22T19:23:51Z"_s));

    when->setFocus();
    when->setCurrentSection(QDateTimeEdit::HourSection);
    QTest::keyClick(when, Qt::Key_Up);
    QCOMPARE(m_form->details().value(u"when"_s), QJsonValue(u"2024-05-22T20:23:51Z"_s));

    QTest::keyClick(set, Qt::Key_Space);
    QVERIFY(!when->isEnabled());
    QVERIFY(!m_form->details().contains(u"when"_s));
}

void TestDetailsFormWidget::tabsThroughTheFormInVisualOrderAfterRowsChange()
{
    QTest::keyClick(find<QPushButton>(u"details.ids#add"_s), Qt::Key_Space);
    QTest::keyClick(find<QPushButton>(u"details.ids#add"_s), Qt::Key_Space);
    QTRY_VERIFY(find<QLineEdit>(u"details.ids[1]"_s));

    const QList<QWidget*> chain = m_form->focusChain();
    const QStringList expectedStart{u"details.name"_s, u"details.kind"_s, u"details.site.cage"_s};
    QStringList names;
    for (QWidget* widget : chain)
        names.append(widget->objectName());
    QCOMPARE(names.mid(0, 3), expectedStart);
    const qsizetype ids = names.indexOf(u"details.ids[0]"_s);
    QCOMPARE(names.mid(ids, 5), (QStringList{u"details.ids[0]"_s, u"details.ids[0]#remove"_s, u"details.ids[1]"_s,
                                             u"details.ids[1]#remove"_s, u"details.ids#add"_s}));

    // The real focus chain follows: each input's next focusable widget is the next one in the list.
    for (qsizetype i = 0; i + 1 < chain.size(); ++i) {
        QWidget* next = chain.at(i)->nextInFocusChain();
        while (next != chain.at(i + 1) && !chain.contains(next) && next != chain.at(i))
            next = next->nextInFocusChain();
        QVERIFY2(next == chain.at(i + 1), qPrintable(names.at(i) + u" → "_s + next->objectName()));
    }
}

void TestDetailsFormWidget::landsAServerErrorOnItsField()
{
    QTest::keyClick(find<QPushButton>(u"details.parts#add"_s), Qt::Key_Space);
    find<QLineEdit>(u"details.name"_s)->setFocus();
    m_form->setViolations(Violation::fromFieldErrors({{u"details.parts[0].serial"_s, u"Unknown serial."_s}}));
    QVERIFY(m_form->focusPath(u"details.parts[0].serial"_s));
    QTRY_COMPARE(QApplication::focusWidget(), find<QLineEdit>(u"details.parts[0].serial"_s));
    QCOMPARE(m_form->errorsAt(u"details.parts[0].serial"_s), QStringList{u"Unknown serial."_s});
    QVERIFY(m_form->focusPath(u"details.formats[1]"_s));
    QTRY_COMPARE(QApplication::focusWidget(), find<QListWidget>(u"details.formats"_s));
    QVERIFY(!m_form->focusPath(u"contacts[0].type"_s));
}

void TestDetailsFormWidget::fillsTheBundledDetailsFormUntilItValidates()
{
    const auto bundled = ApiDocument::bundled();
    const QString code = u"0305-0301"_s;
    m_form->setForm(SchemaFormParser::parse(bundled->detailsSchema(code), u"details"_s));
    const SchemaValidator validator(bundled);
    auto violations = [&] {
        return validator.validateDetails(code, m_form->details());
    };
    QCOMPARE(violations().size(), 3); // transactionIds, type, formats: all required

    QTest::keyClick(find<QPushButton>(u"details.documents.transactionIds#add"_s), Qt::Key_Space);
    QTRY_VERIFY(find<QLineEdit>(u"details.documents.transactionIds[0]"_s));
    QTest::keyClicks(find<QLineEdit>(u"details.documents.transactionIds[0]"_s), u"1234567890"_s);
    QComboBox* type = find<QComboBox>(u"details.documents.type"_s);
    type->setFocus();
    QTest::keyClick(type, Qt::Key_Down);
    QListWidget* formats = find<QListWidget>(u"details.documents.formats"_s);
    formats->setFocus();
    formats->setCurrentRow(1);
    QTest::keyClick(formats, Qt::Key_Space);

    QCOMPARE(m_form->details(), parse(R"({"documents": {"transactionIds": ["1234567890"], "type": "DETAILED",
                                          "formats": ["XLS"]}})"));
    QVERIFY(violations().isEmpty());
}

void TestDetailsFormWidget::showsAMessageWhenTheCodeHasNoDetails()
{
    m_form->setForm(nullptr);
    QVERIFY(m_form->details().isEmpty());
    QVERIFY(m_form->focusChain().isEmpty());
    QVERIFY(!m_form->focusPath(u"details.x"_s));
    m_form->setDetails(parse(R"({"x": 1})"));
    QVERIFY(m_form->details().isEmpty());
    const QList<QLabel*> labels = m_form->findChildren<QLabel*>();
    QVERIFY(std::any_of(labels.cbegin(), labels.cend(),
                        [](QLabel* label) { return label->text().contains(u"no further details"_s); }));
}

QTEST_MAIN(TestDetailsFormWidget)
#include "tst_detailsformwidget.moc"
