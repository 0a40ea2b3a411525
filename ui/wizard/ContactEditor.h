#pragma once

#include "models/domain/Contact.h"
#include "models/validation/Violation.h"

#include <QGroupBox>
#include <QHash>
#include <QList>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QVBoxLayout;

namespace CaseDesk
{

class WizardField;

/*
 * One contact of a new case: either registered portal users (by user name) or a person with phone, mobile
 * and e-mail details; each with a role (technical, notification, ordering), availability and IANA time zone.
 * It edits a Contact and shows the violations under contacts[index] beside their fields; inputs are named
 * after their request paths ("contacts[1].details[0].value") and renamed when contacts above are removed.
 *
 *     auto* editor = new ContactEditor(index, this);
 *     editor->setContact(contact);
 *     connect(editor, &ContactEditor::edited, this, ...);        // editor->contact() is the new value
 *     connect(editor, &ContactEditor::removeRequested, this, ...);
 */
class ContactEditor : public QGroupBox
{
    Q_OBJECT

public:
    enum class Kind
    {
        RegisteredUsers,
        Person,
    };

    explicit ContactEditor(qsizetype index, QWidget* parent = nullptr);

    qsizetype index() const { return m_index; }
    void setIndex(qsizetype index);

    Contact contact() const;
    void setContact(const Contact& contact);
    Kind kind() const;
    void setKind(Kind kind);

    int detailCount() const { return int(m_rows.size()); }
    // Adds a phone/e-mail row and focuses its value.
    void addDetail();
    QPushButton* addDetailButton() const { return m_addDetail; }
    QPushButton* removeButton() const { return m_remove; }

    // Shows the violations that lie within this contact; returns none (what has no field goes on the box).
    void showViolations(const QList<Violation>& violations);
    bool focusPath(const QString& path);
    QString fieldName(const QString& path) const;
    // The inputs in tab order.
    QList<QWidget*> focusChain() const;

signals:
    void edited();
    void removeRequested();

private:
    struct DetailRow
    {
        QWidget* widget;
        QComboBox* type;
        QLineEdit* value;
        QPushButton* remove;
        QLabel* error;
    };

    DetailRow makeRow();
    void removeRow(QWidget* rowWidget);
    void updateKind();
    void updateNames();
    void updateTabOrder();
    WizardField* fieldFor(const QString& path) const;

    qsizetype m_index;
    QLabel* m_boxError;
    QComboBox* m_kind;
    QComboBox* m_type;
    QLineEdit* m_users;
    QLineEdit* m_first;
    QLineEdit* m_last;
    QWidget* m_detailsArea;
    QVBoxLayout* m_detailsLayout;
    QPushButton* m_addDetail;
    QComboBox* m_availability;
    QComboBox* m_timezone;
    QPushButton* m_remove;
    WizardField* m_kindField;
    WizardField* m_typeField;
    WizardField* m_usersField;
    WizardField* m_firstField;
    WizardField* m_lastField;
    WizardField* m_detailsField;
    WizardField* m_availabilityField;
    WizardField* m_timezoneField;
    QList<DetailRow> m_rows;
};

} // namespace CaseDesk
