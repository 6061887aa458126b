#ifndef BILATERAL_CLIBXML2_SHIM_H
#define BILATERAL_CLIBXML2_SHIM_H

// libxml2's HTML and XML parsers, and zlib for `.html.gz` pages (libxml2 links it too).
#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <zlib.h>

// inflateInit2 is a macro Swift cannot import; 15 + 32 accepts gzip and zlib headers alike.
static inline int bilateral_inflate_init(z_stream *stream) { return inflateInit2(stream, 15 + 32); }

#endif
