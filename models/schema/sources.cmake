# JSON Schema basics shared by the catalogue and validation: compiled schema sets, navigation, JSON
# pointers and the create request's keys.
target_sources(casedesk_core PRIVATE
    schema/CompiledSchemaSet.h schema/CompiledSchemaSet.cpp
    schema/CreateRequestKeys.h schema/CreateRequestKeys.cpp
    schema/JsonPath.h schema/JsonPath.cpp
    schema/JsonPointer.h schema/JsonPointer.cpp
    schema/SchemaNavigator.h schema/SchemaNavigator.cpp
)
