#pragma once

#include <QObject>
#include <QPointer>
#include <QStringList>

#include "core/model/importreport.h"

class PlatformDialog;
class QWidget;

/// The desktop's side of a file that does not say its platform (SPEC section 2: "the app asks and the CLI
/// refuses with a message that names --platform"): after an import, each file read without a mapping
/// whose records were rejected for lacking a platform is queued; askNext() opens a PlatformDialog for
/// the first, and the answer asks for the file to be imported again with that platform (ingestion is
/// idempotent: its posts that did say a platform are updated, not doubled). A file whose mapping lacked
/// the platform is left to the mapping dialog, which has its own picker.
class PlatformQuestion final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlatformQuestion)

public:
    explicit PlatformQuestion(QWidget *dialogParent);

    /// Queues the files of `reports` with records rejected as "platform: required".
    void enqueue(const QList<ImportReport> &reports);
    /// Opens the dialog for the next queued file, if any and none is open.
    void askNext();
    bool hasQueued() const { return !m_queue.isEmpty(); }
    /// The open dialog (tests drive it), or null.
    PlatformDialog *dialog() const;

Q_SIGNALS:
    /// Import `file` again, reading records that do not say their platform as `platform`.
    void importRequested(const QString &file, const QString &platform);
    /// A message for the status line (a file left out).
    void message(const QString &text);

private:
    struct Pending
    {
        QString file;
        qint64 records = 0;
    };

    QWidget *m_parent;
    QList<Pending> m_queue;
    QPointer<PlatformDialog> m_dialog;
};
