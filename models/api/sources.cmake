target_sources(casedesk_core PRIVATE
    api/ApiClient.h api/ApiClient.cpp
    api/ApiError.h api/ApiError.cpp
    api/ConnectionStatus.h api/ConnectionStatus.cpp
    api/ApiErrorEntry.h api/ApiErrorEntry.cpp
    api/ApiRequest.h api/ApiRequest.cpp
    api/HttpHeaders.h api/HttpHeaders.cpp
    api/NetworkRules.h api/NetworkRules.cpp
    api/ApiResult.h
    api/OneShotBody.h api/OneShotBody.cpp
    api/TokenProvider.h api/TokenProvider.cpp
    api/Transfer.h api/Transfer.cpp
)
