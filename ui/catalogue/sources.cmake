target_sources(casedesk_ui PRIVATE
    catalogue/CatalogueActions.h catalogue/CatalogueActions.cpp
    catalogue/CatalogueChangeDialog.h catalogue/CatalogueChangeDialog.cpp
)
