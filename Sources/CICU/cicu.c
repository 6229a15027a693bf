#include "cicu.h"

#include <stdlib.h>
#include <string.h>
#include <unicode/uclean.h>
#include <unicode/utrans.h>
#include <unicode/uversion.h>

struct cicu_transliterator {
    UTransliterator *handle;
};

cicu_transliterator *cicu_transliterator_open(const char *id, char *error, int32_t error_capacity) {
    UErrorCode status = U_ZERO_ERROR;
    UChar uid[256];
    int32_t n = 0;
    for (; id[n] != 0 && n < 255; n++) uid[n] = (UChar)(unsigned char)id[n];
    UTransliterator *handle = utrans_openU(uid, n, UTRANS_FORWARD, NULL, 0, NULL, &status);
    if (U_FAILURE(status) || handle == NULL) {
        if (error != NULL && error_capacity > 0) {
            strncpy(error, u_errorName(status), (size_t)error_capacity - 1);
            error[error_capacity - 1] = 0;
        }
        return NULL;
    }
    cicu_transliterator *result = (cicu_transliterator *)malloc(sizeof(cicu_transliterator));
    if (result == NULL) {
        utrans_close(handle);
        return NULL;
    }
    result->handle = handle;
    return result;
}

int32_t cicu_transliterate(cicu_transliterator *transliterator, const uint16_t *text, int32_t length,
                           uint16_t *out, int32_t out_capacity) {
    if (transliterator == NULL || length < 0) return -1;
    // utrans works in place on a buffer; give it room to grow (Han may expand tenfold).
    int32_t capacity = length * 12 + 64;
    UChar *buffer = (UChar *)malloc(sizeof(UChar) * (size_t)capacity);
    if (buffer == NULL) return -1;
    memcpy(buffer, text, sizeof(UChar) * (size_t)length);
    int32_t textLength = length;
    int32_t limit = length;
    UErrorCode status = U_ZERO_ERROR;
    utrans_transUChars(transliterator->handle, buffer, &textLength, capacity, 0, &limit, &status);
    if (U_FAILURE(status)) {
        free(buffer);
        return -1;
    }
    int32_t copy = textLength < out_capacity ? textLength : out_capacity;
    if (copy > 0) memcpy(out, buffer, sizeof(UChar) * (size_t)copy);
    free(buffer);
    return textLength;
}

void cicu_transliterator_close(cicu_transliterator *transliterator) {
    if (transliterator == NULL) return;
    utrans_close(transliterator->handle);
    free(transliterator);
}

const char *cicu_version(void) {
    static char text[U_MAX_VERSION_STRING_LENGTH];
    UVersionInfo info;
    u_getVersion(info);
    u_versionToString(info, text);
    return text;
}
