#include "ui/widgets/importsummarydialog.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include "ui/models/rejectsmodel.h"
#include "ui/uiformat.h"

using namespace Qt::StringLiterals;

QString ImportSummaryDialog::summaryText(const QList<ImportReport> &reports, bool cancelled)
{
    ImportReport t;
    for (const ImportReport &r : reports) {
        t.read += r.read;
        t.inserted += r.inserted;
        t.updated += r.updated;
        t.rejected += r.rejected;
        t.unknownViews += r.unknownViews;
        t.approximateTimes += r.approximateTimes;
        t.comments += r.comments;
        t.commentedPosts += r.commentedPosts;
    }
    const QString comments = t.commentsNote();
    return (cancelled ? u"Import cancelled: "_s : u"Imported: "_s) + uifmt::integer(t.read) + u" read, "_s
           + uifmt::integer(t.inserted) + u" inserted, "_s + uifmt::integer(t.updated) + u" updated, "_s
           + uifmt::integer(t.rejected) + u" rejected; "_s + uifmt::integer(t.unknownViews)
           + u" with unknown views, "_s + uifmt::integer(t.approximateTimes) + u" with approximate times."_s
           + (comments.isEmpty() ? QString() : u" "_s + comments + u'.');
}

ImportSummaryDialog::ImportSummaryDialog(const QList<ImportReport> &reports, const QStringList &errors,
                                         bool cancelled, QWidget *parent)
    : QDialog(parent), m_rejects(new RejectsModel(this))
{
    setWindowTitle(u"Import summary"_s);
    auto *layout = new QVBoxLayout(this);

    QString html = u"<p><b>"_s + summaryText(reports, cancelled).toHtmlEscaped() + u"</b></p><table cellspacing=6>"_s
                   + u"<tr><th align=left>File</th><th align=left>Format</th><th>Read</th><th>Inserted</th>"
                     u"<th>Updated</th><th>Rejected</th><th>Unknown views</th><th>Approx. times</th></tr>"_s;
    QList<RejectedRecord> rejects;
    for (const ImportReport &r : reports) {
        html += u"<tr><td>"_s + QFileInfo(r.file).fileName().toHtmlEscaped() + u"</td><td>"_s + r.format.toHtmlEscaped()
                + u"</td><td align=right>"_s + uifmt::integer(r.read) + u"</td><td align=right>"_s
                + uifmt::integer(r.inserted) + u"</td><td align=right>"_s + uifmt::integer(r.updated)
                + u"</td><td align=right>"_s + uifmt::integer(r.rejected) + u"</td><td align=right>"_s
                + uifmt::integer(r.unknownViews) + u"</td><td align=right>"_s + uifmt::integer(r.approximateTimes)
                + u"</td></tr>"_s;
        rejects.append(r.rejects);
    }
    html += u"</table>"_s;
    for (const QString &e : errors)
        html += u"<p style='color:#c62828'>"_s + e.toHtmlEscaped() + u"</p>"_s;
    auto *summary = new QLabel(html, this);
    summary->setTextFormat(Qt::RichText);
    summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(summary);

    m_rejects->setRejects(rejects);
    auto *toggle = new QPushButton(u"Show rejected lines ("_s + QString::number(rejects.size()) + u")"_s, this);
    toggle->setCheckable(true);
    toggle->setEnabled(!rejects.isEmpty());
    layout->addWidget(toggle, 0, Qt::AlignLeft);
    m_view = new QTableView(this);
    m_view->setModel(m_rejects);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setVisible(false);
    m_view->setMinimumHeight(220);
    layout->addWidget(m_view, 1);
    connect(toggle, &QPushButton::toggled, m_view, &QWidget::setVisible);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(760, 300);
}
