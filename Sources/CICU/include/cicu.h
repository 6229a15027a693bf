/// CICU: the one place entity-screen touches the system ICU (libicu-dev).
///
/// Only plain C types cross this header: ICU's own headers clash with the ICU that
/// Foundation bundles, and ICU's symbols are renamed per version by macros that Swift
/// cannot follow. Transliteration here is slow (about 160 µs a call); entity-screen uses it
/// only for scripts its per-code-point tables do not cover, and caches the results.
#ifndef CICU_H
#define CICU_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// An opaque ICU transliterator.
typedef struct cicu_transliterator cicu_transliterator;

/// Opens the transliterator with the given ICU id (e.g. "Any-Latin; Latin-ASCII").
/// Returns NULL and writes ICU's error name into `error` (if not NULL) on failure.
cicu_transliterator *cicu_transliterator_open(const char *id, char *error, int32_t error_capacity);

/// Transliterates UTF-16 `text` of `length` units into `out` (capacity `out_capacity` units).
/// Returns the length of the result, or -1 on error; a result longer than the capacity
/// returns its full length without writing past the capacity, so callers can retry.
int32_t cicu_transliterate(cicu_transliterator *transliterator, const uint16_t *text, int32_t length,
                           uint16_t *out, int32_t out_capacity);

/// Closes a transliterator opened by `cicu_transliterator_open`.
void cicu_transliterator_close(cicu_transliterator *transliterator);

/// The version of the ICU library linked in, e.g. "72.1".
const char *cicu_version(void);

#ifdef __cplusplus
}
#endif

#endif
