#pragma once

#include <QStringList>
#include <QWidget>

class QHBoxLayout;
class QLabel;

namespace CaseDesk
{

/*
 * One labelled input of a wizard page, laid out like the generated details form's fields: a title (marked
 * " *" when required, and the input's buddy), the input with room for extras beside it (a counter), an
 * optional hint, and an error line under it that setErrors() fills. The input is named after its request
 * path ("description", "contacts[0].lastName") and its error line "<path>#error", so the wizard and tests
 * find a field by the path a violation names.
 *
 *     auto* field = new WizardField(tr("Description"), edit, paths.description, true, this);
 *     field->addBeside(counter);
 *     field->setErrors({u"Required."_s});
 */
class WizardField : public QWidget
{
    Q_OBJECT

public:
    WizardField(const QString& title, QWidget* input, const QString& path, bool required, QWidget* parent = nullptr);

    QWidget* input() const { return m_input; }
    QString path() const { return m_path; }
    void setPath(const QString& path);
    QString title() const { return m_title; }
    void setTitle(const QString& title);
    void setHint(const QString& hint);
    QLabel* hintLabel() const { return m_hint; }
    void addBeside(QWidget* widget);
    void addBefore(QWidget* widget);

    void setErrors(const QStringList& reasons);
    QStringList errors() const { return m_errors; }

private:
    void updateAccessibility();

    QWidget* m_input;
    QString m_path;
    QString m_title;
    bool m_required;
    QLabel* m_titleLabel;
    QHBoxLayout* m_row;
    QLabel* m_hint;
    QLabel* m_error;
    QStringList m_errors;
};

} // namespace CaseDesk
