target_sources(casedesk_ui PRIVATE
    casedetail/CancelCaseDialog.h casedetail/CancelCaseDialog.cpp
    casedetail/CaseDetailController.h casedetail/CaseDetailController.cpp
    casedetail/CaseDetailView.h casedetail/CaseDetailView.cpp
    casedetail/CaseHeaderWidget.h casedetail/CaseHeaderWidget.cpp
    casedetail/CaseOverviewWidget.h casedetail/CaseOverviewWidget.cpp
    casedetail/NoteComposer.h casedetail/NoteComposer.cpp
    casedetail/NoteTextEdit.h casedetail/NoteTextEdit.cpp
    casedetail/NoteDraftKeeper.h casedetail/NoteDraftKeeper.cpp
    casedetail/NotesPane.h casedetail/NotesPane.cpp
    casedetail/NotesThreadWidget.h casedetail/NotesThreadWidget.cpp
    casedetail/StatusTimelineWidget.h casedetail/StatusTimelineWidget.cpp
)
