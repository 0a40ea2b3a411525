target_sources(casedesk_core PRIVATE
    catalogue/ApiDocument.h catalogue/ApiDocument.cpp
    catalogue/ApiDocumentLoader.h catalogue/ApiDocumentLoader.cpp
    catalogue/CatalogueDiff.h catalogue/CatalogueDiff.cpp
    catalogue/CodeCatalogue.h catalogue/CodeCatalogue.cpp
    catalogue/CodeCatalogueModel.h catalogue/CodeCatalogueModel.cpp
    catalogue/CodeLabel.h catalogue/CodeLabel.cpp
    catalogue/CodeSearch.h catalogue/CodeSearch.cpp
    catalogue/TicketCode.h catalogue/TicketCode.cpp
    catalogue/YamlToJson.h catalogue/YamlToJson.cpp
)
