#include "models/catalogue/ApiDocumentLoader.h"
#include "models/schema/SchemaNavigator.h"
#include "models/schemaform/FormValue.h"
#include "models/schemaform/SchemaFormParser.h"
#include "models/validation/SchemaValidator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTest>

#include <limits>

using namespace CaseDesk;

using namespace Qt::StringLiterals;
using Kind = FormField::Kind;

Q_DECLARE_METATYPE(FormField::Kind)

namespace
{
const QString kCode = u"9000-0001"_s;

FormFieldPtr findField(const FormFieldPtr& field, const QString& path)
{
    if (!field)
        return nullptr;
    if (field->path == path)
        return field;
    for (const FormFieldPtr& child : field->children) {
        if (FormFieldPtr found = findField(child, path))
            return found;
    }
    return findField(field->item, path);
}

QStringList keysOf(const FormFieldPtr& field)
{
    QStringList keys;
    for (const FormFieldPtr& child : field->children)
        keys.append(child->key);
    return keys;
}

QStringList render(const QList<Violation>& violations)
{
    QStringList lines;
    for (const Violation& v : violations)
        lines.append(v.path + u": "_s + v.reason);
    lines.sort();
    return lines;
}

QJsonObject parse(const QByteArray& json)
{
    return QJsonDocument::fromJson(json).object();
}

// Values in a JSON tree, and whether a "$ref" is left among them.
qsizetype countValues(const QJsonValue& value, bool* hasReference)
{
    qsizetype count = 1;
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        *hasReference = *hasReference || object.contains(u"$ref"_s);
        for (auto it = object.begin(); it != object.end(); ++it)
            count += countValues(it.value(), hasReference);
    }
    for (const QJsonValue& item : value.toArray())
        count += countValues(item, hasReference);
    return count;
}
} // namespace

class TestSchemaForm : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void parsesEveryConstruct_data();
    void parsesEveryConstruct();
    void readsLimitsChoicesAndDefaults();
    void ordersRequiredFieldsFirstThenByName();
    void degradesMalformedSchemasToJsonText_data();
    void degradesMalformedSchemasToJsonText();
    void clampsLengthsAndCountsIntoInt_data();
    void clampsLengthsAndCountsIntoInt();
    void inlinesAReferenceBombOnlyUpToItsBudget();
    void humanisesKeys_data();
    void humanisesKeys();
    void producesDetailsLeavingEmptyOptionalFieldsOut();
    void loadsDetailsAndGivesThemBack();
    void keepsAValueItCannotShowUntilTheFieldIsEdited();
    void keepsUnknownKeysOnlyWhereTheSchemaAllowsThem();
    void givesEachRowItsOwnPath();
    void reportsJsonTextThatDoesNotParse();
    void showsTheErrorsOfEachConstruct_data();
    void showsTheErrorsOfEachConstruct();

private:
    std::shared_ptr<const ApiDocument> m_document;
    FormFieldPtr m_form;
};

void TestSchemaForm::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale::c());
    const auto loaded =
        ApiDocumentLoader::fromFile(QStringLiteral(CASEDESK_TEST_DATA_DIR) + u"/catalogue/kitchen-sink-api.json"_s);
    QVERIFY2(loaded.ok(), qPrintable(loaded.error));
    m_document = loaded.document;
    m_form = SchemaFormParser::parse(m_document->detailsSchema(kCode), u"details"_s);
    QCOMPARE(m_form->kind, Kind::Object);
}

