target_sources(casedesk_core PRIVATE
    validation/CompiledSchemaSet.h validation/CompiledSchemaSet.cpp
    validation/CreateRequestKeys.h validation/CreateRequestKeys.cpp
    validation/JsonPath.h validation/JsonPath.cpp
    validation/JsonPointer.h validation/JsonPointer.cpp
    validation/RequestPage.h validation/RequestPage.cpp
    validation/SchemaNavigator.h validation/SchemaNavigator.cpp
    validation/SchemaValidator.h validation/SchemaValidator.cpp
    validation/Violation.h validation/Violation.cpp
    validation/ViolationReasons.h validation/ViolationReasons.cpp
)
