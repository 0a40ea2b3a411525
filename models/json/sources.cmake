target_sources(casedesk_core PRIVATE
    json/DecodeError.h json/DecodeError.cpp
    json/JsonCodec.h json/JsonCodec.cpp
)
