target_sources(casedesk_ui PRIVATE
    mainwindow/MainWindow.h mainwindow/MainWindow.cpp
)
