# The core's own plumbing: the log file of a run.
casedesk_add_test(tst_logfile SOURCES tst_logfile.cpp LIBS casedesk_core)
casedesk_add_test(tst_outsidetext SOURCES tst_outsidetext.cpp LIBS casedesk_core)
# The one back-off rule (read retries, the outbox, connectivity probes, the auto-refresh).
casedesk_add_test(tst_backoff SOURCES tst_backoff.cpp LIBS casedesk_core)
# The usage examples of header comments, compiled and run (each such header says so).
casedesk_add_test(tst_headerexamples SOURCES tst_headerexamples.cpp LIBS casedesk_core)