void TestSchemaForm::parsesEveryConstruct_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<bool>("required");
    QTest::addColumn<QString>("title");

    QTest::newRow("string with title") << u"details.name"_s << Kind::Text << true << u"Name of the request"_s;
    QTest::newRow("string with format") << u"details.email"_s << Kind::Text << false << u"Email"_s;
    QTest::newRow("enum") << u"details.kind"_s << Kind::Choice << true << u"Kind"_s;
    QTest::newRow("integer") << u"details.priority"_s << Kind::Integer << false << u"Priority"_s;
    QTest::newRow("number") << u"details.ratio"_s << Kind::Number << false << u"Ratio"_s;
    QTest::newRow("boolean") << u"details.urgent"_s << Kind::Boolean << false << u"Urgent"_s;
    QTest::newRow("date-time") << u"details.when"_s << Kind::DateTime << false << u"When"_s;
    QTest::newRow("array of enums") << u"details.formats"_s << Kind::ChoiceList << false << u"Formats"_s;
    QTest::newRow("array of strings") << u"details.ids"_s << Kind::TextList << false << u"Ids"_s;
    QTest::newRow("array of strings: item") << u"details.ids[]"_s << Kind::Text << true << u"Ids"_s;
    QTest::newRow("object") << u"details.site"_s << Kind::Object << true << u"Site"_s;
    QTest::newRow("object: field") << u"details.site.cage"_s << Kind::Text << true << u"Cage"_s;
    QTest::newRow("nested object") << u"details.site.rack"_s << Kind::Object << false << u"Rack"_s;
    QTest::newRow("nested object: field") << u"details.site.rack.row"_s << Kind::Integer << false << u"Row"_s;
    QTest::newRow("array of objects") << u"details.parts"_s << Kind::ObjectList << false << u"Parts"_s;
    QTest::newRow("array of objects: item") << u"details.parts[]"_s << Kind::Object << true << u"Parts"_s;
    QTest::newRow("array of objects: field") << u"details.parts[].serial"_s << Kind::Text << true << u"Serial"_s;
    QTest::newRow("nullable string") << u"details.nullableText"_s << Kind::Text << false << u"Nullable text"_s;
    QTest::newRow("oneOf: as JSON") << u"details.choice"_s << Kind::Raw << false << u"Choice"_s;
    QTest::newRow("map: as JSON") << u"details.labels"_s << Kind::Raw << false << u"Labels"_s;
    QTest::newRow("mixed types: as JSON") << u"details.mixed"_s << Kind::Raw << false << u"Mixed"_s;
    QTest::newRow("array of arrays: as JSON") << u"details.matrix"_s << Kind::Raw << false << u"Matrix"_s;
}

void TestSchemaForm::parsesEveryConstruct()
{
    QFETCH(QString, path);
    QFETCH(Kind, kind);
    QFETCH(bool, required);
    QFETCH(QString, title);
    const FormFieldPtr field = findField(m_form, path);
    QVERIFY2(field, qPrintable(path));
    QCOMPARE(field->kind, kind);
    QCOMPARE(field->required, required);
    QCOMPARE(field->title, title);
    QCOMPARE(field->rawReason.isEmpty(), kind != Kind::Raw);
}

void TestSchemaForm::readsLimitsChoicesAndDefaults()
{
    const FormFieldPtr name = findField(m_form, u"details.name"_s);
    QCOMPARE(name->minLength, 2);
    QCOMPARE(name->maxLength, 20);
    QCOMPARE(name->description, u"Shown to the technician."_s);
    QCOMPARE(findField(m_form, u"details.email"_s)->format, u"email"_s);
    QCOMPARE(findField(m_form, u"details.kind"_s)->enumValues, (QJsonArray{u"A"_s, u"B"_s, u"C"_s}));

    const FormFieldPtr priority = findField(m_form, u"details.priority"_s);
    QCOMPARE(priority->minimum, 1.0);
    QCOMPARE(priority->maximum, 5.0);
    QVERIFY(!priority->exclusiveMinimum);
    const FormFieldPtr ratio = findField(m_form, u"details.ratio"_s);
    QCOMPARE(ratio->minimum, 0.0);
    QVERIFY(ratio->exclusiveMinimum);
    QCOMPARE(ratio->maximum, 1.5);

    const FormFieldPtr formats = findField(m_form, u"details.formats"_s);
    QCOMPARE(formats->enumValues, (QJsonArray{u"PDF"_s, u"XLS"_s}));
    QCOMPARE(formats->minItems, 1);
    QVERIFY(formats->uniqueItems);
    QCOMPARE(findField(m_form, u"details.ids"_s)->maxItems, 3);
    QCOMPARE(findField(m_form, u"details.ids[]"_s)->maxLength, 5);
    QCOMPARE(findField(m_form, u"details.parts"_s)->maxItems, 2);
    QCOMPARE(findField(m_form, u"details.notify"_s)->defaultValue, QJsonValue(true));
    QCOMPARE(findField(m_form, u"details.nullableText"_s)->maxLength, 3);
    QVERIFY(!m_form->allowsExtraKeys);
    QVERIFY(findField(m_form, u"details.site"_s)->allowsExtraKeys);
}

