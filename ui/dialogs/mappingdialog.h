#pragma once

#include <QDialog>

#include "core/ingest/mappingguesser.h"
#include "core/ingest/tablesample.h"
#include "core/model/columnmapping.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class MappingColumnsModel;
class MappingPreviewModel;

/// File → Import of a file no reader knows: the file's columns with the field GlassTrend guessed for
/// each (change any of them), the platform (when the file does not say it), a preview of the first
/// posts as they would be stored — updated on every change —, and a name to save the mapping under
/// for later files with the same columns. Import is enabled once every required field has a source.
/// The dialog only edits a ColumnMapping; whoever opened it saves and imports.
class MappingDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MappingDialog)

public:
    MappingDialog(const QString &fileName, const TableSample &sample, const MappingGuess &guess,
                  QWidget *parent = nullptr);

    /// The mapping as edited, with its name (when "Save" is checked), platform and columns.
    ColumnMapping mapping() const;
    /// The platform picked for records that do not say theirs ("" = none picked).
    QString platform() const;
    bool saveRequested() const;
    /// Required fields still without a source.
    QStringList missing() const;

    MappingColumnsModel *columnsModel() const { return m_columns; }
    MappingPreviewModel *previewModel() const { return m_preview; }
    QTableView *columnsView() const { return m_columnsView; }
    QComboBox *fieldBox() const { return m_fieldBox; }
    QComboBox *platformBox() const { return m_platformBox; }
    QLineEdit *nameEdit() const { return m_name; }
    QCheckBox *saveBox() const { return m_save; }
    QPushButton *importButton() const { return m_import; }
    QString statusText() const;

private:
    void refresh();
    void selectedColumnChanged();

    MappingColumnsModel *m_columns;
    MappingPreviewModel *m_preview;
    QTableView *m_columnsView;
    QTableView *m_previewView;
    QComboBox *m_fieldBox;
    QComboBox *m_platformBox;
    QLineEdit *m_name;
    QCheckBox *m_save;
    QLabel *m_status;
    QPushButton *m_import;
};
