#include "models/catalogue/ApiDocumentLoader.h"
#include "models/catalogue/CodeCatalogue.h"
#include "models/validation/SchemaValidator.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace CaseDesk;

using namespace Qt::StringLiterals;

namespace
{
QString testFile(const QString& name)
{
    return QStringLiteral(CASEDESK_TEST_DATA_DIR) + u'/' + name;
}

QByteArray readResource(const QString& name)
{
    QFile file(name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open %s", qPrintable(name));
    return file.readAll();
}

QStringList codesOf(const QList<TicketCode>& codes)
{
    QStringList list;
    for (const TicketCode& code : codes)
        list.append(code.code);
    return list;
}
} // namespace

class TestCatalogue : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void joinsTheSpecsCodesWithTheProvidersLabels();
    void neverInventsALabel();
    void theListLabelNamesTheFamilyNotTheCodeAgain_data();
    void theListLabelNamesTheFamilyNotTheCodeAgain();
    void groupsCodesByFamily();
    void searchesAsYouType_data();
    void searchesAsYouType();
    void userLabelsWinAndPersist();
    void favouritesAndRecentCodesPersist();

    void importsAChangedYamlDocumentAndShowsWhatChanged();
    void importsInTheBackgroundOneAtATime();
    void importedDocumentDrivesTheValidator();
    void readsDetailsSchemasFromATitledOneOfInSwagger2();
    void refusesBrokenOrForeignDocuments_data();
    void refusesBrokenOrForeignDocuments();
    void fallsBackToTheBundledDocumentWhenTheKeptOneIsBroken();

private:
    QString writeFile(const QString& name, const QByteArray& bytes);
    std::unique_ptr<CodeCatalogue> reopen();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<CodeCatalogue> m_catalogue;
};

void TestCatalogue::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale::c());
}

void TestCatalogue::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settings = std::make_unique<QSettings>(m_dir->filePath(u"settings.ini"_s), QSettings::IniFormat);
    m_catalogue = std::make_unique<CodeCatalogue>(m_settings.get(), m_dir->filePath(u"catalogue"_s));
    QVERIFY(m_catalogue->load());
}

void TestCatalogue::cleanup()
{
    m_catalogue.reset();
    m_settings.reset();
    m_dir.reset();
}

QString TestCatalogue::writeFile(const QString& name, const QByteArray& bytes)
{
    QFile file(m_dir->filePath(name));
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(file.fileName()));
    return file.fileName();
}

// A second catalogue over the same settings and data folder: what the next start of the app sees.
std::unique_ptr<CodeCatalogue> TestCatalogue::reopen()
{
    m_settings->sync();
    auto catalogue = std::make_unique<CodeCatalogue>(m_settings.get(), m_dir->filePath(u"catalogue"_s));
    catalogue->load();
    return catalogue;
}

void TestCatalogue::joinsTheSpecsCodesWithTheProvidersLabels()
{
    QCOMPARE(m_catalogue->codes().size(), 165);
    QVERIFY(m_catalogue->isBundled());

    const auto power = m_catalogue->code(u"0002-0000"_s);
    QVERIFY(power);
    QCOMPARE(power->title, u"Experiencing total power outage."_s);
    QCOMPARE(power->category, u"Power"_s);
    QCOMPARE(power->primaryIdLabel, u"Cage ID"_s);
    QCOMPARE(power->secondaryIdLabel, u"Cabinet ID"_s);
    QCOMPARE(power->ticketType, TicketCode::TicketType::Trouble);
    QVERIFY(!power->hasDetails);

    const auto billing = m_catalogue->code(u"0305-0301"_s);
    QVERIFY(billing);
    QCOMPARE(billing->ticketType, TicketCode::TicketType::Case);
    QVERIFY(billing->hasDetails);

    QStringList withDetails;
    for (const TicketCode& code : m_catalogue->codes()) {
        if (code.hasDetails)
            withDetails.append(code.code);
    }
    QCOMPARE(withDetails.size(), 14);
    QVERIFY(!m_catalogue->code(u"0013-0102"_s)); // in the seed's sample, not in its enum
}

