/*
 * The ICU converter entry points that Debian's static libxml2 refers to, answering
 * "no such converter" — linked into the self-contained binary only
 * (Scripts/build-static), in place of ICU.
 *
 * Why: Debian builds libxml2 with ICU, so `libxml2.a` needs libicuuc and its data
 * (about 30 MB) for one feature: ICU converters, which libxml2 tries only for a
 * character encoding that neither its built-in handlers nor glibc's iconv know
 * (xmlFindCharEncodingHandler, encoding.c). pepcheck writes and reads UTF-8 XML,
 * which libxml2 handles itself. With these definitions libxml2 behaves as a build
 * configured `--without-icu`: ucnv_open fails, so no ICU handler is ever created
 * and the other functions are never reached with a converter.
 *
 * The prototypes come from ICU's own headers, whose macros give the names their
 * version suffix (ucnv_open_72 on Debian 12), so this file follows the installed ICU.
 */
#include <unicode/ucnv.h>
#include <unicode/ucnv_err.h>

UConverter *ucnv_open(const char *converterName, UErrorCode *err) {
    (void)converterName;
    if (err != NULL && U_SUCCESS(*err)) *err = U_FILE_ACCESS_ERROR;
    return NULL;
}

void ucnv_close(UConverter *converter) { (void)converter; }

void ucnv_setToUCallBack(UConverter *converter, UConverterToUCallback newAction, const void *newContext,
                         UConverterToUCallback *oldAction, const void **oldContext, UErrorCode *err) {
    (void)converter; (void)newAction; (void)newContext; (void)oldAction; (void)oldContext;
    if (err != NULL && U_SUCCESS(*err)) *err = U_UNSUPPORTED_ERROR;
}

void ucnv_setFromUCallBack(UConverter *converter, UConverterFromUCallback newAction, const void *newContext,
                           UConverterFromUCallback *oldAction, const void **oldContext, UErrorCode *err) {
    (void)converter; (void)newAction; (void)newContext; (void)oldAction; (void)oldContext;
    if (err != NULL && U_SUCCESS(*err)) *err = U_UNSUPPORTED_ERROR;
}

void ucnv_convertEx(UConverter *targetCnv, UConverter *sourceCnv, char **target, const char *targetLimit,
                    const char **source, const char *sourceLimit, UChar *pivotStart, UChar **pivotSource,
                    UChar **pivotTarget, const UChar *pivotLimit, UBool reset, UBool flush,
                    UErrorCode *pErrorCode) {
    (void)targetCnv; (void)sourceCnv; (void)target; (void)targetLimit; (void)source; (void)sourceLimit;
    (void)pivotStart; (void)pivotSource; (void)pivotTarget; (void)pivotLimit; (void)reset; (void)flush;
    if (pErrorCode != NULL && U_SUCCESS(*pErrorCode)) *pErrorCode = U_UNSUPPORTED_ERROR;
}

/* ICU's STOP callbacks do nothing: the error code the converter set ends the conversion. */
void UCNV_FROM_U_CALLBACK_STOP(const void *context, UConverterFromUnicodeArgs *fromUArgs, const UChar *codeUnits,
                               int32_t length, UChar32 codePoint, UConverterCallbackReason reason,
                               UErrorCode *err) {
    (void)context; (void)fromUArgs; (void)codeUnits; (void)length; (void)codePoint; (void)reason; (void)err;
}

void UCNV_TO_U_CALLBACK_STOP(const void *context, UConverterToUnicodeArgs *toUArgs, const char *codeUnits,
                             int32_t length, UConverterCallbackReason reason, UErrorCode *err) {
    (void)context; (void)toUArgs; (void)codeUnits; (void)length; (void)reason; (void)err;
}
