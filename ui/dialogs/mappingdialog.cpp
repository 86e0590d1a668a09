#include "ui/dialogs/mappingdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include "core/ingest/platform.h"
#include "ui/models/mappingcolumnsmodel.h"
#include "ui/models/mappingpreviewmodel.h"

using namespace Qt::StringLiterals;

MappingDialog::MappingDialog(const QString &fileName, const TableSample &sample, const MappingGuess &guess,
                             QWidget *parent)
    : QDialog(parent), m_columns(new MappingColumnsModel(sample, guess.mapping, this)),
      m_preview(new MappingPreviewModel(sample, this)), m_columnsView(new QTableView(this)),
      m_previewView(new QTableView(this)), m_fieldBox(new QComboBox(this)), m_platformBox(new QComboBox(this)),
      m_name(new QLineEdit(this)), m_save(new QCheckBox(tr("Save this mapping for files with these columns"), this)),
      m_status(new QLabel(this)), m_import(nullptr)
{
    setWindowTitle(tr("Map the columns of %1").arg(QFileInfo(fileName).fileName()));
    setObjectName(u"mappingDialog"_s);
    auto *intro = new QLabel(tr("No reader knows this file. GlassTrend guessed which column holds what from the "
                                "column names and values; check each field, pick the platform if the file does not "
                                "say it, and watch the preview."),
                             this);
    intro->setWordWrap(true);

    m_columnsView->setModel(m_columns);
    m_columnsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_columnsView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_columnsView->verticalHeader()->hide();
    m_columnsView->horizontalHeader()->setStretchLastSection(true);
    m_columnsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_fieldBox->addItem(tr("(not imported)"), QString());
    for (const QString &field : MappingColumnsModel::fieldChoices()) {
        if (!field.isEmpty())
            m_fieldBox->addItem(field, field);
    }
    m_fieldBox->setEnabled(false);

    m_platformBox->addItem(tr("(the file says it)"), QString());
    for (const QString &p : knownPlatforms())
        m_platformBox->addItem(p, p);
    m_platformBox->setEditable(true); // any other slug [a-z0-9_]
    if (!guess.mapping.platform.isEmpty()) {
        const int at = m_platformBox->findData(guess.mapping.platform);
        if (at >= 0)
            m_platformBox->setCurrentIndex(at);
        else
            m_platformBox->setEditText(guess.mapping.platform);
    }

    m_name->setText(QFileInfo(fileName).completeBaseName());
    m_save->setChecked(true);

    m_previewView->setModel(m_preview);
    m_previewView->verticalHeader()->hide();
    m_previewView->horizontalHeader()->setStretchLastSection(true);
    m_previewView->setEditTriggers(QAbstractItemView::NoEditTriggers);

    auto *form = new QFormLayout;
    form->addRow(tr("Field of the selected column:"), m_fieldBox);
    form->addRow(tr("Platform:"), m_platformBox);
    form->addRow(tr("Save as:"), m_name);
    form->addRow(QString(), m_save);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_import = buttons->addButton(tr("Import"), QDialogButtonBox::AcceptRole);
    m_import->setObjectName(u"importButton"_s);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_columnsView, 2);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Preview of the first posts:"), this));
    layout->addWidget(m_previewView, 3);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(1000, 640); // fits a 1280×720 screen

    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_columns, &MappingColumnsModel::mappingChanged, this, &MappingDialog::refresh);
    connect(m_columnsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MappingDialog::selectedColumnChanged);
    connect(m_fieldBox, &QComboBox::activated, this, [this](int i) {
        const int row = m_columnsView->currentIndex().row();
        if (row >= 0)
            m_columns->setField(row, m_fieldBox->itemData(i).toString());
    });
    connect(m_platformBox, &QComboBox::currentTextChanged, this, &MappingDialog::refresh);
    connect(m_name, &QLineEdit::textChanged, this, &MappingDialog::refresh);
    connect(m_save, &QCheckBox::toggled, this, &MappingDialog::refresh);
    refresh();
}

void MappingDialog::selectedColumnChanged()
{
    const int row = m_columnsView->currentIndex().row();
    m_fieldBox->setEnabled(row >= 0);
    const int at = m_fieldBox->findData(m_columns->fieldOf(row));
    m_fieldBox->setCurrentIndex(at >= 0 ? at : 0);
}

QString MappingDialog::platform() const
{
    const int at = m_platformBox->currentIndex();
    const QString text = m_platformBox->currentText().trimmed();
    if (at >= 0 && m_platformBox->itemText(at) == text)
        return m_platformBox->itemData(at).toString();
    const Result<QString> slug = normalizePlatform(text);
    return slug.ok() ? slug.value() : QString();
}

bool MappingDialog::saveRequested() const
{
    return m_save->isChecked() && !m_name->text().trimmed().isEmpty();
}

ColumnMapping MappingDialog::mapping() const
{
    ColumnMapping m = m_columns->mapping();
    m.columns = m_columns->sample().columns;
    m.platform = platform();
    m.name = saveRequested() ? m_name->text().trimmed() : QString();
    return m;
}

QStringList MappingDialog::missing() const
{
    return MappingGuesser::missingFields(mapping(), m_columns->sample());
}

QString MappingDialog::statusText() const
{
    return m_status->text();
}

void MappingDialog::refresh()
{
    const ColumnMapping m = mapping();
    m_preview->setMapping(m, m.platform);
    const QStringList lacking = missing();
    QString text;
    if (!lacking.isEmpty()) {
        text = tr("Still needed: %1").arg(lacking.join(u", "_s));
        if (lacking.contains(u"platform"_s))
            text += u' ' + tr("(no column or URL says the platform: pick it above)");
    } else {
        text = tr("%1 of the first %2 rows would be imported.").arg(m_preview->goodRows()).arg(m_preview->rowCount());
    }
    if (m_save->isChecked() && m_name->text().trimmed().isEmpty())
        text += u' ' + tr("Give the mapping a name to save it.");
    m_status->setText(text);
    m_import->setEnabled(lacking.isEmpty());
    selectedColumnChanged();
}
