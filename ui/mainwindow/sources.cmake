target_sources(casedesk_ui PRIVATE
    mainwindow/CaseTabs.h mainwindow/CaseTabs.cpp
    mainwindow/MainWindow.h mainwindow/MainWindow.cpp
)
