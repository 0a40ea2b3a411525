# Hostile input stays inert: text from a server, an API document, a file name or the user shows literally on
# every screen of the whole app; the helpers that make it so; downloads that are never run.
casedesk_add_test(tst_hostiletext
                  SOURCES tst_hostiletext.cpp HostileText.h ShownTextAudit.h ShownTextAudit.cpp tst_newcasewizard_driver.h
                  LIBS casedesk_app casedesk_testserver GUI)
casedesk_add_test(tst_plaintext SOURCES tst_plaintext.cpp LIBS casedesk_ui GUI)
casedesk_add_test(tst_attachmentdownloads SOURCES tst_attachmentdownloads.cpp
                  LIBS casedesk_ui casedesk_core casedesk_testserver GUI)
