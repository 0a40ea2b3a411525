# The core's own plumbing: the log file of a run.
casedesk_add_test(tst_logfile SOURCES tst_logfile.cpp LIBS casedesk_core)
casedesk_add_test(tst_outsidetext SOURCES tst_outsidetext.cpp LIBS casedesk_core)
