#ifndef NEWSMILL_CARCHIVE_SHIM_H
#define NEWSMILL_CARCHIVE_SHIM_H
#include <archive.h>
#include <archive_entry.h>
#endif
