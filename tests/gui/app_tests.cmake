casedesk_add_test(tst_appsmoke SOURCES tst_appsmoke.cpp LIBS casedesk_app GUI INTEGRATION)
casedesk_add_test(tst_mainwindow SOURCES tst_mainwindow.cpp LIBS casedesk_app GUI INTEGRATION)
