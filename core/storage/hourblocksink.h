#pragma once

#include <map>
#include <optional>
#include <set>

#include <QByteArray>

#include "core/storage/hourblock.h"

/// The block road's use of the row road (DatasetLoader): the posts of the wanted hours, as they come out in the
/// Dataset's order, written into one block per hour (an hour with no posts gets an empty block); no Dataset is built.
struct HourBlockSink
{
    std::set<qint64> hours;               ///< the hours to write
    std::map<qint64, QByteArray> built;   ///< hour → block
    std::optional<qint64> current;        ///< the hour `writer` is writing
    hourblock::Writer writer;

    void add(const hourblock::Post &post)
    {
        const qint64 hour = hourblock::hourOf(post.createdAtMs);
        if (current != hour) {
            flush();
            current = hour;
        }
        if (hours.count(hour))
            writer.add(post);
    }
    void finish()
    {
        flush();
        for (const qint64 hour : hours) {
            if (!built.count(hour))
                built.emplace(hour, hourblock::Writer().finish());
        }
    }

private:
    void flush()
    {
        if (current && hours.count(*current))
            built[*current] = writer.finish();
        writer = hourblock::Writer();
        current.reset();
    }
};
