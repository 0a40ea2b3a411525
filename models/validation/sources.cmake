target_sources(casedesk_core PRIVATE
    validation/RequestPage.h validation/RequestPage.cpp
    validation/SchemaValidator.h validation/SchemaValidator.cpp
    validation/Violation.h validation/Violation.cpp
    validation/ViolationReasons.h validation/ViolationReasons.cpp
)
