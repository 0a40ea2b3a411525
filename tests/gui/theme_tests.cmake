# Colours from the palette: contrast of every role in light, dark and odd palettes, and theme switches.
casedesk_add_test(tst_themecolors SOURCES tst_themecolors.cpp LIBS casedesk_ui casedesk_core GUI)
