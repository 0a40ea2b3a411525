#pragma once

#include <QByteArray>

#include <cstddef>
#include <cstdint>

/*
 * The fuzz targets: each feeds bytes from outside (a server's answer, a stored draft, an imported document) to
 * one decoder and to what the app does next with a value it accepted. Every target is built twice:
 *
 *   - as a libFuzzer executable (`./dev fuzz`, clang, -fsanitize=fuzzer,address,undefined), where
 *     CASEDESK_FUZZ_ENTRY(target) becomes LLVMFuzzerTestOneInput;
 *   - into tst_fuzzcorpora, which runs every file of tests/fuzz/corpus/<name>/ through its target, so an input
 *     that once crashed keeps being tried in every build, sanitized or not.
 *
 * A target returns 0; a broken invariant (a value that does not survive its own round trip) aborts through
 * FuzzCheck::require, which both runners report as a crash.
 */
namespace CaseDesk::Fuzz
{

using TargetFunction = int (*)(const uint8_t* data, size_t size);

struct Target
{
    const char* name; // also the corpus folder: tests/fuzz/corpus/<name>/
    TargetFunction run;
};

// The input as a QByteArray of its own (a copy, so nothing reads past the fuzzer's buffer by accident).
inline QByteArray bytesOf(const uint8_t* data, size_t size)
{
    return QByteArray(reinterpret_cast<const char*>(data), qsizetype(size));
}

// Aborts with `what` on stderr when `condition` does not hold.
void require(bool condition, const char* what);

int answerCase(const uint8_t* data, size_t size);
int answerCreateCase(const uint8_t* data, size_t size);
int answerCaseUpdate(const uint8_t* data, size_t size);
int answerAccessToken(const uint8_t* data, size_t size);
int answerAttachmentInfo(const uint8_t* data, size_t size);
int answerOrderHistory(const uint8_t* data, size_t size);
int serverErrorBody(const uint8_t* data, size_t size);
int apiDocumentJson(const uint8_t* data, size_t size);
int apiDocumentYaml(const uint8_t* data, size_t size);
int storedDraft(const uint8_t* data, size_t size);
int storedOutboxItem(const uint8_t* data, size_t size);
int timestamp(const uint8_t* data, size_t size);
int detailsSchema(const uint8_t* data, size_t size);

} // namespace CaseDesk::Fuzz

#ifdef CASEDESK_LIBFUZZER
#define CASEDESK_FUZZ_ENTRY(function)                                                                                  \
    extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)                                            \
    {                                                                                                                  \
        return CaseDesk::Fuzz::function(data, size);                                                                   \
    }
#else
#define CASEDESK_FUZZ_ENTRY(function)
#endif
