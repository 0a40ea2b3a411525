#include "ui/wizard/ContactEditor.h"

#include "models/domain/CaseStatus.h"
#include "models/schema/JsonPath.h"
#include "models/wizard/ContactChoices.h"
#include "models/wizard/RequestPaths.h"
#include "ui/widgets/PlainText.h"
#include "ui/widgets/ThemeColors.h"
#include "ui/wizard/WizardField.h"

#include <QComboBox>
#include <QCompleter>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTimeZone>
#include <QVBoxLayout>

namespace CaseDesk
{

using namespace Qt::StringLiterals;

namespace
{
void fillChoices(QComboBox* combo, const QStringList& values, QString (*label)(const QString&))
{
    for (const QString& value : values)
        combo->addItem(label(value), value);
}

void selectValue(QComboBox* combo, const QString& value)
{
    int index = combo->findData(value);
    if (index < 0 && !value.isEmpty()) {
        combo->addItem(value, value); // a value this version does not offer is kept as it came
        index = combo->count() - 1;
    }
    combo->setCurrentIndex(std::max(index, 0));
}

std::optional<QString> nonEmpty(const QString& text)
{
    const QString trimmed = text.trimmed();
    return trimmed.isEmpty() ? std::nullopt : std::optional<QString>(trimmed);
}

} // namespace

ContactEditor::ContactEditor(qsizetype index, QWidget* parent)
    : QGroupBox(parent)
    , m_index(index)
    , m_boxError(PlainText::label(QString(), this))
    , m_kind(new QComboBox)
    , m_type(new QComboBox)
    , m_users(new QLineEdit)
    , m_first(new QLineEdit)
    , m_last(new QLineEdit)
    , m_detailsArea(new QWidget)
    , m_detailsLayout(new QVBoxLayout)
    , m_addDetail(new QPushButton(tr("Add phone or e-mail")))
    , m_availability(new QComboBox)
    , m_timezone(new QComboBox)
    , m_remove(new QPushButton(tr("Remove contact"), this))
{
    m_kind->addItem(tr("Registered portal users"), int(Kind::RegisteredUsers));
    m_kind->addItem(tr("A person with phone or e-mail"), int(Kind::Person));
    m_kind->setCurrentIndex(1);
    fillChoices(m_type, ContactChoices::types(), &Vocabulary::contactType);
    fillChoices(m_availability, ContactChoices::availabilities(), &Vocabulary::availability);
    m_users->setPlaceholderText(tr("e.g. jdoe, asmith"));

    m_timezone->setEditable(true);
    m_timezone->setInsertPolicy(QComboBox::NoInsert);
    m_timezone->addItem(QString());
    for (const QByteArray& zone : QTimeZone::availableTimeZoneIds())
        m_timezone->addItem(QString::fromUtf8(zone));
    m_timezone->lineEdit()->setPlaceholderText(tr("Not given (e.g. Europe/Amsterdam)"));
    m_timezone->completer()->setFilterMode(Qt::MatchContains);
    m_timezone->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_timezone->completer()->setCompletionMode(QCompleter::PopupCompletion);

    m_detailsLayout->setContentsMargins(0, 0, 0, 0);
    auto* detailsBox = new QVBoxLayout(m_detailsArea);
    detailsBox->setContentsMargins(0, 0, 0, 0);
    detailsBox->addLayout(m_detailsLayout);
    auto* addRow = new QHBoxLayout;
    addRow->addWidget(m_addDetail);
    addRow->addStretch(1);
    detailsBox->addLayout(addRow);

    m_kindField = new WizardField(tr("Who"), m_kind, QString(), false, this);
    m_typeField = new WizardField(tr("Role"), m_type, QString(), true, this);
    m_usersField = new WizardField(tr("Portal user names"), m_users, QString(), true, this);
    m_usersField->setHint(tr("Separate several names with commas."));
    m_firstField = new WizardField(tr("First name"), m_first, QString(), true, this);
    m_lastField = new WizardField(tr("Last name"), m_last, QString(), true, this);
    m_detailsField = new WizardField(tr("Phone and e-mail"), m_detailsArea, QString(), true, this);
    m_availabilityField = new WizardField(tr("Available"), m_availability, QString(), false, this);
    m_timezoneField = new WizardField(tr("Time zone"), m_timezone, QString(), false, this);

    ThemeColors::setStyle(m_boxError, [](const ThemeColors& colors) { return colors.errorTextStyle(); });
    m_boxError->setWordWrap(true);
    m_boxError->setVisible(false);

    auto* grid = new QGridLayout(this);
    grid->addWidget(m_boxError, 0, 0, 1, 2);
    grid->addWidget(m_kindField, 1, 0);
    grid->addWidget(m_typeField, 1, 1);
    grid->addWidget(m_usersField, 2, 0, 1, 2);
    grid->addWidget(m_firstField, 3, 0);
    grid->addWidget(m_lastField, 3, 1);
    grid->addWidget(m_detailsField, 4, 0, 1, 2);
    grid->addWidget(m_availabilityField, 5, 0);
    grid->addWidget(m_timezoneField, 5, 1);
    auto* bottom = new QHBoxLayout;
    bottom->addStretch(1);
    bottom->addWidget(m_remove);
    grid->addLayout(bottom, 6, 0, 1, 2);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);

    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        updateKind();
        if (kind() == Kind::Person && m_rows.isEmpty())
            makeRow(); // a person needs at least one way to be reached
        updateNames();
        updateTabOrder();
        emit edited();
    });
    for (QComboBox* combo : {m_type, m_availability})
        connect(combo, &QComboBox::currentIndexChanged, this, &ContactEditor::edited);
    connect(m_timezone, &QComboBox::editTextChanged, this, &ContactEditor::edited);
    for (QLineEdit* edit : {m_users, m_first, m_last})
        connect(edit, &QLineEdit::textEdited, this, &ContactEditor::edited);
    connect(m_addDetail, &QPushButton::clicked, this, &ContactEditor::addDetail);
    connect(m_remove, &QPushButton::clicked, this, &ContactEditor::removeRequested);

    makeRow();
    updateKind();
    setIndex(index);
}

