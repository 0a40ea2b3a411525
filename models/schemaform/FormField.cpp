#include "models/schemaform/FormField.h"

namespace CaseDesk
{

FormFieldPtr FormField::child(const QString& key) const
{
    for (const FormFieldPtr& field : children) {
        if (field->key == key)
            return field;
    }
    return nullptr;
}

} // namespace CaseDesk
