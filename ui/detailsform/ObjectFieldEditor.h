#pragma once

#include "ui/detailsform/FieldEditor.h"

class QGroupBox;

namespace CaseDesk
{

// The fields of an object, one editor each, in a group box titled with the object's name. The form's root
// and the rows of a list of objects are shown without a frame of their own (framed = false).
class ObjectFieldEditor : public FieldEditor
{
    Q_OBJECT

public:
    ObjectFieldEditor(FormValue* value, QWidget* parent, bool framed = true);

    void refresh() override;
    QWidget* input() const override;
    QWidget* namedWidget() const override;
    QList<FieldEditor*> childEditors() const override { return m_children; }
    QList<QWidget*> focusChain() const override;

private:
    QGroupBox* m_group = nullptr;
    QList<FieldEditor*> m_children;
};

} // namespace CaseDesk