void TestSchemaForm::ordersRequiredFieldsFirstThenByName()
{
    QCOMPARE(keysOf(m_form),
             (QStringList{u"name"_s, u"kind"_s, u"site"_s, u"choice"_s, u"email"_s, u"formats"_s, u"ids"_s, u"labels"_s,
                          u"matrix"_s, u"mixed"_s, u"notify"_s, u"nullableText"_s, u"parts"_s, u"priority"_s,
                          u"ratio"_s, u"urgent"_s, u"when"_s}));
    // The spec's provisional details schema lists its required fields in the seed's own order.
    const FormFieldPtr details =
        SchemaFormParser::parse(ApiDocument::bundled()->detailsSchema(u"0305-0301"_s), u"details"_s);
    QCOMPARE(keysOf(details->child(u"documents"_s)), (QStringList{u"transactionIds"_s, u"type"_s, u"formats"_s}));
}

void TestSchemaForm::degradesMalformedSchemasToJsonText_data()
{
    QTest::addColumn<QByteArray>("schema");
    QTest::addColumn<Kind>("rootKind");
    QTest::addColumn<QString>("childKey");
    QTest::addColumn<Kind>("childKind");

    QTest::newRow("empty schema") << QByteArray("{}") << Kind::Raw << QString() << Kind::Raw;
    QTest::newRow("object without properties")
        << QByteArray(R"({"type": "object"})") << Kind::Object << QString() << Kind::Raw;
    QTest::newRow("malformed: type is a number") << QByteArray(R"({"type": 5})") << Kind::Raw << QString() << Kind::Raw;
    QTest::newRow("malformed: property schema is a number")
        << QByteArray(R"({"properties": {"a": 5}})") << Kind::Object << u"a"_s << Kind::Raw;
    QTest::newRow("malformed: empty enum")
        << QByteArray(R"({"properties": {"a": {"enum": []}}})") << Kind::Object << u"a"_s << Kind::Raw;
    QTest::newRow("malformed: length is text")
        << QByteArray(R"({"properties": {"a": {"type": "string", "maxLength": "ten"}}})") << Kind::Object << u"a"_s
        << Kind::Text;
    QTest::newRow("malformed: array without items")
        << QByteArray(R"({"properties": {"a": {"type": "array"}}})") << Kind::Object << u"a"_s << Kind::Raw;
    QTest::newRow("malformed: required is not a list")
        << QByteArray(R"({"required": "a", "properties": {"a": {"type": "boolean"}}})") << Kind::Object << u"a"_s
        << Kind::Boolean;
    QTest::newRow("unresolved reference")
        << QByteArray(R"({"properties": {"a": {"$ref": "#/x"}}})") << Kind::Object << u"a"_s << Kind::Raw;
    QTest::newRow("allOf") << QByteArray(R"({"properties": {"a": {"allOf": [{"type": "string"}]}}})") << Kind::Object
                           << u"a"_s << Kind::Raw;
}

void TestSchemaForm::degradesMalformedSchemasToJsonText()
{
    QFETCH(QByteArray, schema);
    QFETCH(Kind, rootKind);
    QFETCH(QString, childKey);
    QFETCH(Kind, childKind);
    const FormFieldPtr form = SchemaFormParser::parse(parse(schema), u"details"_s);
    QCOMPARE(form->kind, rootKind);
    if (!childKey.isEmpty()) {
        QVERIFY(form->child(childKey));
        QCOMPARE(form->child(childKey)->kind, childKind);
        QVERIFY(!form->child(childKey)->maxLength);
    }
}

void TestSchemaForm::clampsLengthsAndCountsIntoInt_data()
{
    QTest::addColumn<QByteArray>("schema");
    QTest::addColumn<int>("minimum"); // minLength or minItems
    QTest::addColumn<int>("maximum"); // maxLength or maxItems

    constexpr int kMax = std::numeric_limits<int>::max();
    QTest::newRow("ordinary") << QByteArray(R"({"type": "string", "minLength": 2, "maxLength": 20})") << 2 << 20;
    QTest::newRow("beyond int") << QByteArray(R"({"type": "string", "minLength": 2147483648, "maxLength": 1e10})")
                                << kMax << kMax;
    QTest::newRow("1e300") << QByteArray(R"({"type": "string", "minLength": 1e300, "maxLength": 1e300})") << kMax
                           << kMax;
    QTest::newRow("negative") << QByteArray(R"({"type": "string", "minLength": -1, "maxLength": -1e300})") << 0 << 0;
    QTest::newRow("array counts beyond int")
        << QByteArray(R"({"type": "array", "items": {"type": "string"}, "minItems": 1e19, "maxItems": 4294967296})")
        << kMax << kMax;
}

void TestSchemaForm::clampsLengthsAndCountsIntoInt()
{
    QFETCH(QByteArray, schema);
    QFETCH(int, minimum);
    QFETCH(int, maximum);
    const FormFieldPtr field = SchemaFormParser::parse(parse(schema), u"details"_s);
    if (field->kind == FormField::Kind::TextList) {
        QCOMPARE(field->minItems, minimum);
        QCOMPARE(field->maxItems, maximum);
    } else {
        QCOMPARE(field->kind, FormField::Kind::Text);
        QCOMPARE(field->minLength, minimum);
        QCOMPARE(field->maxLength, maximum);
    }
}

// Each schema refers twice to the next, 30 deep: inlined in full that is 2^30 objects from a 5 KB document, and
// the wizard froze opening the code's details. The same document is a regression input of api_document_json.
void TestSchemaForm::inlinesAReferenceBombOnlyUpToItsBudget()
{
    QJsonObject schemas{{u"Create"_s, parse(R"({"type": "object", "required": ["code"],
        "x-details-schema-by-code": {"0305-0301": {"$ref": "#/components/schemas/R0"}},
        "properties": {"code": {"type": "string", "enum": ["0305-0301"]}, "details": {"type": "object"}}})")}};
    constexpr int kDepth = 30;
    for (int i = 0; i < kDepth; ++i) {
        const QJsonObject next{{u"$ref"_s, u"#/components/schemas/R%1"_s.arg(i + 1)}};
        schemas.insert(u"R%1"_s.arg(i), QJsonObject{{u"type"_s, u"object"_s},
                                                    {u"properties"_s, QJsonObject{{u"a"_s, next}, {u"b"_s, next}}}});
    }
    schemas.insert(u"R%1"_s.arg(kDepth), QJsonObject{{u"type"_s, u"string"_s}});
    QJsonObject document = parse(R"({"openapi": "3.0.1", "info": {"title": "Bomb", "version": "1"}, "paths":
        {"/support/v2/tickets": {"post": {"requestBody": {"content": {"application/json": {"schema":
        {"$ref": "#/components/schemas/Create"}}}}}}}})");
    document.insert(u"components"_s, QJsonObject{{u"schemas"_s, schemas}});
    const auto loaded = ApiDocumentLoader::fromBytes(QJsonDocument(document).toJson(), ApiDocumentLoader::Format::Json);
    QVERIFY2(loaded.ok(), qPrintable(loaded.error));

    const QJsonObject details = loaded.document->detailsSchema(u"0305-0301"_s);
    bool hasReference = false;
    QVERIFY(countValues(details, &hasReference) <= SchemaNavigator::kMaxInlinedValues);
    QVERIFY(hasReference); // what was not inlined is left as a reference: a JSON text field in the form
    const FormFieldPtr form = SchemaFormParser::parse(details, u"details"_s);
    QCOMPARE(form->kind, FormField::Kind::Object);
}

void TestSchemaForm::humanisesKeys_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("title");

    QTest::newRow("camel case") << u"transactionIds"_s << u"Transaction ids"_s;
    QTest::newRow("three words") << u"primaryIdLabel"_s << u"Primary id label"_s;
    QTest::newRow("acronym") << u"IBX"_s << u"IBX"_s;
    QTest::newRow("trailing acronym") << u"cageID"_s << u"Cage ID"_s;
    QTest::newRow("snake case") << u"purchase_order_number"_s << u"Purchase order number"_s;
    QTest::newRow("kebab case") << u"x-provisional"_s << u"X provisional"_s;
    QTest::newRow("one letter") << u"a"_s << u"A"_s;
    QTest::newRow("malformed: empty") << QString() << QString();
    QTest::newRow("malformed: only separators") << u"__"_s << QString();
}

