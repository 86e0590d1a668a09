#pragma once

#include <QByteArrayView>
#include <QIODevice>
#include <QString>
#include <QStringList>

#include "core/ingest/readsession.h"
#include "core/ingest/sniffinput.h"
#include "core/model/result.h"


/// One import format. Readers are registered in a ReaderRegistry; the one that recognises a
/// file best reads it. Readers hold no state between files and may be used from any thread.
class Reader
{
public:
    virtual ~Reader() = default;

    /// Stable id written into ImportReport::format, e.g. "native-ndjson".
    virtual QString id() const = 0;
    /// Extensions (lower-case, no dot) that break ties between readers that score the same.
    virtual QStringList extensions() const = 0;
    /// 0 = not this format; higher = surer. Readers of a specific capture tool should answer above
    /// 60 when they see their own keys, so that they win over the native readers (≤ 60).
    virtual int recognise(const SniffInput &input) const = 0;
    /// Reads every record from `device`, calling session.accept()/reject() per record and checking
    /// session.cancelled() between records. Returns an error only when the whole input is
    /// unusable or the sink failed; bad records are rejects, not errors.
    virtual Status read(QIODevice &device, ReadSession &session) const = 0;
};
