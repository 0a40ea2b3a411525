# One running copy across real processes: a later `casedesk --open` or casedesk:// start hands over to the
# running binary, with its activation token, and exits 0; the running copy opens the case.
casedesk_add_test(tst_handover SOURCES tst_handover.cpp LIBS casedesk_app INTEGRATION)
