// The system SQLite C API, for end-to-end tests that change a log behind runramp's back.
#include <sqlite3.h>
