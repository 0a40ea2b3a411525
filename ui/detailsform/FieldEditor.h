#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QWidget>

class QLabel;
class QVBoxLayout;

namespace CaseDesk
{

class FormValue;

/*
 * The editor of one field of a generated details form, bound to its FormValue: what the user enters goes
 * straight into the value (then edited() is emitted), and refresh() shows the value again after a load.
 * Each editor has a title (marked when required), an optional hint, and an error label under the input
 * that setErrors() fills; the errors also become the input's accessible description.
 *
 * Object names follow the field's JSON path, so tests and the wizard can find an input by path:
 * the input is "details.documents.type", its error label "details.documents.type#error".
 *
 * create() picks the subclass for the field's kind. List editors rebuild their rows when rows are added
 * or removed and then emit structureChanged(), after which the owner re-indexes paths and the tab order.
 */
class FieldEditor : public QWidget
{
    Q_OBJECT

public:
    static FieldEditor* create(FormValue* value, QWidget* parent);

    FormValue* value() const { return m_value; }
    QString path() const;

    // Shows the value again (after a load, or a change the editor did not make itself).
    virtual void refresh() = 0;
    // The widget that takes focus for this field.
    virtual QWidget* input() const = 0;
    // The widget that carries the field's path as its object name and its errors as accessible description.
    virtual QWidget* namedWidget() const { return input(); }
    // Editors nested inside this one, in visual order.
    virtual QList<FieldEditor*> childEditors() const { return {}; }
    // Every focusable widget of this editor and the editors inside it, in visual order: the tab order.
    virtual QList<QWidget*> focusChain() const { return {input()}; }
    // Renames the widgets after the field's path (rows move when one is removed).
    virtual void updateNames();

    void setErrors(const QStringList& reasons);
    QStringList errors() const { return m_errors; }

    // The title as read out: "Name of the request, required".
    QString accessibleTitle() const;
    // Hides the title: list rows are named by their list.
    void setTitleVisible(bool visible);

signals:
    void edited();
    void structureChanged();

protected:
    FieldEditor(FormValue* value, QWidget* parent);

    // Lays out: title (buddy `input`) and an optional extra widget on its right, the inputs, hint, error.
    void buildFrame(QWidget* input, QWidget* headerExtra = nullptr);
    QVBoxLayout* contentLayout() const { return m_content; }
    QString titleText() const;
    // Takes a row that is being rebuilt out of the widget tree at once (so no lookup by name finds it) and
    // deletes it later, since it may hold the button whose click is being handled.
    static void retire(QWidget* widget);
    void updateAccessibleDescription();

    FormValue* m_value;
    QLabel* m_titleLabel = nullptr;
    QLabel* m_hintLabel = nullptr;
    QLabel* m_errorLabel = nullptr;
    QVBoxLayout* m_content = nullptr;
    QStringList m_errors;
};

} // namespace CaseDesk
