#ifndef NEWSMILL_CLIBXML2_SHIM_H
#define NEWSMILL_CLIBXML2_SHIM_H
#include <libxml/xmlversion.h>
/* Debian builds libxml2 with ICU, so <libxml/encoding.h> would pull in the system ICU headers, whose
   UErrorCode clashes with the copy inside Foundation (_FoundationICU). Newsmill never calls libxml2's
   ICU converters (it hands libxml2 UTF-8 only), so the ICU declarations are left out. */
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/chvalid.h>
#include <libxml/HTMLtree.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlstring.h>
#endif
