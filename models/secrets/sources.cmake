# Secrets in the system keychain (QtKeychain), with an in-memory fallback for this run when there is none.
target_sources(casedesk_core PRIVATE
    secrets/SecretStore.h secrets/SecretStore.cpp
)
