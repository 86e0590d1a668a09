#pragma once

#include <QDialog>
#include <QList>

#include "core/model/importreport.h"

class QTableView;
class RejectsModel;

/// What an import did, for people: read, inserted, updated, rejected (with reasons), posts with
/// unknown views, approximate times; "Show rejected lines" expands the list of rejects.
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

private:
    RejectsModel *m_rejects;
    QTableView *m_view;
};
