# The local case store: SQLite through Qt SQL on a thread of its own, and the repository that writes it.
target_sources(casedesk_core PRIVATE
    store/ApiCaseSource.h store/ApiCaseSource.cpp
    store/AutoRefresher.h store/AutoRefresher.cpp
    store/CaseDetail.h
    store/CaseRepository.h store/CaseRepository.cpp
    store/CaseSource.h
    store/CaseStore.h store/CaseStore.cpp
    store/CaseSummary.h store/CaseSummary.cpp
    store/CaseTable.h store/CaseTable.cpp
    store/Database.h store/Database.cpp
    store/WriteTransaction.h store/WriteTransaction.cpp
    store/FetchQueue.h store/FetchQueue.cpp
    store/FirstRunImport.h store/FirstRunImport.cpp
    store/FullTextQuery.h store/FullTextQuery.cpp
    store/Migrations.h store/Migrations.cpp
    store/NoteTable.h store/NoteTable.cpp
    store/SqlText.h
    store/StoredNote.h
    store/StoreThread.h store/StoreThread.cpp
)
