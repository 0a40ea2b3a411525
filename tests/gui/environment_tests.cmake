# Environments, sign-in and preferences, offscreen.
casedesk_add_test(tst_traynotifier SOURCES tst_traynotifier.cpp ../unit/FakeCaseSource.h ../unit/CaseAnswers.h
                  LIBS casedesk_ui GUI)