void TestCatalogue::neverInventsALabel()
{
    int titled = 0;
    for (const TicketCode& code : m_catalogue->codes()) {
        if (code.title) {
            ++titled;
            QCOMPARE(m_catalogue->displayLabel(code.code), *code.title);
        } else {
            QCOMPARE(m_catalogue->displayLabel(code.code), code.code);
        }
    }
    QCOMPARE(titled, 15);
    // A category without a title stays a category: 0004-0001 is "Hardware", but its own label is unknown.
    QCOMPARE(m_catalogue->code(u"0004-0001"_s)->category, u"Hardware"_s);
    QCOMPARE(m_catalogue->displayLabel(u"0004-0001"_s), u"0004-0001"_s);
    QCOMPARE(m_catalogue->displayLabel(u"9999-9999"_s), u"9999-9999"_s);
}

void TestCatalogue::theListLabelNamesTheFamilyNotTheCodeAgain_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("userLabel");
    QTest::addColumn<QString>("expected");

    QTest::newRow("published title") << u"0002-0000"_s << QString() << u"Experiencing total power outage."_s;
    QTest::newRow("user label") << u"0305-0301"_s << u"Billing report"_s << u"Billing report"_s;
    QTest::newRow("family named, code not") << u"0004-0001"_s << QString() << u"Hardware · 0004-0001"_s;
    QTest::newRow("neither named") << u"0305-0301"_s << QString() << u"Family 0305, no published label"_s;
    QTest::newRow("unknown code") << u"9999-9999"_s << QString() << u"9999-9999"_s;
    QTest::newRow("malformed code") << u"03<b>05"_s << QString() << u"03<b>05"_s;
    QTest::newRow("empty") << QString() << QString() << QString();
}

void TestCatalogue::theListLabelNamesTheFamilyNotTheCodeAgain()
{
    QFETCH(QString, code);
    QFETCH(QString, userLabel);
    QFETCH(QString, expected);
    if (!userLabel.isEmpty())
        m_catalogue->setUserLabel(code, userLabel);
    QCOMPARE(m_catalogue->listLabel(code), expected);

    // Of the codes without a published title, none has its code for a list label, and none gets a title.
    int untitled = 0;
    for (const TicketCode& known : m_catalogue->codes()) {
        if (known.title || !m_catalogue->userLabel(known.code).isEmpty())
            continue;
        ++untitled;
        const QString label = m_catalogue->listLabel(known.code);
        QVERIFY2(label != known.code, qPrintable(known.code));
        QVERIFY2(label == u"Family %1, no published label"_s.arg(known.family)
                     || label
                            == u"%1 · %2"_s.arg(m_catalogue->familyCategory(known.family).value_or(u"?"_s), known.code),
                 qPrintable(label));
    }
    QVERIFY(untitled >= 140);
}

void TestCatalogue::groupsCodesByFamily()
{
    QStringList families = m_catalogue->families();
    QCOMPARE(families.first(), u"0000"_s);
    QVERIFY(families.contains(u"0305"_s));
    QCOMPARE(families.removeDuplicates(), 0);
    QCOMPARE(m_catalogue->familyLabel(u"0002"_s), u"0002 Power"_s);
    QCOMPARE(m_catalogue->familyLabel(u"0007"_s), u"0007 SmartView"_s);
    QCOMPARE(m_catalogue->familyLabel(u"0010"_s), u"0010"_s);
    QCOMPARE(m_catalogue->familyLabel(u"0305"_s), u"0305"_s);
    QVERIFY(!m_catalogue->familyCategory(u"0305"_s));
}

void TestCatalogue::searchesAsYouType_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("expected"); // the full result, or its first codes when `count` says more
    QTest::addColumn<int>("count");

    QTest::newRow("category and title words")
        << u"power"_s << QStringList{u"0002-0000"_s, u"0002-0001"_s, u"0007-0000"_s} << 3;
    QTest::newRow("word prefixes, any order") << u"out pow"_s << QStringList{u"0002-0000"_s, u"0002-0001"_s} << 2;
    QTest::newRow("every word must match") << u"power leak"_s << QStringList{} << 0;
    QTest::newRow("title words") << u"water"_s << QStringList{u"0003-0002"_s} << 1;
    QTest::newRow("case and accents ignored") << u"WÁTER Léak"_s << QStringList{u"0003-0002"_s} << 1;
    QTest::newRow("code with dash") << u"0305-0301"_s << QStringList{u"0305-0301"_s} << 1;
    QTest::newRow("code without dash") << u"03050301"_s << QStringList{u"0305-0301"_s} << 1;
    QTest::newRow("family digits") << u"0306"_s
                                   << QStringList{u"0306-0000"_s, u"0306-0100"_s, u"0306-0200"_s, u"0306-0300"_s} << 4;
    QTest::newRow("digits and words") << u"0002 partial"_s << QStringList{u"0002-0001"_s} << 1;
    QTest::newRow("hyphenated word") << u"cross-connect"_s << QStringList{u"0000-0000"_s, u"0000-0002"_s} << 2;
    QTest::newRow("category without title") << u"hardware"_s << QStringList{u"0004-0000"_s, u"0004-0001"_s} << 2;
    QTest::newRow("empty query") << QString() << QStringList{u"0000-0000"_s} << 165;
    QTest::newRow("malformed: only spaces") << u"   "_s << QStringList{u"0000-0000"_s} << 165;
    QTest::newRow("malformed: punctuation only") << u"(*)"_s << QStringList{u"0000-0000"_s} << 165;
    QTest::newRow("malformed: no such digits") << u"99999"_s << QStringList{} << 0;
    QTest::newRow("malformed: lone dash") << u"-"_s << QStringList{u"0000-0000"_s} << 165;
}

