#pragma once

#include "ui/detailsform/FieldEditor.h"

class QListWidget;

namespace CaseDesk
{

// A checkable list for an array of enum values (Space toggles the current item). Values loaded that the
// schema does not offer appear checked and marked, so they can be unchecked.
class ChoiceListFieldEditor : public FieldEditor
{
    Q_OBJECT

public:
    ChoiceListFieldEditor(FormValue* value, QWidget* parent);

    void refresh() override;
    QWidget* input() const override;

private:
    QListWidget* m_list;
    bool m_refreshing = false;
};

} // namespace CaseDesk
