#ifndef CCLD2_H
#define CCLD2_H

#ifdef __cplusplus
extern "C" {
#endif

/// The outcome of CLD2's ExtDetectLanguageSummary: the top language's code (e.g. "en", "zh-Hant",
/// "un" when unknown), the percentage of the text in it, and CLD2's reliability flag.
typedef struct {
    const char *code;
    int percent;
    int reliable;
    int text_bytes;
} ccld2_result;

/// Calls CLD2::ExtDetectLanguageSummary on `length` bytes of valid UTF-8 (plain text when
/// `is_plain_text`, else HTML). The code points into CLD2's static tables.
ccld2_result ccld2_detect(const char *utf8, int length, int is_plain_text);

#ifdef __cplusplus
}
#endif

#endif
