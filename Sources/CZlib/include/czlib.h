/// CZlib: the system zlib (zlib1g-dev) behind plain C types (placeholder header; the
/// inflate functions are added with the gzip and zip readers).
#ifndef CZLIB_H
#define CZLIB_H

#include <stdint.h>

/// The version of the zlib linked in.
const char *czlib_version(void);

#endif
