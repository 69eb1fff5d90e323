#ifndef NEWSMILL_CZEROMQ_SHIM_H
#define NEWSMILL_CZEROMQ_SHIM_H
#include <zmq.h>
#endif
