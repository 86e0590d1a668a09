#include "core/cache/nullreadcache.h"