void TestSchemaForm::humanisesKeys()
{
    QFETCH(QString, key);
    QFETCH(QString, title);
    QCOMPARE(SchemaFormParser::humanise(key), title);
}

void TestSchemaForm::producesDetailsLeavingEmptyOptionalFieldsOut()
{
    FormValue root(m_form);
    // Nothing entered: only the required group appears, empty, so the validator can name what it lacks.
    QCOMPARE(root.toJsonObject(), parse(R"({"site": {}})"));

    root.member(u"name"_s)->setValue(u"Rack power"_s);
    root.member(u"kind"_s)->setValue(u"B"_s);
    root.member(u"site"_s)->member(u"cage"_s)->setValue(u"C1"_s);
    root.member(u"ids"_s)->appendItem()->setValue(u"a"_s);
    root.member(u"ids"_s)->appendItem(); // an empty row stays, so its index matches what is shown
    root.member(u"formats"_s)->setChosen(u"XLS"_s, true);
    root.member(u"formats"_s)->setChosen(u"PDF"_s, true);
    root.member(u"parts"_s)->appendItem()->member(u"serial"_s)->setValue(u"SN12"_s);
    root.member(u"urgent"_s)->setValue(true);
    root.member(u"notify"_s)->setValue(false); // defaults to true, so false must be said
    root.member(u"priority"_s)->setValue(3.0);
    root.member(u"when"_s)->setValue(u"2024-05-22T19:23:51Z"_s);
    root.member(u"email"_s)->setValue(QString());                                          // empty text: left out
    root.member(u"site"_s)->member(u"rack"_s)->member(u"position"_s)->setValue(QString()); // empty group: left out

    const QJsonObject expected = parse(R"({"name": "Rack power", "kind": "B", "site": {"cage": "C1"},
        "ids": ["a", ""], "formats": ["PDF", "XLS"], "parts": [{"serial": "SN12"}], "urgent": true,
        "notify": false, "priority": 3, "when": "2024-05-22T19:23:51Z"})");
    QCOMPARE(root.toJsonObject(), expected);
    QVERIFY(root.toJsonObject().value(u"priority"_s).isDouble());

    root.member(u"formats"_s)->setChosen(u"PDF"_s, false);
    root.member(u"formats"_s)->setChosen(u"XLS"_s, false);
    root.member(u"parts"_s)->removeItem(0);
    QVERIFY(!root.toJsonObject().contains(u"formats"_s));
    QVERIFY(!root.toJsonObject().contains(u"parts"_s));
}

