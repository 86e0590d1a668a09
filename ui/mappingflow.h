#pragma once

#include <memory>

#include <QObject>
#include <QPointer>
#include <QStringList>

#include "core/model/columnmapping.h"

class MappingDialog;
class MappingStore;
class QWidget;

/// The desktop's side of importing files no reader knows (SPEC section 2): picks out the files
/// that need a column mapping (no known reader claims them and no saved mapping has their
/// columns), then, one file at a time, opens the MappingDialog, saves the mapping when asked, and
/// asks for the file to be imported with it. Files with a saved mapping import without asking
/// (the import says which mapping it used).
class MappingFlow final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MappingFlow)

public:
    MappingFlow(std::shared_ptr<const MappingStore> store, QWidget *dialogParent);

    /// True when `path` is a CSV/JSON that only a mapping can read and no saved mapping fits.
    bool needsMapping(const QString &path) const;
    /// Queues files that need a mapping; askNext() opens the dialog for the first.
    void enqueue(const QStringList &files);
    /// Opens the dialog for the next queued file, if any and none is open.
    void askNext();
    bool hasQueued() const { return !m_queue.isEmpty(); }
    /// The open dialog (tests drive it), or null.
    MappingDialog *dialog() const;

Q_SIGNALS:
    /// Import `file` with `mapping`; `platform` for records that do not say theirs ("" = none).
    void importRequested(const QString &file, std::shared_ptr<const ColumnMapping> mapping, const QString &platform);
    /// A message for the status line (a mapping saved, or why it was not).
    void message(const QString &text);

private:
    std::shared_ptr<const MappingStore> m_store;
    QWidget *m_parent;
    QStringList m_queue;
    QPointer<MappingDialog> m_dialog;
};
