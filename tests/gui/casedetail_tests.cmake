casedesk_add_test(tst_casedetailview SOURCES tst_casedetailview.cpp LIBS casedesk_ui casedesk_core GUI)
# Note templates in the composer ("/" popup and the Template menu) and their management in Preferences.
casedesk_add_test(tst_notetemplatesui SOURCES tst_notetemplatesui.cpp LIBS casedesk_ui casedesk_core GUI)
