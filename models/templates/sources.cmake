# Note templates: saved snippets with placeholders ({case}, {ibx}, ...), kept per environment.
target_sources(casedesk_core PRIVATE
    templates/NoteTemplates.h templates/NoteTemplates.cpp
    templates/TemplateExpansion.h templates/TemplateExpansion.cpp
)
