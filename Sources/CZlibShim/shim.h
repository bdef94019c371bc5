#ifndef CZLIB_SHIM_H
/* The C zlib API for Sources/RunImport (inflate, crc32). */
#define CZLIB_SHIM_H
#include <zlib.h>
/* inflateInit2 is a macro, which Swift cannot import: wrap it. 16 + MAX_WBITS reads gzip. */
static inline int czlib_inflate_init_gzip(z_streamp stream) { return inflateInit2(stream, 16 + MAX_WBITS); }
/* -MAX_WBITS reads raw deflate data, as a zip member holds it. */
static inline int czlib_inflate_init_raw(z_streamp stream) { return inflateInit2(stream, -MAX_WBITS); }
#endif
