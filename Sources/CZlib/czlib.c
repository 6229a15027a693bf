#include "czlib.h"

#include <zlib.h>

const char *czlib_version(void) { return zlibVersion(); }
