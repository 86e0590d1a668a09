#pragma once

#include <string>

#include <sqlite3.h>

#include "core/storage/database.h"

/// For the length of a scan, a small page cache on the scanning connection, and the cache given back when the scan
/// ends. A scan reads each page once and gains nothing from the 64 MB cache an import's index pages need
/// (database.cpp), but it fills that cache and the connection keeps it: reading a million-post span left 64 MB of
/// pages behind on each connection that had read it (88 MB at the 1M server's peak, heaptrack).
class ScanPageCache
{
public:
    explicit ScanPageCache(sqlite3 *db) : m_db(db)
    {
        sqlite3_exec(m_db, "PRAGMA cache_size = -2048", nullptr, nullptr, nullptr);
    }
    ~ScanPageCache()
    {
        const std::string restore = "PRAGMA cache_size = -" + std::to_string(Database::kPageCacheKib);
        sqlite3_exec(m_db, restore.c_str(), nullptr, nullptr, nullptr);
        sqlite3_db_release_memory(m_db);
    }
    ScanPageCache(const ScanPageCache &) = delete;
    ScanPageCache &operator=(const ScanPageCache &) = delete;

private:
    sqlite3 *m_db;
};
