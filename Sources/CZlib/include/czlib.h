/// CZlib: the system zlib (zlib1g-dev) behind plain C types, so Swift never sees z_stream.
#ifndef CZLIB_H
#define CZLIB_H

#include <stddef.h>
#include <stdint.h>

/// The version of the zlib linked in.
const char *czlib_version(void);

/// Input formats for czlib_inflater_open.
enum {
    /// Raw deflate data, as in a zip member.
    CZLIB_FORMAT_RAW = 0,
    /// A gzip (or zlib) stream; the header is detected automatically.
    CZLIB_FORMAT_GZIP = 1
};

/// Results of czlib_inflate.
enum {
    /// Progress was made; call again.
    CZLIB_OK = 0,
    /// The end of the compressed stream (a gzip member) was reached.
    CZLIB_STREAM_END = 1,
    /// No progress is possible without more input.
    CZLIB_NEED_INPUT = 2,
    /// The data is corrupt (or memory ran out).
    CZLIB_ERROR = -1
};

/// An inflate stream; opaque to callers.
typedef struct czlib_inflater czlib_inflater;

/// Opens an inflater for CZLIB_FORMAT_RAW or CZLIB_FORMAT_GZIP; NULL on failure.
czlib_inflater *czlib_inflater_open(int format);

/// Inflates from `in` into `out`, reporting the bytes consumed and produced.
int czlib_inflate(czlib_inflater *inflater, const uint8_t *in, size_t in_len, size_t *consumed,
                  uint8_t *out, size_t out_cap, size_t *produced);

/// Readies the inflater for another stream of the same format (the next gzip member).
int czlib_inflater_reset(czlib_inflater *inflater);

/// A short description of the last error, or NULL.
const char *czlib_inflater_message(const czlib_inflater *inflater);

/// Frees the inflater; NULL is allowed.
void czlib_inflater_close(czlib_inflater *inflater);

/// Updates a CRC-32 (start from 0) with `len` bytes.
uint32_t czlib_crc32(uint32_t crc, const uint8_t *data, size_t len);

#endif