void ContactEditor::setIndex(qsizetype index)
{
    m_index = index;
    setTitle(tr("Contact %1").arg(index + 1));
    m_remove->setAccessibleName(tr("Remove contact %1").arg(index + 1));
    updateNames();
    updateTabOrder();
}

ContactEditor::Kind ContactEditor::kind() const
{
    return Kind(m_kind->currentData().toInt());
}

void ContactEditor::setKind(Kind kind)
{
    m_kind->setCurrentIndex(m_kind->findData(int(kind)));
}

Contact ContactEditor::contact() const
{
    Contact contact;
    contact.type = m_type->currentData().toString();
    if (kind() == Kind::RegisteredUsers) {
        QStringList users;
        for (const QString& name : m_users->text().split(QRegularExpression(u"[,;]"_s))) {
            if (!name.trimmed().isEmpty())
                users.append(name.trimmed());
        }
        contact.registeredUsers = users; // present even when empty, so the validator asks for a name
    } else {
        contact.firstName = nonEmpty(m_first->text());
        contact.lastName = nonEmpty(m_last->text());
        QList<ContactDetail> details;
        for (const DetailRow& row : m_rows)
            details.append(ContactDetail{row.type->currentData().toString(), row.value->text().trimmed(), {}});
        contact.details = details;
    }
    contact.availability = m_availability->currentData().toString();
    contact.timezone = nonEmpty(m_timezone->currentText());
    return contact;
}

void ContactEditor::setContact(const Contact& contact)
{
    const QSignalBlocker blockKind(m_kind);
    const bool registered = contact.registeredUsers || contact.registeredUser;
    setKind(registered ? Kind::RegisteredUsers : Kind::Person);
    {
        const QSignalBlocker blockType(m_type);
        const QSignalBlocker blockAvailability(m_availability);
        const QSignalBlocker blockZone(m_timezone);
        selectValue(m_type, contact.type.value_or(QString()));
        selectValue(m_availability, contact.availability.value_or(QString()));
        m_timezone->setCurrentText(contact.timezone.value_or(QString()));
    }
    QStringList users = contact.registeredUsers.value_or(QStringList());
    if (contact.registeredUser && !users.contains(*contact.registeredUser))
        users.append(*contact.registeredUser);
    m_users->setText(users.join(u", "_s));
    m_first->setText(contact.firstName.value_or(QString()));
    m_last->setText(contact.lastName.value_or(QString()));
    for (const DetailRow& row : std::as_const(m_rows))
        delete row.widget;
    m_rows.clear();
    for (const ContactDetail& detail : contact.details.value_or(QList<ContactDetail>())) {
        const DetailRow row = makeRow();
        const QSignalBlocker blockRowType(row.type);
        selectValue(row.type, detail.type);
        row.value->setText(detail.value);
    }
    if (!registered && m_rows.isEmpty())
        makeRow();
    updateKind();
    updateNames();
    updateTabOrder();
}

