#include "ui/widgets/importsummarydialog.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QTableView>
#include <QVBoxLayout>

#include "core/report/rejectscsv.h"
#include "ui/models/rejectsmodel.h"
#include "ui/filedialogs.h"
#include "ui/uiformat.h"

using namespace Qt::StringLiterals;

namespace {

constexpr int kMaxNameChars = 40; ///< a long file name must not widen the dialog past a small screen

QString shortName(const QString &path)
{
    const QString name = QFileInfo(path).fileName();
    return name.size() <= kMaxNameChars ? name : name.left(kMaxNameChars - 1) + u'…';
}

} // namespace

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
        t.duplicatesInFile += r.duplicatesInFile;
    }
    QString text = (cancelled ? tr("Import cancelled: %1 read, %2 inserted, %3 updated, %4 rejected; %5 with unknown "
                                   "views, %6 with approximate times.")
                              : tr("Imported: %1 read, %2 inserted, %3 updated, %4 rejected; %5 with unknown views, "
                                   "%6 with approximate times."))
                       .arg(uifmt::integer(t.read), uifmt::integer(t.inserted), uifmt::integer(t.updated),
                            uifmt::integer(t.rejected), uifmt::integer(t.unknownViews), uifmt::integer(t.approximateTimes));
    if (t.duplicatesInFile > 0)
        text += u' ' + tr("%1 copies of posts already in the same file, merged.").arg(uifmt::integer(t.duplicatesInFile));
    if (const QString comments = t.commentsNote(); !comments.isEmpty())
        text += u" "_s + comments + u'.';
    return text;
}

ImportSummaryDialog::ImportSummaryDialog(const QList<ImportReport> &reports, const QStringList &errors,
                                         bool cancelled, QWidget *parent)
    : QDialog(parent), m_reports(reports), m_rejects(new RejectsModel(this))
{
    setWindowTitle(tr("Import summary"));
    auto *layout = new QVBoxLayout(this);

    auto *headline = new QLabel(summaryText(reports, cancelled), this);
    headline->setWordWrap(true);
    QFont bold = headline->font();
    bold.setBold(true);
    headline->setFont(bold);
    layout->addWidget(headline);

    QString html = u"<table cellspacing=6><tr><th align=left>%1</th><th align=left>%2</th><th align=left>%3</th>"
                   u"<th>%4</th><th>%5</th><th>%6</th><th>%7</th><th>%8</th><th>%9</th><th>%10</th></tr>"_s.arg(
                       tr("File"), tr("Format"), tr("Encoding"), tr("Read"), tr("Inserted"), tr("Updated"),
                       tr("Copies merged"), tr("Rejected"), tr("Unknown views"), tr("Approx. times"));
    QStringList notes;
    qint64 kept = 0;
    for (const ImportReport &r : reports) {
        html += u"<tr><td>"_s + shortName(r.file).toHtmlEscaped() + u"</td><td>"_s + r.format.toHtmlEscaped()
                + u"</td><td>"_s + r.encoding.toHtmlEscaped() + u"</td><td align=right>"_s + uifmt::integer(r.read)
                + u"</td><td align=right>"_s + uifmt::integer(r.inserted) + u"</td><td align=right>"_s
                + uifmt::integer(r.updated) + u"</td><td align=right>"_s + uifmt::integer(r.duplicatesInFile)
                + u"</td><td align=right>"_s + uifmt::integer(r.rejected) + u"</td><td align=right>"_s
                + uifmt::integer(r.unknownViews) + u"</td><td align=right>"_s + uifmt::integer(r.approximateTimes)
                + u"</td></tr>"_s;
        if (r.duplicatesInFile > 0)
            notes.append(tr("%1: %2 copies of posts already in this file, merged")
                             .arg(shortName(r.file), uifmt::integer(r.duplicatesInFile)));
        if (r.textRepairs > 0)
            notes.append(shortName(r.file) + u": "_s + r.textRepairSummary());
        kept += r.rejects.size();
    }
    html += u"</table>"_s;
    for (const QString &note : notes)
        html += u"<p>"_s + note.toHtmlEscaped() + u"</p>"_s;
    for (const QString &e : errors)
        html += u"<p style='color:#c62828'>"_s + e.toHtmlEscaped() + u"</p>"_s;
    // The per-file part scrolls: fifty files or a page of errors must not push the dialog off a
    // 1280×720 screen.
    auto *summary = new QLabel(html);
    summary->setTextFormat(Qt::RichText);
    summary->setWordWrap(true);
    summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    summary->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(summary);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setMaximumHeight(280);
    layout->addWidget(scroll);

    m_rejects->setReports(reports);
    auto *groupsTitle = new QLabel(tr("Rejected, by field and reason:"), this);
    layout->addWidget(groupsTitle);
    m_view = new QTableView(this);
    m_view->setModel(m_rejects);
    m_view->verticalHeader()->hide();
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideMiddle);
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(RejectsModel::ReasonColumn, QHeaderView::Stretch);
    header->resizeSection(RejectsModel::FileColumn, 160);
    header->resizeSection(RejectsModel::FieldColumn, 120);
    header->resizeSection(RejectsModel::CountColumn, 80);
    header->resizeSection(RejectsModel::LinesColumn, 200);
    m_view->setMinimumHeight(160);
    groupsTitle->setVisible(m_rejects->rowCount() > 0);
    m_view->setVisible(m_rejects->rowCount() > 0);
    layout->addWidget(m_view, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_save = buttons->addButton(tr("Save rejects as CSV…"), QDialogButtonBox::ActionRole);
    m_save->setEnabled(kept > 0);
    m_save->setToolTip(tr("Every rejected record with its file, line, field and reason"));
    connect(m_save, &QPushButton::clicked, this, &ImportSummaryDialog::askAndSaveRejects);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(900, m_rejects->rowCount() > 0 ? 520 : 300);
}

Status ImportSummaryDialog::saveRejects(const QString &path) const
{
    return writeRejectsCsv(m_reports, path);
}

void ImportSummaryDialog::askAndSaveRejects()
{
    const QString first = m_reports.isEmpty() ? QString() : m_reports.first().file;
    const QString suggested = first.isEmpty() ? u"rejects.csv"_s : QFileInfo(first).completeBaseName() + u"-rejects.csv"_s;
    // In the folder last used for rejects, else beside the imported file.
    const QString path = filedialogs::getSaveFileName(this, u"rejects"_s, tr("Save rejects"), suggested, tr("CSV (*.csv)"),
                                                      first.isEmpty() ? QString() : QFileInfo(first).absolutePath());
    if (path.isEmpty())
        return;
    if (Status saved = saveRejects(path); !saved)
        QMessageBox::warning(this, tr("Save rejects"), saved.error().message);
}