void TestSchemaForm::loadsDetailsAndGivesThemBack()
{
    const QJsonObject details = parse(R"({"name": "Rack power", "kind": "C", "site": {"cage": "C1",
        "rack": {"row": 4, "position": "top"}}, "ids": ["a", "b"], "formats": ["XLS"],
        "parts": [{"serial": "SN12", "count": 2}, {"serial": "SN13"}], "urgent": true, "ratio": 0.5,
        "when": "2024-05-22T19:23:51Z", "choice": 7, "labels": {"x": "y"}, "matrix": [[1, 2], [3]]})");
    FormValue root(m_form);
    root.load(details);
    QCOMPARE(root.toJsonObject(), details);
    QCOMPARE(root.member(u"parts"_s)->count(), 2);
    QCOMPARE(root.member(u"choice"_s)->text(), u"7"_s);
    QVERIFY(root.problems().isEmpty());

    root.clear();
    QCOMPARE(root.toJsonObject(), parse(R"({"site": {}})"));
}

void TestSchemaForm::keepsAValueItCannotShowUntilTheFieldIsEdited()
{
    FormValue root(m_form);
    root.load(parse(R"({"name": "n1", "kind": "A", "site": {"cage": "C"}, "ids": "not-a-list", "parts": [7]})"));
    QVERIFY(root.member(u"ids"_s)->holdsUnfittingValue());
    QCOMPARE(root.toJsonObject().value(u"ids"_s), QJsonValue(u"not-a-list"_s));
    QCOMPARE(root.toJsonObject().value(u"parts"_s), QJsonValue(QJsonArray{7}));

    root.member(u"ids"_s)->appendItem()->setValue(u"x"_s);
    QVERIFY(!root.member(u"ids"_s)->holdsUnfittingValue());
    QCOMPARE(root.toJsonObject().value(u"ids"_s), QJsonValue(QJsonArray{u"x"_s}));
    root.member(u"parts"_s)->at(0)->member(u"serial"_s)->setValue(u"SN99"_s);
    QCOMPARE(root.toJsonObject().value(u"parts"_s), QJsonValue(QJsonArray{QJsonObject{{u"serial"_s, u"SN99"_s}}}));
}

