#include "tests/support/SchemaChecker.h"

#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>

#include <map>
#include <memory>
#include <valijson/adapters/qtjson_adapter.hpp>
#include <valijson/schema.hpp>
#include <valijson/schema_parser.hpp>
#include <valijson/validator.hpp>

using namespace Qt::StringLiterals;

namespace
{

QJsonObject loadDocument(SchemaChecker::Api api)
{
    static const QHash<int, QString> files{
        {int(SchemaChecker::Api::Support), u":/api/supportv2.json"_s},
        {int(SchemaChecker::Api::Attachments), u":/api/attachmentsv1.json"_s},
        {int(SchemaChecker::Api::AccessToken), u":/api/accesstokenv1.json"_s},
        {int(SchemaChecker::Api::OrderHistory), u":/api/orderhistoryv1.json"_s},
    };
    QFile file(files.value(int(api)));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

} // namespace

QStringList SchemaChecker::check(Api api, const QString& pointer, const QJsonValue& value)
{
    // Parsed once per schema and kept for the test's lifetime.
    static std::map<QString, std::unique_ptr<valijson::Schema>> cache;
    const QString key = QString::number(int(api)) + u'|' + pointer;
    auto it = cache.find(key);
    if (it == cache.end()) {
        QJsonObject root = loadDocument(api);
        if (root.isEmpty())
            return {u"cannot read the API document"_s};
        // Validate against the whole document with a root $ref, so refs inside the schema resolve.
        root.insert(u"$ref"_s, pointer);
        auto schema = std::make_unique<valijson::Schema>();
        try {
            valijson::SchemaParser parser;
            valijson::adapters::QtJsonAdapter adapter(root);
            parser.populateSchema(adapter, *schema);
        } catch (const std::exception& e) {
            return {u"cannot parse %1: %2"_s.arg(pointer, QString::fromUtf8(e.what()))};
        }
        it = cache.emplace(key, std::move(schema)).first;
    }
    valijson::Validator validator;
    valijson::ValidationResults results;
    valijson::adapters::QtJsonAdapter target(value);
    try {
        if (validator.validate(*it->second, target, &results))
            return {};
    } catch (const std::exception& e) {
        return {u"validation failed: %1"_s.arg(QString::fromUtf8(e.what()))};
    }
    QStringList problems;
    valijson::ValidationResults::Error error;
    while (results.popError(error)) {
        QString context;
        for (const std::string& part : error.context)
            context += QString::fromStdString(part);
        problems.append(context + u": "_s + QString::fromStdString(error.description));
    }
    return problems;
}
