#pragma once

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

#include <QByteArray>
#include <QString>

/// Small helpers the fuzz targets share: the input as Qt types, and a loud stop when an invariant fails (libFuzzer
/// reports the abort as a crash and keeps the input).
namespace fuzzinput {

inline QByteArray bytes(const std::uint8_t *data, std::size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

/// Any bytes as text, the way a reader would decode them (invalid UTF-8 becomes U+FFFD).
inline QString text(const std::uint8_t *data, std::size_t size)
{
    return QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
}

/// Aborts with `what` when `ok` is false.
inline void require(bool ok, const char *what)
{
    if (!ok) {
        std::fprintf(stderr, "fuzz invariant failed: %s\n", what);
        std::abort();
    }
}

} // namespace fuzzinput
