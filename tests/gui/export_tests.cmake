# Exports: a case as PDF, print and evidence pack against the sandbox; the ticket list as CSV and XLSX.
casedesk_add_test(tst_caseexport SOURCES tst_caseexport.cpp
                  LIBS casedesk_ui casedesk_core casedesk_translations Qt6::PrintSupport PkgConfig::LIBZIP
                  GUI INTEGRATION)
casedesk_add_test(tst_listexport SOURCES tst_listexport.cpp LIBS casedesk_ui casedesk_core PkgConfig::LIBZIP GUI)
