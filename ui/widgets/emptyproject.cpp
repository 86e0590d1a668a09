#include "ui/widgets/emptyproject.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

EmptyProject::EmptyProject(QWidget *parent)
    : QWidget(parent), m_title(new QLabel(this)), m_text(new QLabel(this)),
      m_import(new QPushButton(tr("Import data…"), this)), m_feeds(new QPushButton(tr("Live feeds…"), this))
{
    setObjectName(u"emptyProject"_s);
    QFont bold = m_title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.2);
    m_title->setFont(bold);
    m_title->setAlignment(Qt::AlignCenter);
    m_text->setAlignment(Qt::AlignCenter);
    m_text->setWordWrap(true);
    m_text->setForegroundRole(QPalette::PlaceholderText);
    m_import->setObjectName(u"emptyImport"_s);
    m_feeds->setObjectName(u"emptyFeeds"_s);
    m_import->setToolTip(tr("Import captured posts (JSON, NDJSON, CSV; the capture tools' formats are recognised)"));
    m_feeds->setToolTip(tr("Poll folders or URLs for new captures while the window is open"));

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_import);
    buttons->addWidget(m_feeds);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addWidget(m_title);
    layout->addWidget(m_text);
    layout->addLayout(buttons);
    layout->addStretch(2);

    connect(m_import, &QPushButton::clicked, this, &EmptyProject::importRequested);
    connect(m_feeds, &QPushButton::clicked, this, &EmptyProject::feedsRequested);
    showFor(false);
}

void EmptyProject::showFor(bool projectHasPosts, const QString &asOfText)
{
    if (projectHasPosts) {
        m_title->setText(tr("No posts in this window"));
        m_text->setText(tr("The window ending %1 holds no post of the enabled platforms. Drag the window on the "
                           "timeline above, choose Latest, pick a longer window, or import more data.")
                            .arg(asOfText));
    } else {
        m_title->setText(tr("This project has no posts yet"));
        m_text->setText(tr("Import captured posts, or let live feeds bring them in; the trends appear here as "
                           "soon as there are posts to compare."));
    }
}

QString EmptyProject::text() const
{
    return m_title->text() + u'\n' + m_text->text();
}