void TestCatalogue::searchesAsYouType()
{
    QFETCH(QString, query);
    QFETCH(QStringList, expected);
    QFETCH(int, count);
    const QStringList found = codesOf(m_catalogue->search(query));
    QCOMPARE(found.size(), count);
    QCOMPARE(found.mid(0, expected.size()), expected);
}

void TestCatalogue::userLabelsWinAndPersist()
{
    QSignalSpy changed(m_catalogue.get(), &CodeCatalogue::userLabelsChanged);
    m_catalogue->setUserLabel(u"0305-0301"_s, u"  Invoice copies "_s);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(m_catalogue->displayLabel(u"0305-0301"_s), u"Invoice copies"_s);
    QCOMPARE(codesOf(m_catalogue->search(u"invoice"_s)), QStringList{u"0305-0301"_s});

    m_catalogue->setUserLabel(u"0002-0000"_s, u"Cage dark"_s);
    QCOMPARE(m_catalogue->displayLabel(u"0002-0000"_s), u"Cage dark"_s);
    QCOMPARE(codesOf(m_catalogue->search(u"total"_s)),
             QStringList{u"0002-0000"_s}); // the provider's words still find it

    const auto next = reopen();
    QCOMPARE(next->displayLabel(u"0305-0301"_s), u"Invoice copies"_s);
    next->setUserLabel(u"0305-0301"_s, QString());
    QCOMPARE(next->displayLabel(u"0305-0301"_s), u"0305-0301"_s);
}

void TestCatalogue::favouritesAndRecentCodesPersist()
{
    QSignalSpy favourites(m_catalogue.get(), &CodeCatalogue::favouritesChanged);
    QSignalSpy recent(m_catalogue.get(), &CodeCatalogue::recentChanged);
    m_catalogue->setFavourite(u"0003-0002"_s, true);
    m_catalogue->setFavourite(u"0002-0000"_s, true);
    m_catalogue->setFavourite(u"0002-0000"_s, true); // no change, no signal
    QCOMPARE(favourites.size(), 2);

    const QStringList used{u"0000-0000"_s, u"0000-0002"_s, u"0002-0000"_s, u"0002-0001"_s, u"0003-0000"_s,
                           u"0003-0001"_s, u"0003-0002"_s, u"0003-0003"_s, u"0004-0000"_s, u"0002-0000"_s};
    for (const QString& code : used)
        m_catalogue->noteUsed(code);
    QCOMPARE(recent.size(), used.size());
    const QStringList expectedRecent{u"0002-0000"_s, u"0004-0000"_s, u"0003-0003"_s, u"0003-0002"_s,
                                     u"0003-0001"_s, u"0003-0000"_s, u"0002-0001"_s, u"0000-0002"_s};
    QCOMPARE(m_catalogue->recent(), expectedRecent);

    const auto next = reopen();
    QCOMPARE(next->favourites(), (QStringList{u"0003-0002"_s, u"0002-0000"_s}));
    QVERIFY(next->isFavourite(u"0002-0000"_s));
    QCOMPARE(next->recent(), expectedRecent);
    next->setFavourite(u"0003-0002"_s, false);
    QCOMPARE(next->favourites(), QStringList{u"0002-0000"_s});
}

