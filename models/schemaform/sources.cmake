target_sources(casedesk_core PRIVATE
    schemaform/FormField.h schemaform/FormField.cpp
    schemaform/FormValue.h schemaform/FormValue.cpp
    schemaform/SchemaFormParser.h schemaform/SchemaFormParser.cpp
)
