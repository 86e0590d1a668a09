#pragma once

#include <QDialog>

#include "core/service/alertevaluator.h"

class QCheckBox;
class QPlainTextEdit;

/// Run → Watched tags…: the project's watch list — tags exactly ("blokecore") or by prefix ("matcha*"), and whether
/// a trend first reaching act now alerts too.
class WatchListDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WatchListDialog)

public:
    explicit WatchListDialog(const WatchList &watch, QWidget *parent = nullptr);

    WatchList watchList() const;
    QPlainTextEdit *tagsEdit() const { return m_tags; }
    QCheckBox *actNowBox() const { return m_actNow; }

private:
    QPlainTextEdit *m_tags;
    QCheckBox *m_actNow;
};
