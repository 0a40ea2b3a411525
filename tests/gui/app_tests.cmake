casedesk_add_test(tst_appsmoke SOURCES tst_appsmoke.cpp LIBS casedesk_app GUI INTEGRATION)
casedesk_add_test(tst_mainwindow SOURCES tst_mainwindow.cpp LIBS casedesk_app GUI INTEGRATION)
# Help ▸ About with the diagnostics, and the app's icon on its window.
casedesk_add_test(tst_aboutdialog SOURCES tst_aboutdialog.cpp LIBS casedesk_ui GUI)
# One CaseDesk per environment's data: the real binary holds it, a second copy (the app in the test) is refused.
casedesk_add_test(tst_onecopyperenvironment SOURCES tst_onecopyperenvironment.cpp LIBS casedesk_app GUI INTEGRATION)
# casedesk:// links and --open from a later start, and Copy link.
casedesk_add_test(tst_caselinks SOURCES tst_caselinks.cpp LIBS casedesk_app GUI INTEGRATION)
# The list's and case tabs' context menu: several cases opened, refreshed, marked seen or unseen, copied, exported.
casedesk_add_test(tst_caseselection SOURCES tst_caseselection.cpp LIBS casedesk_app GUI INTEGRATION)
# The window's size, position, maximized state and open case tabs come back at the next start.
casedesk_add_test(tst_windowstate SOURCES tst_windowstate.cpp LIBS casedesk_app GUI INTEGRATION)
# The opt-in start-up trace of the real binary (CASEDESK_TRACE_STARTUP=1), which bench_startup reads.
casedesk_add_test(tst_startuptrace SOURCES tst_startuptrace.cpp LIBS casedesk_testfakes GUI INTEGRATION)
# Links in notes: web addresses open in the browser (confirmed when they read differently), case numbers open the case.
casedesk_add_test(tst_notelinks SOURCES tst_notelinks.cpp LIBS casedesk_app GUI INTEGRATION)
