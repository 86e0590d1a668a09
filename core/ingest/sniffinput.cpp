#include "core/ingest/sniffinput.h"

#include "core/ingest/formats/flatkeys.h"
#include "core/ingest/formats/jsonrecords.h"
#include "core/ingest/sniff.h"

namespace {

template <typename T, typename Fn>
const T &once(std::optional<T> &slot, Fn &&compute)
{
    if (!slot)
        slot = compute();
    return *slot;
}

} // namespace

const QJsonObject &SniffInput::firstLineObject() const
{
    return once(m_firstLineObject, [&] { return sniff::firstLineObject(head); });
}

const QStringList &SniffInput::csvHeader() const
{
    return once(m_csvHeader, [&] { return sniff::csvHeader(head); });
}

const QJsonObject &SniffInput::firstJsonRecord() const
{
    return once(m_firstJsonRecord, [&] { return ::firstJsonRecord(head); });
}

const QJsonObject &SniffInput::firstFlatRecord() const
{
    return once(m_firstFlatRecord, [&] { return ::firstFlatRecord(head); });
}
