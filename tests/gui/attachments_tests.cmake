casedesk_add_test(tst_attachmentlistwidget SOURCES tst_attachmentlistwidget.cpp AttachmentDrops.h
                  LIBS casedesk_ui casedesk_core GUI)
casedesk_add_test(tst_attachmentdrops SOURCES tst_attachmentdrops.cpp AttachmentDrops.h
                  LIBS casedesk_ui casedesk_core GUI)
casedesk_add_test(tst_attachmentjourney SOURCES tst_attachmentjourney.cpp AttachmentDrops.h
                  LIBS casedesk_ui casedesk_core GUI INTEGRATION)