void TestCatalogue::importsAChangedYamlDocumentAndShowsWhatChanged()
{
    m_catalogue->setFavourite(u"0800-0000"_s, true);
    QSignalSpy changed(m_catalogue.get(), &CodeCatalogue::catalogueChanged);
    const CodeCatalogue::ImportResult result =
        m_catalogue->importDocument(testFile(u"catalogue/provider-changed.yaml"_s));
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(result.diff.added, QStringList{u"0015-0100"_s});
    QCOMPARE(result.diff.removed, QStringList{u"0800-0000"_s});
    QCOMPARE(result.diff.schemaChanged, QStringList{u"0306-0300"_s});
    QCOMPARE(result.diff.summary(), u"Codes added (1): 0015-0100\nCodes removed (1): 0800-0000\n"
                                    u"Details form changed (1): 0306-0300"_s);

    QVERIFY(!m_catalogue->isBundled());
    QVERIFY(m_catalogue->importedFrom().endsWith(u"provider-changed.yaml"_s));
    QVERIFY(m_catalogue->importedAt().isValid());
    const auto added = m_catalogue->code(u"0015-0100"_s);
    QVERIFY(added);
    QCOMPARE(m_catalogue->displayLabel(u"0015-0100"_s), u"0015-0100"_s);
    QCOMPARE(added->ticketType, TicketCode::TicketType::Trouble);
    QVERIFY(!m_catalogue->contains(u"0800-0000"_s));
    QVERIFY(m_catalogue->favourites().isEmpty()); // kept in settings, hidden while the code is gone

    // The choice survives a restart...
    auto next = reopen();
    QVERIFY(!next->isBundled());
    QVERIFY(next->contains(u"0015-0100"_s));
    QCOMPARE(next->document()->detailsSchema(u"0306-0300"_s), m_catalogue->document()->detailsSchema(u"0306-0300"_s));

    // ...and can be undone.
    const CatalogueDiff back = next->resetToBundled();
    QCOMPARE(back.added, QStringList{u"0800-0000"_s});
    QCOMPARE(back.removed, QStringList{u"0015-0100"_s});
    QVERIFY(next->isBundled());
    QVERIFY(next->importedFrom().isEmpty());
    QCOMPARE(next->favourites(), QStringList{u"0800-0000"_s});
    next.reset();
    QVERIFY(reopen()->isBundled());
}

void TestCatalogue::importsInTheBackgroundOneAtATime()
{
    QSignalSpy importing(m_catalogue.get(), &CodeCatalogue::importingChanged);
    QList<CodeCatalogue::ImportResult> results;
    const auto collect = [&results](const CodeCatalogue::ImportResult& result) {
        results.append(result);
    };
    m_catalogue->importDocumentInBackground(testFile(u"catalogue/provider-changed.yaml"_s), collect);
    // Returned before anything is applied: the result comes through the event loop.
    QVERIFY(m_catalogue->isImporting());
    QCOMPARE(importing.size(), 1);
    QVERIFY(m_catalogue->isBundled());
    m_catalogue->importDocumentInBackground(testFile(u"catalogue/provider-changed.yaml"_s), collect);

    QTRY_COMPARE_WITH_TIMEOUT(results.size(), 2, 30000);
    QVERIFY(!results.at(0).ok); // the second one, refused at once
    QVERIFY2(results.at(0).error.contains(u"still being read"_s), qPrintable(results.at(0).error));
    QVERIFY2(results.at(1).ok, qPrintable(results.at(1).error));
    QCOMPARE(results.at(1).diff.added, QStringList{u"0015-0100"_s});
    QVERIFY(!m_catalogue->isImporting());
    QCOMPARE(importing.size(), 2);
    QVERIFY(m_catalogue->contains(u"0015-0100"_s));
    QVERIFY(QFile::exists(m_dir->filePath(u"catalogue/provider-api.json"_s)));
}

void TestCatalogue::importedDocumentDrivesTheValidator()
{
    // A provider document whose 0302-0400 form asks for an account number instead.
    QJsonObject document = ApiDocument::bundled()->root();
    QJsonObject components = document[u"components"_s].toObject();
    QJsonObject schemas = components[u"schemas"_s].toObject();
    schemas[u"Details_0302_0400"_s] =
        QJsonObject{{u"type"_s, u"object"_s},
                    {u"required"_s, QJsonArray{u"accountNumber"_s}},
                    {u"properties"_s,
                     QJsonObject{{u"accountNumber"_s, QJsonObject{{u"type"_s, u"string"_s}, {u"maxLength"_s, 10}}}}}};
    components[u"schemas"_s] = schemas;
    document[u"components"_s] = components;
    const QString file = writeFile(u"provider.json"_s, QJsonDocument(document).toJson());

    const auto result = m_catalogue->importDocument(file);
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.diff.schemaChanged, QStringList{u"0302-0400"_s});
    QVERIFY(result.diff.added.isEmpty() && result.diff.removed.isEmpty());

    const SchemaValidator validator(m_catalogue->document());
    const QJsonObject body{{u"code"_s, u"0302-0400"_s},
                           {u"description"_s, u"d"_s},
                           {u"primaryId"_s, u"p"_s},
                           {u"details"_s, QJsonObject{{u"accountNumber"_s, u"12345678901"_s}}}};
    const QList<Violation> found = validator.validateCreate(body);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().path, u"details.accountNumber"_s);
    QCOMPARE(found.first().reason, u"At most 10 characters (now 11)."_s);
}

