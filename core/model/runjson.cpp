// Implemented by the report engineer (see runjson.h).
