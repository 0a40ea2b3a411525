# Choosing an environment, signing in to it, and making production unmistakable.
target_sources(casedesk_ui PRIVATE
    environment/CustomServerDialog.h environment/CustomServerDialog.cpp
    environment/EnvironmentMenu.h environment/EnvironmentMenu.cpp
    environment/ProductionBand.h environment/ProductionBand.cpp
    environment/SignInDialog.h environment/SignInDialog.cpp
)