void ContactEditor::addDetail()
{
    const DetailRow row = makeRow();
    updateNames();
    updateTabOrder();
    row.value->setFocus(Qt::TabFocusReason);
    emit edited();
}

ContactEditor::DetailRow ContactEditor::makeRow()
{
    DetailRow row;
    row.widget = new QWidget(m_detailsArea);
    row.type = new QComboBox(row.widget);
    fillChoices(row.type, ContactChoices::detailTypes(), &Vocabulary::detailType);
    row.value = new QLineEdit(row.widget);
    row.remove = new QPushButton(tr("Remove"), row.widget);
    row.error = PlainText::label(QString(), row.widget);
    ThemeColors::setStyle(row.error, [](const ThemeColors& colors) { return colors.errorTextStyle(); });
    row.error->setWordWrap(true);
    row.error->setVisible(false);
    auto* layout = new QGridLayout(row.widget);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(row.type, 0, 0);
    layout->addWidget(row.value, 0, 1);
    layout->addWidget(row.remove, 0, 2);
    layout->addWidget(row.error, 1, 1, 1, 2);
    layout->setColumnStretch(1, 1);
    m_detailsLayout->addWidget(row.widget);
    row.widget->show(); // at once: its value may take focus next
    m_rows.append(row);

    connect(row.type, &QComboBox::currentIndexChanged, this, [this, value = row.value] {
        value->setPlaceholderText(QString());
        emit edited();
    });
    connect(row.value, &QLineEdit::textEdited, this, &ContactEditor::edited);
    connect(row.remove, &QPushButton::clicked, this, [this, widget = row.widget] { removeRow(widget); });
    return row;
}

void ContactEditor::removeRow(QWidget* rowWidget)
{
    qsizetype at = -1;
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).widget == rowWidget)
            at = i;
    }
    if (at < 0)
        return;
    m_rows.removeAt(at);
    // The row holds the button being clicked: take it out of the tree now, delete it later.
    rowWidget->hide();
    rowWidget->setParent(nullptr);
    rowWidget->deleteLater();
    updateNames();
    updateTabOrder();
    (at < m_rows.size() ? static_cast<QWidget*>(m_rows.at(at).value) : m_addDetail)->setFocus(Qt::TabFocusReason);
    emit edited();
}

void ContactEditor::updateKind()
{
    const bool registered = kind() == Kind::RegisteredUsers;
    m_usersField->setVisible(registered);
    m_firstField->setVisible(!registered);
    m_lastField->setVisible(!registered);
    m_detailsField->setVisible(!registered);
}

void ContactEditor::updateNames()
{
    const RequestPaths& paths = RequestPaths::get();
    setObjectName(paths.contact(m_index));
    m_boxError->setObjectName(paths.contact(m_index) + u"#error"_s);
    m_kindField->setPath(paths.contact(m_index) + u"#kind"_s);
    m_typeField->setPath(paths.contactField(m_index, paths.contactType));
    m_usersField->setPath(paths.contactField(m_index, paths.registeredUsers));
    m_firstField->setPath(paths.contactField(m_index, paths.firstName));
    m_lastField->setPath(paths.contactField(m_index, paths.lastName));
    m_detailsField->setPath(paths.contactField(m_index, paths.contactDetails));
    m_availabilityField->setPath(paths.contactField(m_index, paths.availability));
    m_timezoneField->setPath(paths.contactField(m_index, paths.timezone));
    m_addDetail->setObjectName(paths.contactField(m_index, paths.contactDetails) + u"#add"_s);
    m_addDetail->setAccessibleName(tr("Add a phone number or e-mail address to contact %1").arg(m_index + 1));
    m_remove->setObjectName(paths.contact(m_index) + u"#remove"_s);
    for (qsizetype j = 0; j < m_rows.size(); ++j) {
        const DetailRow& row = m_rows.at(j);
        const QString value = paths.contactDetail(m_index, j, paths.detailValue);
        row.type->setObjectName(paths.contactDetail(m_index, j, paths.detailType));
        row.type->setAccessibleName(tr("Kind of detail %1").arg(j + 1));
        row.value->setObjectName(value);
        row.value->setAccessibleName(tr("Phone number or e-mail address %1, required").arg(j + 1));
        row.remove->setObjectName(paths.contactDetail(m_index, j) + u"#remove"_s);
        row.remove->setAccessibleName(tr("Remove detail %1").arg(j + 1));
        row.error->setObjectName(value + u"#error"_s);
    }
}

