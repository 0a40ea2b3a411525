#pragma once

#include "models/templates/NoteTemplates.h"

#include <QGroupBox>
#include <QPointer>

QT_BEGIN_NAMESPACE
class QLineEdit;
class QListWidget;
class QPushButton;
QT_END_NAMESPACE

namespace CaseDesk
{

/*
 * Preferences' "Note templates" group: the environment's templates in a list with Add, Edit and Remove (each
 * in a small dialog), and the user's name that {me} becomes. It edits a copy; apply() writes it to the
 * NoteTemplates given, so Cancel on Preferences leaves them as they were.
 *
 *     auto* editor = new NoteTemplatesEditor(session->noteTemplates(), dialog);
 *     ... on OK: editor->apply();
 */
class NoteTemplatesEditor : public QGroupBox
{
    Q_OBJECT

public:
    NoteTemplatesEditor(NoteTemplates* templates, QWidget* parent = nullptr);

    QList<NoteTemplate> edited() const { return m_edited; }
    void apply();

    // Opens the dialog to add a template or edit the selected one (tests drive it).
    void addTemplate();
    void editSelected();
    void removeSelected();

private:
    void refill(int selectRow);
    void openEditor(int row);

    QPointer<NoteTemplates> m_templates;
    QList<NoteTemplate> m_edited;
    QListWidget* m_list;
    QPushButton* m_edit;
    QPushButton* m_remove;
    QLineEdit* m_me;
};

} // namespace CaseDesk
