#include "ui/dialogs/platformdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

#include "core/ingest/platform.h"

using namespace Qt::StringLiterals;

PlatformDialog::PlatformDialog(const QString &fileName, qint64 records, QWidget *parent)
    : QDialog(parent), m_platformBox(new QComboBox(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Which platform?"));
    auto *text = new QLabel(tr("%1 record(s) of %2 do not say their platform, and nothing in them tells it. "
                               "Which platform are they from? The file is imported again with it; its other "
                               "posts are not stored twice.").arg(QLocale().toString(records),
                                                               QFileInfo(fileName).fileName()),
                            this);
    text->setWordWrap(true);
    for (const QString &p : knownPlatforms())
        m_platformBox->addItem(p, p);
    m_platformBox->setEditable(true); // any other slug [a-z0-9_]
    m_platformBox->setCurrentIndex(-1);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Import"));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    auto *form = new QFormLayout;
    form->addRow(tr("Platform:"), m_platformBox);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    connect(m_platformBox, &QComboBox::currentTextChanged, this,
            [this] { m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!platform().isEmpty()); });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QString PlatformDialog::platform() const
{
    const QString text = m_platformBox->currentText().trimmed();
    if (text.isEmpty())
        return {};
    const Result<QString> slug = normalizePlatform(text);
    return slug ? slug.value() : QString();
}
