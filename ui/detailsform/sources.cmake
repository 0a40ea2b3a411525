target_sources(casedesk_ui PRIVATE
    detailsform/BooleanFieldEditor.h detailsform/BooleanFieldEditor.cpp
    detailsform/ChoiceFieldEditor.h detailsform/ChoiceFieldEditor.cpp
    detailsform/ChoiceListFieldEditor.h detailsform/ChoiceListFieldEditor.cpp
    detailsform/DateTimeFieldEditor.h detailsform/DateTimeFieldEditor.cpp
    detailsform/DetailsFormWidget.h detailsform/DetailsFormWidget.cpp
    detailsform/FieldEditor.h detailsform/FieldEditor.cpp
    detailsform/ListFieldEditor.h detailsform/ListFieldEditor.cpp
    detailsform/NumberFieldEditor.h detailsform/NumberFieldEditor.cpp
    detailsform/ObjectFieldEditor.h detailsform/ObjectFieldEditor.cpp
    detailsform/ObjectListFieldEditor.h detailsform/ObjectListFieldEditor.cpp
    detailsform/RawFieldEditor.h detailsform/RawFieldEditor.cpp
    detailsform/TextFieldEditor.h detailsform/TextFieldEditor.cpp
    detailsform/TextListFieldEditor.h detailsform/TextListFieldEditor.cpp
)
