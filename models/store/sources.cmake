# The local case store: SQLite through Qt SQL on a thread of its own, and the repository that writes it.
target_sources(casedesk_core PRIVATE
    store/CaseDetail.h
    store/CaseStore.h store/CaseStore.cpp
    store/CaseSummary.h store/CaseSummary.cpp
    store/CaseTable.h store/CaseTable.cpp
    store/Database.h store/Database.cpp
    store/Migrations.h store/Migrations.cpp
    store/NoteTable.h store/NoteTable.cpp
    store/SqlText.h
    store/StoredNote.h
)