void TestSchemaForm::keepsUnknownKeysOnlyWhereTheSchemaAllowsThem()
{
    FormValue root(m_form);
    root.load(parse(R"({"name": "n1", "kind": "A", "zzz": 1, "site": {"cage": "C", "note": "kept"}})"));
    const QJsonObject json = root.toJsonObject();
    QVERIFY(!json.contains(u"zzz"_s)); // additionalProperties: false, and no field to remove it from
    QCOMPARE(json.value(u"site"_s).toObject().value(u"note"_s), QJsonValue(u"kept"_s));
}

void TestSchemaForm::givesEachRowItsOwnPath()
{
    FormValue root(m_form);
    FormValue* parts = root.member(u"parts"_s);
    parts->appendItem();
    FormValue* second = parts->appendItem();
    QCOMPARE(root.path(), u"details"_s);
    QCOMPARE(second->member(u"serial"_s)->path(), u"details.parts[1].serial"_s);
    QCOMPARE(root.find(u"details.parts[1].serial"_s), second->member(u"serial"_s));
    QCOMPARE(root.find(u"details.parts[7].serial"_s), parts); // a row that is gone: its list
    // A server's or a stored draft's path may name any index: none of these is a row (at(-1) threw). JsonPath
    // keeps an index no list can have as part of the key (tst_schemavalidator), and no field is called
    // "parts[-1]", so they end at the form itself.
    QCOMPARE(root.find(u"details.parts[-1].serial"_s), &root);
    QCOMPARE(root.find(u"details.parts[9223372036854775807]"_s), &root);
    QCOMPARE(root.find(u"details.parts[99999999999999999999]"_s), &root);
    QCOMPARE(root.find(u"details.unknown.deeper"_s), &root);
    QCOMPARE(root.find(u"contacts[0]"_s), nullptr);
    parts->removeItem(0);
    QCOMPARE(second->member(u"serial"_s)->path(), u"details.parts[0].serial"_s);
}

void TestSchemaForm::reportsJsonTextThatDoesNotParse()
{
    FormValue root(m_form);
    root.member(u"labels"_s)->setText(u"{\"x\": "_s);
    root.member(u"choice"_s)->setText(u"\"quoted text\""_s);
    const QList<Violation> problems = root.problems();
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.first().path, u"details.labels"_s);
    QVERIFY(problems.first().reason.startsWith(u"Is not valid JSON"_s));
    QVERIFY(!root.toJsonObject().contains(u"labels"_s));
    QCOMPARE(root.toJsonObject().value(u"choice"_s), QJsonValue(u"quoted text"_s));
}

