# One running copy (the local socket's protocol and its hand-over) and casedesk:// links.
casedesk_add_test(tst_singleinstance SOURCES tst_singleinstance.cpp LIBS casedesk_core Qt6::Network)
casedesk_add_test(tst_caselink SOURCES tst_caselink.cpp LIBS casedesk_core)
# What is news on the user's cases (status changes, the provider's new notes) and how notifications word it.
casedesk_add_test(tst_casenews SOURCES tst_casenews.cpp LIBS casedesk_testfakes)
