#pragma once

#include "core/ingest/reader.h"

/// Zeeschuimer items as 4CAT re-exports them ("Download NDJSON"): the platform item at the top
/// level with the capture wrapper under `__import_meta` (formats README §1). Mapped exactly as the
/// Zeeschuimer lines are.
class FourCatNdjsonReader final : public Reader
{
public:
    QString id() const override;
    QStringList extensions() const override;
    int recognise(const SniffInput &input) const override;
    Status read(QIODevice &device, ReadSession &session) const override;
};
