#include "ui/mappingflow.h"

#include <QFile>
#include <QFileInfo>

#include "core/config/mappingstore.h"
#include "core/ingest/mappedreader.h"
#include "core/ingest/mappingguesser.h"
#include "core/ingest/readerregistry.h"
#include "core/ingest/readfile.h"
#include "core/ingest/sniff.h"
#include "ui/dialogs/mappingdialog.h"

using namespace Qt::StringLiterals;

namespace {

/// The file's first rows when only a mapping can read it; nullopt otherwise.
std::optional<TableSample> unclaimedSample(const QString &path)
{
    // Decoded as an import decodes it, so a GB18030 or UTF-16 file shows its real column names.
    const Result<QByteArray> decoded = readDecodedHead(path);
    if (!decoded)
        return std::nullopt;
    const QByteArray &head = decoded.value();
    const ReaderRegistry registry = ReaderRegistry::standard();
    const Reader *reader = registry.pick(SniffInput{head, QFileInfo(path).fileName()});
    if (!reader || reader->id() != MappedReader::kId)
        return std::nullopt;
    Result<TableSample> sample = TableSample::fromHead(head);
    if (!sample.ok())
        return std::nullopt;
    return std::move(sample).value();
}

} // namespace

MappingFlow::MappingFlow(std::shared_ptr<const MappingStore> store, QWidget *dialogParent)
    : QObject(dialogParent), m_store(std::move(store)), m_parent(dialogParent)
{
}

MappingDialog *MappingFlow::dialog() const
{
    return m_dialog.data();
}

bool MappingFlow::needsMapping(const QString &path) const
{
    const std::optional<TableSample> sample = unclaimedSample(path);
    if (!sample)
        return false;
    return !m_store || !m_store->find(sample->columns).has_value();
}

void MappingFlow::enqueue(const QStringList &files)
{
    m_queue.append(files);
}

void MappingFlow::askNext()
{
    if (m_dialog || m_queue.isEmpty())
        return;
    const QString path = m_queue.takeFirst();
    const std::optional<TableSample> sample = unclaimedSample(path);
    if (!sample) {
        askNext();
        return;
    }
    const MappingGuess guess = MappingGuesser::guess(*sample);
    m_dialog = new MappingDialog(path, *sample, guess, m_parent);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &QDialog::finished, this, [this, path, dialog = m_dialog](int result) {
        if (result != QDialog::Accepted) {
            Q_EMIT message(tr("%1: not imported (no mapping)").arg(QFileInfo(path).fileName()));
            m_dialog.clear();
            askNext();
            return;
        }
        auto mapping = std::make_shared<const ColumnMapping>(dialog->mapping());
        const QString platform = dialog->platform();
        if (dialog->saveRequested() && m_store) {
            const Status saved = m_store->save(*mapping);
            Q_EMIT message(saved.ok() ? tr("Mapping \"%1\" saved: files with these columns import without asking").arg(
                                            mapping->name)
                                      : tr("Mapping not saved: %1").arg(saved.error().message));
        }
        m_dialog.clear();
        Q_EMIT importRequested(path, mapping, platform);
    });
    m_dialog->open();
}
