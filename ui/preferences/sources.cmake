# The preferences dialog.
target_sources(casedesk_ui PRIVATE
    preferences/PreferencesDialog.h preferences/PreferencesDialog.cpp
    preferences/NoteTemplatesEditor.h preferences/NoteTemplatesEditor.cpp
)
