#include "ui/platformquestion.h"

#include <QFileInfo>

#include "ui/dialogs/platformdialog.h"

using namespace Qt::StringLiterals;

PlatformQuestion::PlatformQuestion(QWidget *dialogParent) : QObject(dialogParent), m_parent(dialogParent) {}

void PlatformQuestion::enqueue(const QList<ImportReport> &reports)
{
    for (const ImportReport &report : reports) {
        if (!report.mapping.isEmpty())
            continue;
        for (const RejectGroup &group : report.rejectGroups) {
            if (group.field != u"platform"_s || group.reason != u"required"_s || group.count <= 0)
                continue;
            const bool queued = std::any_of(m_queue.cbegin(), m_queue.cend(),
                                            [&](const Pending &p) { return p.file == report.file; });
            if (!queued)
                m_queue.append({report.file, group.count});
        }
    }
}

PlatformDialog *PlatformQuestion::dialog() const
{
    return m_dialog.data();
}

void PlatformQuestion::askNext()
{
    if (m_dialog || m_queue.isEmpty())
        return;
    const Pending next = m_queue.takeFirst();
    m_dialog = new PlatformDialog(next.file, next.records, m_parent);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &QDialog::finished, this, [this, file = next.file, dialog = m_dialog](int result) {
        const QString platform = result == QDialog::Accepted ? dialog->platform() : QString();
        m_dialog.clear();
        if (platform.isEmpty()) {
            Q_EMIT message(tr("%1: records without a platform not imported (no platform given)")
                               .arg(QFileInfo(file).fileName()));
            askNext();
            return;
        }
        Q_EMIT importRequested(file, platform);
    });
    m_dialog->open();
}