void TestSchemaForm::showsTheErrorsOfEachConstruct_data()
{
    QTest::addColumn<QByteArray>("patch"); // merged over a valid {name, kind, site}
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("valid") << QByteArray("{}") << QStringList{};
    QTest::newRow("text too short") << QByteArray(R"({"name": "a"})")
                                    << QStringList{u"details.name: At least 2 characters (now 1)."_s};
    QTest::newRow("text too long") << QByteArray(R"({"name": "abcdefghijklmnopqrstu"})")
                                   << QStringList{u"details.name: At most 20 characters (now 21)."_s};
    QTest::newRow("required text left empty")
        << QByteArray(R"({"name": ""})") << QStringList{u"details.name: Required."_s};
    QTest::newRow("choice not made") << QByteArray(R"({"kind": null})") << QStringList{u"details.kind: Required."_s};
    QTest::newRow("choice not offered") << QByteArray(R"({"kind": "D"})")
                                        << QStringList{u"details.kind: Choose one of: A, B, C."_s};
    QTest::newRow("integer above maximum")
        << QByteArray(R"({"priority": 9})") << QStringList{u"details.priority: At most 5."_s};
    QTest::newRow("integer not whole") << QByteArray(R"({"priority": 2.5})")
                                       << QStringList{u"details.priority: Must be a whole number."_s};
    QTest::newRow("number at exclusive minimum")
        << QByteArray(R"({"ratio": 0})") << QStringList{u"details.ratio: More than 0."_s};
    QTest::newRow("number above maximum")
        << QByteArray(R"({"ratio": 2})") << QStringList{u"details.ratio: At most 1.5."_s};
    QTest::newRow("boolean given as text")
        << QByteArray(R"({"urgent": "yes"})") << QStringList{u"details.urgent: Must be true or false."_s};
    QTest::newRow("date-time malformed") << QByteArray(R"({"when": "tomorrow"})")
                                         << QStringList{
                                                u"details.when: Enter a date and time such as 2024-05-22T19:23:51Z."_s};
    QTest::newRow("choice list: value not offered") << QByteArray(R"({"formats": ["PDF", "DOC"]})")
                                                    << QStringList{u"details.formats[1]: Choose one of: PDF, XLS."_s};
    QTest::newRow("choice list: twice") << QByteArray(R"({"formats": ["PDF", "PDF"]})")
                                        << QStringList{u"details.formats: Lists the same value twice."_s};
    QTest::newRow("text list: too many") << QByteArray(R"({"ids": ["a", "b", "c", "d"]})")
                                         << QStringList{u"details.ids: At most 3 items (now 4)."_s};
    QTest::newRow("text list: row too long")
        << QByteArray(R"({"ids": ["toolong"]})") << QStringList{u"details.ids[0]: At most 5 characters (now 7)."_s};
    QTest::newRow("text list: empty row")
        << QByteArray(R"({"ids": ["a", ""]})") << QStringList{u"details.ids[1]: Must not be empty."_s};
    QTest::newRow("nested object: required field")
        << QByteArray(R"({"site": {}})") << QStringList{u"details.site.cage: Required."_s};
    QTest::newRow("nested twice: bound") << QByteArray(R"({"site": {"cage": "C", "rack": {"row": -1}}})")
                                         << QStringList{u"details.site.rack.row: At least 0."_s};
    QTest::newRow("object list: row lacks a required field")
        << QByteArray(R"({"parts": [{"count": 2}]})") << QStringList{u"details.parts[0].serial: Required."_s};
    QTest::newRow("object list: field too short")
        << QByteArray(R"({"parts": [{"serial": "SN12"}, {"serial": "ab"}]})")
        << QStringList{u"details.parts[1].serial: At least 4 characters (now 2)."_s};
    QTest::newRow("malformed: unknown field in a row is dropped by the form")
        << QByteArray(R"({"parts": [{"serial": "abcd", "colour": "red"}]})") << QStringList{};
    QTest::newRow("object list: too many rows")
        << QByteArray(R"({"parts": [{"serial": "aaaa"}, {"serial": "bbbb"}, {"serial": "cccc"}]})")
        << QStringList{u"details.parts: At most 2 items (now 3)."_s};
    QTest::newRow("json text: no alternative matches")
        << QByteArray(R"({"choice": true})") << QStringList{u"details.choice: Must be text."_s};
    QTest::newRow("nullable text: too long") << QByteArray(R"({"nullableText": "abcd"})")
                                             << QStringList{u"details.nullableText: At most 3 characters (now 4)."_s};
    QTest::newRow("malformed: unknown top-level key is dropped by the form")
        << QByteArray(R"({"zzz": 1})") << QStringList{};
    QTest::newRow("malformed: number given as text")
        << QByteArray(R"({"priority": "3"})") << QStringList{u"details.priority: Must be a whole number."_s};
    QTest::newRow("malformed: group given as text")
        << QByteArray(R"({"site": "C1"})") << QStringList{u"details.site: Must be a group of fields."_s};
}

void TestSchemaForm::showsTheErrorsOfEachConstruct()
{
    QFETCH(QByteArray, patch);
    QFETCH(QStringList, expected);

    QJsonObject details = parse(R"({"name": "ok", "kind": "A", "site": {"cage": "C1"}})");
    const QJsonObject changes = parse(patch);
    for (auto it = changes.begin(); it != changes.end(); ++it)
        details.insert(it.key(), it.value());
    FormValue root(m_form);
    root.load(details);
    const SchemaValidator validator(m_document);
    QCOMPARE(render(validator.validateDetails(kCode, root.toJsonObject())), expected);
}

QTEST_GUILESS_MAIN(TestSchemaForm)
#include "tst_schemaform.moc"
