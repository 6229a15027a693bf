#include "czlib.h"

#include <limits.h>
#include <stdlib.h>
#include <zlib.h>

struct czlib_inflater {
    z_stream stream;
};

const char *czlib_version(void) { return zlibVersion(); }

czlib_inflater *czlib_inflater_open(int format) {
    czlib_inflater *inflater = calloc(1, sizeof *inflater);
    if (inflater == NULL) return NULL;
    // -15: raw deflate (zip members); 15 + 32: gzip or zlib header detected automatically.
    int window_bits = format == CZLIB_FORMAT_RAW ? -MAX_WBITS : MAX_WBITS + 32;
    if (inflateInit2(&inflater->stream, window_bits) != Z_OK) {
        free(inflater);
        return NULL;
    }
    return inflater;
}

int czlib_inflate(czlib_inflater *inflater, const uint8_t *in, size_t in_len, size_t *consumed,
                  uint8_t *out, size_t out_cap, size_t *produced) {
    *consumed = 0;
    *produced = 0;
    if (inflater == NULL) return CZLIB_ERROR;
    // zlib counts in uInt; larger buffers are simply handled over several calls.
    uInt in_chunk = in_len > UINT_MAX ? UINT_MAX : (uInt)in_len;
    uInt out_chunk = out_cap > UINT_MAX ? UINT_MAX : (uInt)out_cap;
    z_stream *s = &inflater->stream;
    s->next_in = (Bytef *)in;
    s->avail_in = in_chunk;
    s->next_out = out;
    s->avail_out = out_chunk;
    int rc = inflate(s, Z_NO_FLUSH);
    *consumed = in_chunk - s->avail_in;
    *produced = out_chunk - s->avail_out;
    switch (rc) {
    case Z_OK: return CZLIB_OK;
    case Z_STREAM_END: return CZLIB_STREAM_END;
    // Z_BUF_ERROR means no progress: input exhausted (or no output room, which callers avoid).
    case Z_BUF_ERROR: return CZLIB_NEED_INPUT;
    default: return CZLIB_ERROR;
    }
}

int czlib_inflater_reset(czlib_inflater *inflater) {
    if (inflater == NULL) return CZLIB_ERROR;
    return inflateReset(&inflater->stream) == Z_OK ? CZLIB_OK : CZLIB_ERROR;
}

const char *czlib_inflater_message(const czlib_inflater *inflater) {
    return inflater == NULL ? NULL : inflater->stream.msg;
}

void czlib_inflater_close(czlib_inflater *inflater) {
    if (inflater == NULL) return;
    inflateEnd(&inflater->stream);
    free(inflater);
}

uint32_t czlib_crc32(uint32_t crc, const uint8_t *data, size_t len) {
    uLong value = crc;
    while (len > 0) {
        uInt chunk = len > UINT_MAX ? UINT_MAX : (uInt)len;
        value = crc32(value, data, chunk);
        data += chunk;
        len -= chunk;
    }
    return (uint32_t)value;
}
