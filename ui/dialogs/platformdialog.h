#pragma once

#include <QDialog>

class QComboBox;
class QDialogButtonBox;

/// Asks which platform the records of a file come from, when the file does not say it and nothing in
/// its records decides it (SPEC section 2: the app asks; the CLI refuses, naming --platform). Lists the
/// platforms of SPEC section 1; any other slug `[a-z0-9_]{1,32}` may be typed. OK is enabled for a
/// valid slug only.
class PlatformDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlatformDialog)

public:
    /// `records`: how many records of `fileName` lacked their platform.
    PlatformDialog(const QString &fileName, qint64 records, QWidget *parent = nullptr);

    /// The chosen platform as a slug (aliases applied), or "" while the text is no valid slug.
    QString platform() const;

    QComboBox *platformBox() const { return m_platformBox; }
    QDialogButtonBox *buttons() const { return m_buttons; }

private:
    QComboBox *m_platformBox;
    QDialogButtonBox *m_buttons;
};
