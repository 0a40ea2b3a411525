casedesk_add_test(tst_attachmentlistwidget SOURCES tst_attachmentlistwidget.cpp AttachmentDrops.h
                  LIBS casedesk_ui casedesk_core GUI)
