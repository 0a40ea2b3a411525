# Exports: a case as PDF, print or evidence pack (.zip), the ticket list as CSV or XLSX. Zips through libzip,
# workbooks through libxlsxwriter (both Debian packages, see README); PDFs through Qt's QPdfWriter.
target_sources(casedesk_core PRIVATE
    export/CaseDocument.h export/CaseDocument.cpp
    export/CaseExportContent.h export/CaseExportContent.cpp
    export/CaseExporter.h export/CaseExporter.cpp
    export/CaseExportJob.h export/CaseExportJob.cpp
    export/EvidencePack.h export/EvidencePack.cpp
    export/ListExport.h export/ListExport.cpp
    export/PagedPrinter.h export/PagedPrinter.cpp
    export/TableSnapshot.h export/TableSnapshot.cpp
)
find_package(PkgConfig REQUIRED)
pkg_check_modules(LIBZIP REQUIRED IMPORTED_TARGET GLOBAL libzip)
pkg_check_modules(XLSXWRITER REQUIRED IMPORTED_TARGET GLOBAL xlsxwriter)
target_link_libraries(casedesk_core PRIVATE Qt6::Concurrent PkgConfig::LIBZIP PkgConfig::XLSXWRITER)
