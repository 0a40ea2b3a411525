# Colours from the palette: contrast of every role in light, dark and odd palettes, and theme switches.
casedesk_add_test(tst_themecolors SOURCES tst_themecolors.cpp LIBS casedesk_ui casedesk_core GUI)
# Key schemes: the refresh shortcuts under Windows, macOS, X11, KDE, GNOME and CDE schemes, switched in-process
# through a platform theme of the test's own (Qt's private API, hence Qt6::GuiPrivate).
casedesk_add_test(tst_shortcutschemes SOURCES tst_shortcutschemes.cpp LIBS casedesk_ui Qt6::GuiPrivate GUI)
# At 200 % (QT_SCALE_FACTOR=2): the list's and the timeline's dots drawn at the screen's pixels.
casedesk_add_test(tst_scaleddots SOURCES tst_scaleddots.cpp LIBS casedesk_ui casedesk_core GUI)
# The main toolbar: its actions and icons (theme or bundled, in the palette's colours), hidden and kept hidden.
casedesk_add_test(tst_toolbar SOURCES tst_toolbar.cpp LIBS casedesk_app GUI)
