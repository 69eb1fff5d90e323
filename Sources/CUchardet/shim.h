#ifndef NEWSMILL_CUCHARDET_SHIM_H
#define NEWSMILL_CUCHARDET_SHIM_H
#include <uchardet/uchardet.h>
#endif