void TestCatalogue::readsDetailsSchemasFromATitledOneOfInSwagger2()
{
    const QByteArray swagger = R"({
      "swagger": "2.0", "info": {"title": "Case Management", "version": "2.1.0"},
      "paths": {"/support/v2/tickets": {"post": {"parameters": [
        {"in": "header", "name": "Authorization", "type": "string"},
        {"in": "body", "name": "body", "schema": {"$ref": "#/definitions/Create"}}]}}},
      "definitions": {
        "Create": {"type": "object", "required": ["code"], "properties": {
          "code": {"type": "string", "enum": ["0002-0000", "0302-0900"]},
          "details": {"type": "object", "oneOf": [{"$ref": "#/definitions/Parts"}]}}},
        "Parts": {"title": "0302-0900", "type": "object", "required": ["serial"],
                  "properties": {"serial": {"type": "string", "minLength": 4}}}}})";
    const auto result = m_catalogue->importDocument(writeFile(u"swagger.json"_s, swagger));
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(m_catalogue->document()->flavour(), ApiDocument::Flavour::Swagger2);
    QCOMPARE(m_catalogue->document()->codesWithDetails(), QStringList{u"0302-0900"_s});
    QCOMPARE(result.diff.added, (QStringList{u"0302-0900"_s}));
    QCOMPARE(result.diff.removed.size(), 164);

    const SchemaValidator validator(m_catalogue->document());
    const QList<Violation> found = validator.validateDetails(u"0302-0900"_s, QJsonObject{{u"serial"_s, u"AB"_s}});
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().path, u"details.serial"_s);
    QVERIFY(validator.validateNote(QJsonObject{{u"anything"_s, 1}}).isEmpty()); // no notes call: nothing to check
}

