#pragma once

#include "models/schemaform/FormField.h"
#include "models/validation/Violation.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <memory>
#include <optional>
#include <vector>

namespace CaseDesk
{

/*
 * What the user has entered in a generated form, as a tree shaped like its FormField tree, that turns into
 * the JSON to send and can be loaded from JSON (a draft, the provider's sample):
 *
 *     FormValue root(SchemaFormParser::parse(schema, u"details"_s));
 *     root.load(draft.details);
 *     root.member(u"documents"_s)->member(u"type"_s)->setValue(u"DETAILED"_s);
 *     QJsonObject details = root.toJsonObject();
 *
 * Empty optional fields are left out: empty text, unset numbers, no choices, an unchecked optional check
 * box (unless its default is true), an optional group whose fields are all empty. Rows of lists are kept
 * in place even when empty, so "details.ids[2]" is always the third row the user sees. A loaded value the
 * field cannot show (text where a list belongs) is kept and sent as it was until the user edits the field,
 * so the validator can point at it instead of it vanishing. Unknown keys are kept where the schema allows
 * them. Paths (path()) are concrete: "details.parts[1].serial".
 */
class FormValue
{
    Q_DECLARE_TR_FUNCTIONS(FormValue)

public:
    explicit FormValue(FormFieldPtr field, FormValue* parent = nullptr);
    ~FormValue();
    FormValue(const FormValue&) = delete;
    FormValue& operator=(const FormValue&) = delete;

    const FormField& field() const { return *m_field; }
    FormValue* parent() const { return m_parent; }
    QString path() const;

    // Text, Choice, Boolean, Integer, Number, DateTime (an ISO 8601 UTC string): undefined when not set.
    QJsonValue value() const { return m_value; }
    void setValue(const QJsonValue& value);
    // ChoiceList: the chosen values, in the schema's order.
    QJsonArray choices() const { return m_value.toArray(); }
    void setChosen(const QJsonValue& choice, bool chosen);
    // Raw: JSON text.
    QString text() const { return m_text; }
    void setText(const QString& text);

    // Object members, or the rows of a TextList / ObjectList.
    qsizetype count() const { return qsizetype(m_children.size()); }
    FormValue* at(qsizetype index) const { return m_children.at(std::size_t(index)).get(); }
    FormValue* member(const QString& key) const;
    FormValue* appendItem();
    void removeItem(qsizetype index);

    // The value at `path`, or the deepest value above it ("details.ids[9]" finds the list when row 9 is gone).
    FormValue* find(const QString& path);

    // nullopt when the field is left out.
    std::optional<QJsonValue> toJson() const;
    QJsonObject toJsonObject() const { return toJson().value_or(QJsonValue()).toObject(); }
    void load(const QJsonValue& json);
    void clear();

    // Problems only the form can see, before the validator: JSON text that does not parse.
    QList<Violation> problems() const;
    // True while a loaded value the field cannot show is kept as it was (cleared by the first edit).
    bool holdsUnfittingValue() const { return m_unfitting.has_value(); }
    // True when nothing has been entered here or below.
    bool isBlank() const;

private:
    bool isItem() const;
    void edited();
    bool fits(const QJsonValue& json) const; // whether the field's editor can show a loaded scalar
    std::optional<QJsonValue> parsedText(QString* error) const;

    FormFieldPtr m_field;
    FormValue* m_parent;
    QJsonValue m_value = QJsonValue(QJsonValue::Undefined);
    QString m_text;
    QJsonObject m_extra;
    std::optional<QJsonValue> m_unfitting;
    std::vector<std::unique_ptr<FormValue>> m_children;
};

} // namespace CaseDesk
