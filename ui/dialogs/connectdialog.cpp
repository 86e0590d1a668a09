#include "ui/dialogs/connectdialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include "core/storage/storagelocation.h"

using namespace Qt::StringLiterals;

ConnectDialog::ConnectDialog(const QString &uri, QWidget *parent)
    : QDialog(parent), m_uri(new QLineEdit(this)),
      m_allowImport(new QCheckBox(tr("Allow importing into this database"), this)), m_hint(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"connectDialog"_s);
    setWindowTitle(tr("Connect to a team database"));
    auto *text = new QLabel(tr("Opens a shared PostgreSQL database as the current project. The password comes from "
                               "PGPASSWORD or ~/.pgpass; it is never typed here, saved or shown."),
                            this);
    text->setWordWrap(true);
    m_uri->setObjectName(u"uriEdit"_s);
    m_uri->setPlaceholderText(u"postgresql://user@host:5432/trends"_s);
    m_uri->setText(uri);
    m_uri->setMinimumWidth(420);
    m_allowImport->setObjectName(u"allowImport"_s);
    m_allowImport->setToolTip(tr("Off: the database is only read (the team's collectors fill it). On: imports "
                                 "and your project settings are written into it, for everyone."));
    m_hint->setObjectName(u"connectHint"_s);
    m_hint->setWordWrap(true);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Connect"));
    auto *form = new QFormLayout;
    form->addRow(tr("Database URI:"), m_uri);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addLayout(form);
    layout->addWidget(m_allowImport);
    layout->addWidget(m_hint);
    layout->addWidget(m_buttons);
    connect(m_uri, &QLineEdit::textChanged, this, &ConnectDialog::validate);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    validate();
}

QString ConnectDialog::uri() const
{
    return m_uri->text().trimmed();
}

bool ConnectDialog::allowImport() const
{
    return m_allowImport->isChecked();
}

void ConnectDialog::validate()
{
    QString hint;
    if (!uri().isEmpty() && !storagelocation::isPostgresUri(uri()))
        hint = tr("A team database is named by a URI that starts with postgresql://");
    else if (storagelocation::redacted(uri()) != uri())
        hint = tr("Leave the password out of the URI: it comes from PGPASSWORD or ~/.pgpass.");
    m_hint->setText(hint);
    m_hint->setVisible(!hint.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(hint.isEmpty() && !uri().isEmpty());
}
