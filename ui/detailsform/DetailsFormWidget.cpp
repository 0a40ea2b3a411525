#include "ui/detailsform/DetailsFormWidget.h"

#include "models/schema/JsonPath.h"
#include "models/schemaform/FormValue.h"
#include "models/schemaform/SchemaFormParser.h"
#include "ui/detailsform/FieldEditor.h"
#include "ui/detailsform/ObjectFieldEditor.h"

#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

namespace CaseDesk
{

using namespace Qt::StringLiterals;

DetailsFormWidget::DetailsFormWidget(QWidget* parent)
    : QWidget(parent)
    , m_scroll(new QScrollArea(this))
{
    setObjectName(u"detailsForm"_s);
    m_scroll->setWidgetResizable(true);
    m_scroll->setAccessibleName(tr("Details form"));
    m_scroll->setFrameShape(QFrame::NoFrame);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_scroll);
    rebuild();
}

DetailsFormWidget::~DetailsFormWidget()
{
    // The editors point into the value tree: let them go first.
    delete m_scroll->takeWidget();
}

void DetailsFormWidget::setForm(FormFieldPtr form)
{
    m_form = std::move(form);
    m_violations.clear();
    rebuild();
}

void DetailsFormWidget::rebuild()
{
    delete m_scroll->takeWidget();
    m_root = nullptr;
    m_editors.clear();
    m_value = m_form ? std::make_unique<FormValue>(m_form) : nullptr;

    auto* page = new QWidget;
    auto* layout = new QVBoxLayout(page);
    if (!m_value) {
        auto* none = new QLabel(tr("This ticket code asks for no further details."), page);
        none->setWordWrap(true);
        layout->addWidget(none);
    } else {
        m_root = m_form->kind == FormField::Kind::Object ? new ObjectFieldEditor(m_value.get(), page, false)
                                                         : FieldEditor::create(m_value.get(), page);
        layout->addWidget(m_root);
        connect(m_root, &FieldEditor::edited, this, [this] {
            applyViolations(); // JSON text problems come and go as the user types
            emit detailsChanged();
        });
        connect(m_root, &FieldEditor::structureChanged, this, &DetailsFormWidget::reindex);
    }
    layout->addStretch(1);
    m_scroll->setWidget(page);
    reindex();
}

void DetailsFormWidget::reindex()
{
    m_editors.clear();
    if (!m_root)
        return;
    QList<FieldEditor*> pending{m_root};
    while (!pending.isEmpty()) {
        FieldEditor* editor = pending.takeFirst();
        editor->updateNames();
        m_editors.insert(editor->path(), editor);
        pending += editor->childEditors();
    }
    const QList<QWidget*> chain = focusChain();
    for (qsizetype i = 1; i < chain.size(); ++i)
        QWidget::setTabOrder(chain.at(i - 1), chain.at(i));
    applyViolations();
}

QList<QWidget*> DetailsFormWidget::focusChain() const
{
    QList<QWidget*> chain = m_root ? m_root->focusChain() : QList<QWidget*>();
    chain.removeAll(nullptr);
    return chain;
}

QJsonObject DetailsFormWidget::details() const
{
    return m_value ? m_value->toJsonObject() : QJsonObject();
}

void DetailsFormWidget::setDetails(const QJsonObject& details)
{
    if (!m_value)
        return;
    m_value->load(details);
    m_root->refresh();
    reindex();
}

void DetailsFormWidget::setViolations(const QList<Violation>& violations)
{
    m_violations = violations;
    applyViolations();
}

QList<Violation> DetailsFormWidget::problems() const
{
    return m_value ? m_value->problems() : QList<Violation>();
}

FieldEditor* DetailsFormWidget::editorFor(const QString& path) const
{
    if (!m_value || !JsonPath::isWithin(path, m_value->path()))
        return nullptr;
    for (QString at = path;; at = JsonPath::parent(at)) {
        if (FieldEditor* editor = m_editors.value(at))
            return editor;
        if (JsonPath::isRoot(at))
            return nullptr;
    }
}

QString DetailsFormWidget::describe(const QString& relativePath) const
{
    QStringList parts;
    for (const JsonPath::Segment& segment : JsonPath::split(relativePath)) {
        if (const auto* key = std::get_if<QString>(&segment))
            parts.append(SchemaFormParser::humanise(*key));
        else
            parts.append(tr("item %1").arg(std::get<qsizetype>(segment) + 1));
    }
    QString text = parts.join(u", "_s);
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text;
}

void DetailsFormWidget::applyViolations()
{
    QHash<FieldEditor*, QStringList> shown;
    const QList<Violation> all = m_violations + problems();
    for (const Violation& violation : all) {
        FieldEditor* editor = editorFor(violation.path);
        if (!editor)
            continue;
        QString reason = violation.reason;
        if (JsonPath::split(violation.path) != JsonPath::split(editor->path()))
            reason = tr("%1: %2", "part of a field, then the problem")
                         .arg(describe(JsonPath::relativeTo(violation.path, editor->path())), violation.reason);
        if (!shown[editor].contains(reason))
            shown[editor].append(reason);
    }
    for (FieldEditor* editor : std::as_const(m_editors))
        editor->setErrors(shown.value(editor));
}

QStringList DetailsFormWidget::errorsAt(const QString& path) const
{
    const FieldEditor* editor = m_editors.value(path);
    return editor ? editor->errors() : QStringList();
}

bool DetailsFormWidget::focusPath(const QString& path)
{
    FieldEditor* editor = editorFor(path);
    QWidget* input = editor ? editor->input() : nullptr;
    if (!input)
        return false;
    input->setFocus(Qt::OtherFocusReason);
    m_scroll->ensureWidgetVisible(input);
    return true;
}

} // namespace CaseDesk
