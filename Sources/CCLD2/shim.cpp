// C entry point over CLD2's C++ API, so Swift can call it without C++ interoperability. Glue only.
#include "CCLD2.h"
#include <cstdio>
#include <cld2/public/compact_lang_det.h>
#include <cld2/public/encodings.h>

extern "C" ccld2_result ccld2_detect(const char *utf8, int length, int is_plain_text) {
    CLD2::Language language3[3];
    int percent3[3];
    int text_bytes = 0;
    bool reliable = false;
    CLD2::Language language = CLD2::ExtDetectLanguageSummary(
        utf8, length, is_plain_text != 0, language3, percent3, &text_bytes, &reliable);
    ccld2_result result;
    result.code = CLD2::LanguageCode(language);
    result.percent = percent3[0];
    result.reliable = reliable ? 1 : 0;
    result.text_bytes = text_bytes;
    return result;
}
