#include "models/catalogue/YamlToJson.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>

#include <cmath>
#include <yaml-cpp/yaml.h>

namespace CaseDesk
{

using namespace Qt::StringLiterals;

namespace
{
// Thrown inside the recursion, caught in convert(); carries a translated message.
struct ConversionError
{
    QString message;
};

QString where(const YAML::Mark& mark)
{
    if (mark.line < 0)
        return QString();
    return YamlToJson::tr("line %1, column %2: ").arg(mark.line + 1).arg(mark.column + 1);
}

QJsonValue plainScalar(const QString& text)
{
    static const QRegularExpression integer(u"^[-+]?(0|[1-9][0-9]*)$"_s);
    static const QRegularExpression decimal(u"^[-+]?(0|[1-9][0-9]*)?(\\.[0-9]+)?([eE][-+]?[0-9]+)?$"_s);
    if (text.isEmpty() || text == u"~"_s || text == u"null"_s || text == u"Null"_s || text == u"NULL"_s)
        return QJsonValue(QJsonValue::Null);
    if (text == u"true"_s || text == u"True"_s || text == u"TRUE"_s)
        return true;
    if (text == u"false"_s || text == u"False"_s || text == u"FALSE"_s)
        return false;
    const QChar first = text.at(0);
    if (!first.isDigit() && first != u'-' && first != u'+' && first != u'.')
        return text; // most scalars are words; spare them the number patterns
    if (integer.match(text).hasMatch()) {
        bool ok = false;
        const qint64 value = text.toLongLong(&ok);
        if (ok)
            return value;
    }
    // At least one digit, and not a leading-zero integer part such as "01.5".
    const bool hasDigit = std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.isDigit(); });
    if (hasDigit && decimal.match(text).hasMatch()) {
        bool ok = false;
        const double value = text.toDouble(&ok);
        if (ok && std::isfinite(value)) // JSON has no infinities: 1e400 stays text
            return value;
    }
    return text;
}

QJsonValue taggedScalar(const YAML::Node& node, const QString& text)
{
    const std::string& tag = node.Tag();
    if (tag == "!" || tag == "tag:yaml.org,2002:str")
        return text;
    if (tag == "?" || tag.empty())
        return plainScalar(text);
    if (tag == "tag:yaml.org,2002:int" || tag == "tag:yaml.org,2002:float") {
        // Qt reads "nan" and "inf" as numbers, but JSON has neither, and NaN would reach integer casts later.
        bool ok = false;
        const double value = text.toDouble(&ok);
        if (!ok || !std::isfinite(value))
            throw ConversionError{where(node.Mark())
                                  + YamlToJson::tr("\"%1\" is tagged as a number but is not one.").arg(text)};
        return value;
    }
    if (tag == "tag:yaml.org,2002:bool")
        return plainScalar(text).isBool() ? plainScalar(text) : QJsonValue(text);
    if (tag == "tag:yaml.org,2002:null")
        return QJsonValue(QJsonValue::Null);
    return text; // an application tag: keep the text, as JSON has no tags
}

class Converter
{
public:
    QJsonValue convert(const YAML::Node& node, int depth)
    {
        if (depth > YamlToJson::kMaxDepth)
            throw ConversionError{where(node.Mark()) + YamlToJson::tr("the document is nested too deeply.")};
        countNode();

        switch (node.Type()) {
        case YAML::NodeType::Null:
        case YAML::NodeType::Undefined:
            return QJsonValue(QJsonValue::Null);
        case YAML::NodeType::Scalar:
            spend(node.Scalar().size()); // before the copy: the budget bounds what is held, not what was
            return taggedScalar(node, QString::fromStdString(node.Scalar()));
        case YAML::NodeType::Sequence: {
            QJsonArray array;
            for (const YAML::Node& item : node)
                array.append(convert(item, depth + 1));
            return array;
        }
        case YAML::NodeType::Map:
            return convertMap(node, depth);
        }
        return QJsonValue(QJsonValue::Null);
    }

private:
    QJsonObject convertMap(const YAML::Node& node, int depth)
    {
        QJsonObject object;
        QList<QJsonObject> merged;
        for (const auto& entry : node) {
            const YAML::Node& key = entry.first;
            if (!key.IsScalar())
                throw ConversionError{where(key.Mark()) + YamlToJson::tr("a mapping key is not plain text.")};
            spend(key.Scalar().size());
            const QString name = QString::fromStdString(key.Scalar());
            if (name == u"<<"_s && key.Tag() == "?") {
                const QJsonValue value = convert(entry.second, depth + 1);
                if (value.isObject())
                    merged.append(value.toObject());
                for (const QJsonValue& item : value.toArray())
                    merged.append(item.toObject());
                continue;
            }
            if (object.contains(name))
                throw ConversionError{where(key.Mark()) + YamlToJson::tr("the key \"%1\" appears twice.").arg(name)};
            object.insert(name, convert(entry.second, depth + 1));
        }
        // Merge keys never override the mapping's own keys; earlier merged mappings win over later ones. A
        // merged entry is a copy (QJsonObject keeps its keys and texts itself), so it is paid for again.
        for (const QJsonObject& source : std::as_const(merged)) {
            for (auto it = source.begin(); it != source.end(); ++it) {
                if (object.contains(it.key()))
                    continue;
                countNode();
                spend(size_t(it.key().size()) + size_t(it.value().toString().size()));
                object.insert(it.key(), it.value());
            }
        }
        return object;
    }

    void countNode()
    {
        if (++m_nodes > YamlToJson::kMaxNodes)
            throw ConversionError{YamlToJson::tr("the document is too large once its aliases are expanded: it "
                                                 "would have more than %L1 entries.")
                                      .arg(YamlToJson::kMaxNodes)};
    }

    void spend(size_t bytes)
    {
        m_textBytes += qsizetype(qMin(bytes, size_t(YamlToJson::kMaxTextBytes) + 1));
        if (m_textBytes > YamlToJson::kMaxTextBytes)
            throw ConversionError{
                YamlToJson::tr("the document is too large once its aliases are expanded: its texts would take "
                               "more than %1.")
                    .arg(QLocale().formattedDataSize(YamlToJson::kMaxTextBytes))};
    }

    qsizetype m_nodes = 0;
    qsizetype m_textBytes = 0;
};
} // namespace

std::optional<QJsonValue> YamlToJson::convert(const QByteArray& yaml, QString* error)
{
    try {
        const YAML::Node root = YAML::Load(yaml.toStdString());
        Converter converter;
        return converter.convert(root, 0);
    } catch (const YAML::Exception& e) {
        if (error)
            *error = where(e.mark) + QString::fromStdString(e.msg);
    } catch (const ConversionError& e) {
        if (error)
            *error = e.message;
    }
    return std::nullopt;
}

} // namespace CaseDesk
