#pragma once

#include <QDialog>
#include <QList>

#include "core/model/importreport.h"
#include "core/model/result.h"

class QPushButton;
class QTableView;
class RejectsModel;

/// What an import did, for people: per file the format and text encoding, read, inserted,
/// updated, copies merged within the file, rejected; repaired bytes; the rejects grouped by field
/// and reason with a count and their first lines; "Save rejects as CSV…" writes every kept reject.
/// Sized to fit a 1280×720 screen whatever the files' names and the number of kinds of reject.
class ImportSummaryDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportSummaryDialog)

public:
    ImportSummaryDialog(const QList<ImportReport> &reports, const QStringList &errors, bool cancelled,
                        QWidget *parent = nullptr);

    /// The summary as one paragraph (also the status-bar message).
    static QString summaryText(const QList<ImportReport> &reports, bool cancelled);

    RejectsModel *rejectsModel() const { return m_rejects; }
    QPushButton *saveRejectsButton() const { return m_save; }

    /// Writes every kept reject of the reports to `path` as CSV (what the Save button does after asking).
    Status saveRejects(const QString &path) const;

private:
    void askAndSaveRejects();

    QList<ImportReport> m_reports;
    RejectsModel *m_rejects;
    QTableView *m_view;
    QPushButton *m_save;
};
