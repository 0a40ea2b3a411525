# Local store, migrations, repository scheduling and the list models.
casedesk_add_test(tst_casestore SOURCES tst_casestore.cpp LIBS casedesk_testfakes casedesk_core Qt6::Sql)
casedesk_add_test(tst_storemigration SOURCES tst_storemigration.cpp LIBS casedesk_testfakes casedesk_core Qt6::Sql)
casedesk_add_test(tst_caserefresh SOURCES tst_caserefresh.cpp LIBS casedesk_testfakes casedesk_core)
casedesk_add_test(tst_autorefresher SOURCES tst_autorefresher.cpp LIBS casedesk_testfakes casedesk_core)
casedesk_add_test(tst_caselistmodel SOURCES tst_caselistmodel.cpp
                  LIBS casedesk_testfakes casedesk_core)
# Widgets only to check that a real QTableView follows the proxy's layout changes.
casedesk_add_test(tst_casesortfiltermodel SOURCES tst_casesortfiltermodel.cpp
                  LIBS casedesk_testfakes casedesk_core Qt6::Widgets)
casedesk_add_test(tst_savedviews SOURCES tst_savedviews.cpp LIBS casedesk_testfakes casedesk_core)

# The quick filter's full-text search: FTS5 in Qt's SQLite, the query built from user text, the index kept in
# step and built for older stores, ranked hits, and the list model showing them best first.
casedesk_add_test(tst_fulltextsearch SOURCES tst_fulltextsearch.cpp LIBS casedesk_testfakes casedesk_core Qt6::Sql)
casedesk_add_test(tst_firstrunimport SOURCES tst_firstrunimport.cpp LIBS casedesk_testfakes casedesk_core)