QList<QWidget*> ContactEditor::focusChain() const
{
    QList<QWidget*> chain{m_kind, m_type};
    if (kind() == Kind::RegisteredUsers) {
        chain.append(m_users);
    } else {
        chain += {m_first, m_last};
        for (const DetailRow& row : m_rows)
            chain += {row.type, row.value, row.remove};
        chain.append(m_addDetail);
    }
    chain += {m_availability, m_timezone, m_remove};
    return chain;
}

void ContactEditor::updateTabOrder()
{
    const QList<QWidget*> chain = focusChain();
    for (qsizetype i = 1; i < chain.size(); ++i)
        setTabOrder(chain.at(i - 1), chain.at(i));
}

WizardField* ContactEditor::fieldFor(const QString& path) const
{
    for (WizardField* field :
         {m_typeField, m_usersField, m_firstField, m_lastField, m_detailsField, m_availabilityField, m_timezoneField}) {
        if (JsonPath::isWithin(path, field->path()))
            return field;
    }
    return nullptr;
}

void ContactEditor::showViolations(const QList<Violation>& violations)
{
    const RequestPaths& paths = RequestPaths::get();
    QHash<WizardField*, QStringList> fieldErrors;
    QHash<qsizetype, QStringList> rowErrors;
    QStringList boxErrors;
    for (const Violation& violation : violations) {
        bool placed = false;
        for (qsizetype j = 0; j < m_rows.size() && !placed; ++j) {
            if (JsonPath::isWithin(violation.path, paths.contactDetail(m_index, j))) {
                rowErrors[j].append(violation.reason);
                placed = true;
            }
        }
        if (placed)
            continue;
        if (WizardField* field = fieldFor(violation.path); field && field->isVisibleTo(this)) {
            fieldErrors[field].append(violation.reason);
            continue;
        }
        boxErrors.append(violation.reason);
    }
    for (WizardField* field :
         {m_typeField, m_usersField, m_firstField, m_lastField, m_detailsField, m_availabilityField, m_timezoneField})
        field->setErrors(fieldErrors.value(field));
    for (qsizetype j = 0; j < m_rows.size(); ++j) {
        const DetailRow& row = m_rows.at(j);
        const QStringList reasons = rowErrors.value(j);
        PlainText::setText(row.error, reasons.join(u'\n')); // the server's reasons too
        row.error->setVisible(!reasons.isEmpty());
        row.value->setAccessibleDescription(reasons.join(u' '));
    }
    boxErrors.removeDuplicates();
    PlainText::setText(m_boxError, boxErrors.join(u'\n'));
    m_boxError->setVisible(!boxErrors.isEmpty());
}

bool ContactEditor::focusPath(const QString& path)
{
    const RequestPaths& paths = RequestPaths::get();
    for (qsizetype j = 0; j < m_rows.size(); ++j) {
        if (JsonPath::isWithin(path, paths.contactDetail(m_index, j))) {
            const bool onType = JsonPath::isWithin(path, paths.contactDetail(m_index, j, paths.detailType));
            (onType ? static_cast<QWidget*>(m_rows.at(j).type) : m_rows.at(j).value)->setFocus(Qt::OtherFocusReason);
            return true;
        }
    }
    WizardField* field = fieldFor(path);
    if (field == m_detailsField)
        (m_rows.isEmpty() ? static_cast<QWidget*>(m_addDetail) : m_rows.constFirst().value)
            ->setFocus(Qt::OtherFocusReason);
    else
        (field && field->isVisibleTo(this) ? field->input() : m_type)->setFocus(Qt::OtherFocusReason);
    return true;
}

QString ContactEditor::fieldName(const QString& path) const
{
    const RequestPaths& paths = RequestPaths::get();
    for (qsizetype j = 0; j < m_rows.size(); ++j) {
        if (JsonPath::isWithin(path, paths.contactDetail(m_index, j)))
            return tr("Contact %1: %2").arg(m_index + 1).arg(m_rows.at(j).type->currentText());
    }
    const WizardField* field = fieldFor(path);
    return field ? tr("Contact %1: %2").arg(m_index + 1).arg(field->title()) : tr("Contact %1").arg(m_index + 1);
}

} // namespace CaseDesk
