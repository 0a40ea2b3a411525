# Note templates: filling placeholders (malformed templates included) and keeping them per environment.
casedesk_add_test(tst_notetemplates SOURCES tst_notetemplates.cpp LIBS casedesk_core)
