#include "ui/dialogs/watchlistdialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

#include "ui/watchsettings.h"

using namespace Qt::StringLiterals;

WatchListDialog::WatchListDialog(const WatchList &watch, QWidget *parent)
    : QDialog(parent), m_tags(new QPlainTextEdit(this)),
      m_actNow(new QCheckBox(tr("Alert when a trend first reaches ACT NOW"), this))
{
    setObjectName(u"watchListDialog"_s);
    setWindowTitle(tr("Watched tags"));
    auto *hint = new QLabel(tr("One tag per line. A tag ending in * watches every tag that starts with it "
                               "(matcha* watches #matchalatte and #matcha). A run that makes a watched tag part of "
                               "a trend raises an alert, once per trend."),
                            this);
    hint->setWordWrap(true);
    m_tags->setObjectName(u"watchTags"_s);
    m_tags->setPlainText(watch.tags.join(u'\n'));
    m_actNow->setObjectName(u"watchActNow"_s);
    m_actNow->setChecked(watch.onActNow);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addWidget(m_tags, 1);
    layout->addWidget(m_actNow);
    layout->addWidget(buttons);
}

WatchList WatchListDialog::watchList() const
{
    return WatchList{watchsettings::parseTags(m_tags->toPlainText()), m_actNow->isChecked()};
}
