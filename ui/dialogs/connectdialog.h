#pragma once

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

/// File → Connect to a team database…: a `postgresql://` URI in libpq syntax and whether the desktop may
/// import into that database (off by default: a team database is read-only here unless the analyst says
/// so). The password is never asked for: libpq takes it from PGPASSWORD or ~/.pgpass. OK is enabled for a
/// PostgreSQL URI only.
class ConnectDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectDialog)

public:
    /// `uri`: the URI to start from (the last one connected to, without its password).
    explicit ConnectDialog(const QString &uri, QWidget *parent = nullptr);

    QString uri() const;
    bool allowImport() const;

    QLineEdit *uriEdit() const { return m_uri; }
    QCheckBox *allowImportBox() const { return m_allowImport; }
    QDialogButtonBox *buttons() const { return m_buttons; }

private:
    void validate();

    QLineEdit *m_uri;
    QCheckBox *m_allowImport;
    QLabel *m_hint;
    QDialogButtonBox *m_buttons;
};
