#pragma once

#include <memory>
#include <vector>

#include "core/ingest/reader.h"

/// The readers an import can choose from. Built by whoever imports (no global instance); the
/// readers are stateless, so one registry may serve many threads once built.
class ReaderRegistry
{
public:
    ReaderRegistry() = default;
    ReaderRegistry(ReaderRegistry &&) = default;
    ReaderRegistry &operator=(ReaderRegistry &&) = default;

    /// Every reader GlassTrend has: the native ones (native-json, native-ndjson, native-csv) and
    /// the capture-tool readers registered beside them.
    static ReaderRegistry standard();

    void add(std::unique_ptr<Reader> reader);

    /// The reader that recognises `input` best (highest score; ties: the one whose extensions
    /// include the file's, then registration order), or nullptr when none does.
    const Reader *pick(const SniffInput &input) const;

    const std::vector<std::unique_ptr<Reader>> &readers() const { return m_readers; }

private:
    std::vector<std::unique_ptr<Reader>> m_readers;
};
