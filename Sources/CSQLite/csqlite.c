#include "csqlite.h"

#include <sqlite3.h>

// The opaque types are SQLite's own, cast at this boundary.
#define DB(p) ((sqlite3 *)(p))
#define ST(p) ((sqlite3_stmt *)(p))

int csqlite_open(const char *path, csqlite_db **db) {
    sqlite3 *handle = NULL;
    int rc = sqlite3_open_v2(path, &handle, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, NULL);
    *db = (csqlite_db *)handle;
    return rc;
}

int csqlite_close(csqlite_db *db) { return sqlite3_close_v2(DB(db)); }
const char *csqlite_errmsg(csqlite_db *db) { return sqlite3_errmsg(DB(db)); }
int csqlite_exec(csqlite_db *db, const char *sql) { return sqlite3_exec(DB(db), sql, NULL, NULL, NULL); }
int64_t csqlite_changes(csqlite_db *db) { return sqlite3_changes64(DB(db)); }
int64_t csqlite_last_insert_rowid(csqlite_db *db) { return sqlite3_last_insert_rowid(DB(db)); }
int csqlite_busy_timeout(csqlite_db *db, int ms) { return sqlite3_busy_timeout(DB(db), ms); }

int csqlite_prepare(csqlite_db *db, const char *sql, csqlite_stmt **stmt) {
    sqlite3_stmt *handle = NULL;
    int rc = sqlite3_prepare_v2(DB(db), sql, -1, &handle, NULL);
    *stmt = (csqlite_stmt *)handle;
    return rc;
}

int csqlite_bind_int64(csqlite_stmt *stmt, int index, int64_t value) { return sqlite3_bind_int64(ST(stmt), index, value); }
int csqlite_bind_double(csqlite_stmt *stmt, int index, double value) { return sqlite3_bind_double(ST(stmt), index, value); }
int csqlite_bind_text(csqlite_stmt *stmt, int index, const char *text, int64_t length) {
    return sqlite3_bind_text64(ST(stmt), index, text, (sqlite3_uint64)length, SQLITE_TRANSIENT, SQLITE_UTF8);
}
int csqlite_bind_blob(csqlite_stmt *stmt, int index, const void *bytes, int64_t length) {
    return sqlite3_bind_blob64(ST(stmt), index, bytes, (sqlite3_uint64)length, SQLITE_TRANSIENT);
}
int csqlite_bind_null(csqlite_stmt *stmt, int index) { return sqlite3_bind_null(ST(stmt), index); }
int csqlite_step(csqlite_stmt *stmt) { return sqlite3_step(ST(stmt)); }
int csqlite_column_type(csqlite_stmt *stmt, int index) { return sqlite3_column_type(ST(stmt), index); }
int64_t csqlite_column_int64(csqlite_stmt *stmt, int index) { return sqlite3_column_int64(ST(stmt), index); }
double csqlite_column_double(csqlite_stmt *stmt, int index) { return sqlite3_column_double(ST(stmt), index); }
const uint8_t *csqlite_column_text(csqlite_stmt *stmt, int index, int64_t *length) {
    const unsigned char *text = sqlite3_column_text(ST(stmt), index);
    *length = sqlite3_column_bytes(ST(stmt), index);
    return (const uint8_t *)text;
}
const void *csqlite_column_blob(csqlite_stmt *stmt, int index, int64_t *length) {
    const void *bytes = sqlite3_column_blob(ST(stmt), index);
    *length = sqlite3_column_bytes(ST(stmt), index);
    return bytes;
}
int csqlite_reset(csqlite_stmt *stmt) { return sqlite3_reset(ST(stmt)); }
int csqlite_clear_bindings(csqlite_stmt *stmt) { return sqlite3_clear_bindings(ST(stmt)); }
int csqlite_finalize(csqlite_stmt *stmt) { return sqlite3_finalize(ST(stmt)); }
