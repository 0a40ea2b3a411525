#pragma once

#include <QJsonValue>
#include <QString>
#include <QStringList>

/*
 * Checks a JSON answer against a schema of the bundled API documents (:/api/...), with valijson.
 * Independent of the sandbox's own validator, so a test does not grade the server with its own code.
 *
 *     const QStringList problems = SchemaChecker::check(SchemaChecker::Api::Support,
 *                                                       u"#/components/schemas/SingleCaseResponseV2"_s, json);
 *     QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
 */
class SchemaChecker
{
public:
    enum class Api
    {
        Support,
        Attachments,
        AccessToken,
        OrderHistory,
    };

    // Empty when `value` is valid; otherwise one line per problem ("<root>[contacts][0]: ...").
    static QStringList check(Api api, const QString& pointer, const QJsonValue& value);
};
