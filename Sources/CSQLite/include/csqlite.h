/// CSQLite: the system SQLite (libsqlite3-dev) behind plain C types, so Swift sees only
/// opaque handles, integers, doubles and byte strings.
#ifndef CSQLITE_H
#define CSQLITE_H

#include <stddef.h>
#include <stdint.h>

/// Results, as SQLite's own codes.
enum {
    CSQLITE_OK = 0,
    CSQLITE_BUSY = 5,
    CSQLITE_ROW = 100,
    CSQLITE_DONE = 101
};

/// Column types, as SQLite's own.
enum {
    CSQLITE_INTEGER = 1,
    CSQLITE_FLOAT = 2,
    CSQLITE_TEXT = 3,
    CSQLITE_BLOB = 4,
    CSQLITE_NULL = 5
};

/// A database connection and a prepared statement; opaque to callers.
typedef struct csqlite_db csqlite_db;
typedef struct csqlite_stmt csqlite_stmt;

/// Opens (creating if needed) the database file; returns a result code and sets *db
/// (also on failure, so the message can be read; close it either way).
int csqlite_open(const char *path, csqlite_db **db);
int csqlite_close(csqlite_db *db);
/// The message of the last error on this connection.
const char *csqlite_errmsg(csqlite_db *db);
/// Runs one or more statements that return no rows.
int csqlite_exec(csqlite_db *db, const char *sql);
/// Rows changed by the last INSERT, UPDATE or DELETE.
int64_t csqlite_changes(csqlite_db *db);
/// The rowid of the row the last successful INSERT added.
int64_t csqlite_last_insert_rowid(csqlite_db *db);
/// Waits up to `ms` milliseconds for a lock held by another process.
int csqlite_busy_timeout(csqlite_db *db, int ms);

int csqlite_prepare(csqlite_db *db, const char *sql, csqlite_stmt **stmt);
/// Parameters count from 1; text is copied (SQLITE_TRANSIENT).
int csqlite_bind_int64(csqlite_stmt *stmt, int index, int64_t value);
int csqlite_bind_double(csqlite_stmt *stmt, int index, double value);
int csqlite_bind_text(csqlite_stmt *stmt, int index, const char *text, int64_t length);
int csqlite_bind_blob(csqlite_stmt *stmt, int index, const void *bytes, int64_t length);
int csqlite_bind_null(csqlite_stmt *stmt, int index);
int csqlite_step(csqlite_stmt *stmt);
/// Columns count from 0.
int csqlite_column_type(csqlite_stmt *stmt, int index);
int64_t csqlite_column_int64(csqlite_stmt *stmt, int index);
double csqlite_column_double(csqlite_stmt *stmt, int index);
/// The column's UTF-8 bytes (not NUL-terminated for the caller's purposes) and length.
const uint8_t *csqlite_column_text(csqlite_stmt *stmt, int index, int64_t *length);
/// The column's bytes as a blob, and their length.
const void *csqlite_column_blob(csqlite_stmt *stmt, int index, int64_t *length);
int csqlite_reset(csqlite_stmt *stmt);
int csqlite_clear_bindings(csqlite_stmt *stmt);
int csqlite_finalize(csqlite_stmt *stmt);

#endif
