#include "ui/dialogs/guidedialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QFile>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QTextBrowser>
#include <QVBoxLayout>

#include "core/pipeline/formulas.h"

using namespace Qt::StringLiterals;

namespace {

/// "&Import…" → "Import…"
QString plainText(const QString &text)
{
    QString plain = text;
    plain.remove(QRegularExpression(u"&(?=[^&])"_s));
    return plain;
}

void addRows(const QMenu *menu, const QString &path, QStringList &rows, QList<const QAction *> &seen)
{
    for (const QAction *action : menu->actions()) {
        if (action->menu()) {
            addRows(action->menu(), path + u" → "_s + plainText(action->menu()->title()), rows, seen);
            continue;
        }
        if (action->isSeparator() || action->shortcuts().isEmpty() || seen.contains(action))
            continue;
        seen.append(action);
        QStringList keys;
        for (const QKeySequence &key : action->shortcuts())
            keys.append(key.toString(QKeySequence::NativeText).toHtmlEscaped());
        rows.append(u"<tr><td>%1</td><td>%2</td><td><b>%3</b></td></tr>"_s.arg(
            path.toHtmlEscaped(), plainText(action->text()).toHtmlEscaped(), keys.join(u", "_s)));
    }
}

} // namespace

GuideDialog::GuideDialog(const QMainWindow *window, QWidget *parent)
    : QDialog(parent), m_browser(new QTextBrowser(this))
{
    setObjectName(u"guideDialog"_s);
    setWindowTitle(tr("GlassTrend guide"));
    m_browser->setOpenExternalLinks(true);
    m_browser->setHtml(html(window));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_browser);
    layout->addWidget(buttons);
    resize(900, 760);
}

QString GuideDialog::html(const QMainWindow *window)
{
    // The translation names the guide to show, so the guide always follows the UI's language.
    const QString language = tr("en", "the language code of the guide page: resources/ui/guide/guide_<code>.html");
    QFile file(u":/ui/guide/guide_%1.html"_s.arg(language));
    if (!file.open(QIODevice::ReadOnly)) {
        file.setFileName(u":/ui/guide/guide_en.html"_s);
        if (!file.open(QIODevice::ReadOnly))
            return tr("The guide is missing from this build.");
    }
    QString page = QString::fromUtf8(file.readAll());
    const QList<std::pair<QString, QString>> formulas = {
        {u"engagement"_s, formulas::kEngagement},
        {u"engagement_rate"_s, formulas::kEngagementRate},
        {u"hours_since_first_seen"_s, formulas::kHoursSinceFirstSeen},
        {u"velocity"_s, formulas::kVelocity},
        {u"creator_diversity"_s, formulas::kCreatorDiversity},
        {u"coverage"_s, formulas::kCoverage},
        {u"adjusted"_s, formulas::kAdjustedCount},
        {u"baseline"_s, formulas::kBaseline},
        {u"growth"_s, formulas::kGrowth},
        {u"surge_z"_s, formulas::kSurgeZ},
        {u"significance"_s, formulas::kSignificance},
        {u"no_baseline"_s, formulas::kNoBaseline},
        {u"lifecycle"_s, formulas::kLifecycle},
        {u"health"_s, formulas::kHealth},
        {u"confidence"_s, formulas::kConfidence},
        {u"cross_platform"_s, formulas::kCrossPlatform},
        {u"jaccard"_s, formulas::kJaccard},
        {u"urgency"_s, formulas::kUrgency},
        {u"ranking"_s, formulas::kRanking},
    };
    for (const auto &[name, text] : formulas)
        page.replace(u"{{"_s + name + u"}}"_s, u"<code>"_s + text.toHtmlEscaped() + u"</code>"_s);
    page.replace(u"{{shortcuts}}"_s, shortcutTable(window));
    return page;
}

QString GuideDialog::shortcutTable(const QMainWindow *window)
{
    QStringList rows;
    QList<const QAction *> seen;
    if (window && window->menuBar()) {
        for (const QAction *top : window->menuBar()->actions()) {
            if (top->menu())
                addRows(top->menu(), plainText(top->menu()->title()), rows, seen);
        }
    }
    return u"<table border=\"1\" cellpadding=\"4\" cellspacing=\"0\"><tr><th>%1</th><th>%2</th><th>%3</th></tr>%4</table>"_s
        .arg(tr("Menu"), tr("Entry"), tr("Keys"), rows.join(QString()));
}