void TestCatalogue::refusesBrokenOrForeignDocuments_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("reason");

    const QByteArray post = R"("paths": {"/support/v2/tickets": {"post": )";
    QTest::newRow("empty file") << u"a.json"_s << QByteArray("  \n") << u"The file is empty."_s;
    QTest::newRow("cut-off json") << u"a.json"_s << QByteArray("{\n  \"openapi\": \"3.0.0\",\n  \"paths\": {")
                                  << u"This is not valid JSON: line 3, column 13"_s;
    QTest::newRow("broken yaml") << u"a.yaml"_s << QByteArray("openapi: 3.0.0\npaths: [a, b\ninfo: x\n")
                                 << u"This is not valid YAML: line 3"_s;
    QTest::newRow("json array") << u"a.json"_s << QByteArray("[1, 2]") << u"top level"_s;
    QTest::newRow("yaml text") << u"notes.txt"_s << QByteArray("just some notes") << u"top level"_s;
    QTest::newRow("no version") << u"a.json"_s << QByteArray(R"({"paths": {}})") << u"states no \"openapi\""_s;
    QTest::newRow("unsupported version") << u"a.yaml"_s << QByteArray("openapi: 4.0.0\npaths: {}")
                                         << u"OpenAPI version 4.0.0 is not supported"_s;
    QTest::newRow("no paths") << u"a.json"_s << QByteArray(R"({"openapi": "3.0.3"})") << u"has no paths"_s;
    QTest::newRow("foreign api: order history")
        << u"orderhistoryv1.json"_s << readResource(u":/api/orderhistoryv1.json"_s) << u"no path /support/v2/tickets"_s;
    QTest::newRow("foreign api: attachments")
        << u"attachmentsv1.json"_s << readResource(u":/api/attachmentsv1.json"_s) << u"no path /support/v2/tickets"_s;
    QTest::newRow("no post") << u"a.json"_s
                             << QByteArray(R"({"openapi": "3.0.0", "paths": {"/support/v2/tickets": {"get": {}}}})")
                             << u"has no POST operation"_s;
    QTest::newRow("no body") << u"a.json"_s << QByteArray(R"({"openapi": "3.0.0", )" + post + R"({"responses": {}}}}})")
                             << u"POST /support/v2/tickets has no JSON request body"_s;
    QTest::newRow("body refers to nothing")
        << u"a.json"_s
        << QByteArray(
               R"({"openapi": "3.0.0", )" + post
               + R"({"requestBody": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Gone"}}}}}}}})")
        << u"refers to #/components/schemas/Gone"_s;
    QTest::newRow("no code property")
        << u"a.json"_s
        << QByteArray(
               R"({"openapi": "3.0.0", )" + post
               + R"({"requestBody": {"content": {"application/json": {"schema": {"type": "object", "properties": {"text": {}}}}}}}}}})")
        << u"has no \"code\" property"_s;
    QTest::newRow("code without enum")
        << u"a.json"_s
        << QByteArray(
               R"({"openapi": "3.0.0", )" + post
               + R"({"requestBody": {"content": {"application/json": {"schema": {"properties": {"code": {"type": "string"}}}}}}}}}})")
        << u"has no list (enum) of ticket codes"_s;
    QTest::newRow("code enum with a number")
        << u"a.json"_s
        << QByteArray(
               R"({"openapi": "3.0.0", )" + post
               + R"({"requestBody": {"content": {"application/json": {"schema": {"properties": {"code": {"enum": ["0002-0000", 7]}}}}}}}}}})")
        << u"holds a value that is not a code: 7"_s;
    QTest::newRow("details schema refers to nothing")
        << u"a.json"_s
        << QByteArray(
               R"({"openapi": "3.0.0", )" + post
               + R"({"requestBody": {"content": {"application/json": {"schema": {"properties": {"code": {"enum": ["0302-0400"]}},)"
                 R"("x-details-schema-by-code": {"0302-0400": {"$ref": "#/components/schemas/Nope"}}}}}}}}}})")
        << u"The details schema for code 0302-0400 refers to #/components/schemas/Nope"_s;
    QTest::newRow("schema valijson cannot compile")
        << u"a.json"_s
        << QByteArray(
               R"({"openapi": "3.0.0", )" + post
               + R"({"requestBody": {"content": {"application/json": {"schema": {"properties": {"code": {"enum": ["0002-0000"], "type": 5}}}}}}}}}})")
        << u"cannot be used for validation"_s;
    QTest::newRow("yaml with a duplicate key")
        << u"a.yml"_s << QByteArray("openapi: 3.0.0\npaths: {}\nopenapi: 3.1.0\n")
        << u"line 3, column 1: the key \"openapi\" appears twice"_s;
}

void TestCatalogue::refusesBrokenOrForeignDocuments()
{
    QFETCH(QString, fileName);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, reason);

    QSignalSpy changed(m_catalogue.get(), &CodeCatalogue::catalogueChanged);
    const auto before = m_catalogue->document();
    const CodeCatalogue::ImportResult result = m_catalogue->importDocument(writeFile(fileName, bytes));
    QVERIFY(!result.ok);
    QVERIFY2(result.error.contains(reason), qPrintable(result.error));
    QVERIFY(result.diff.isEmpty());
    QCOMPARE(changed.size(), 0);
    QCOMPARE(m_catalogue->document(), before);
    QCOMPARE(m_catalogue->codes().size(), 165);
    QVERIFY(reopen()->isBundled());
}

void TestCatalogue::fallsBackToTheBundledDocumentWhenTheKeptOneIsBroken()
{
    QVERIFY(m_catalogue->importDocument(testFile(u"catalogue/provider-changed.yaml"_s)).ok);
    QFile kept(m_dir->filePath(u"catalogue/provider-api.json"_s));
    QVERIFY(kept.open(QIODevice::WriteOnly | QIODevice::Truncate));
    kept.write("{\"openapi\": \"3.0");
    kept.close();

    auto next = std::make_unique<CodeCatalogue>(m_settings.get(), m_dir->filePath(u"catalogue"_s));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"provider API document kept in .* cannot be used"_s));
    QVERIFY(!next->load());
    QVERIFY(next->isBundled());
    QVERIFY2(next->loadWarning().contains(u"not valid JSON"_s), qPrintable(next->loadWarning()));
    QCOMPARE(next->codes().size(), 165);
}

QTEST_GUILESS_MAIN(TestCatalogue)
#include "tst_catalogue.moc"
