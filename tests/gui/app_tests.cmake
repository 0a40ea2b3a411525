casedesk_add_test(tst_appsmoke SOURCES tst_appsmoke.cpp LIBS casedesk_app GUI INTEGRATION)
casedesk_add_test(tst_mainwindow SOURCES tst_mainwindow.cpp LIBS casedesk_app GUI INTEGRATION)
# Help ▸ About with the diagnostics, and the app's icon on its window.
casedesk_add_test(tst_aboutdialog SOURCES tst_aboutdialog.cpp LIBS casedesk_ui GUI)
# The list's and case tabs' context menu: several cases opened, refreshed, marked seen or unseen, copied, exported.
casedesk_add_test(tst_caseselection SOURCES tst_caseselection.cpp LIBS casedesk_app GUI INTEGRATION)
