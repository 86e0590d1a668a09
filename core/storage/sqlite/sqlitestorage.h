#pragma once

#include <memory>

#include "core/storage/storage.h"

class Database;

/// The SQLite stores of an open database file (PostRepository, RunRepository, SqliteProjectStore).
Storage openSqliteStorage(const std::shared_ptr<Database> &database);
