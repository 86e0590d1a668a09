#include "ui/dialogs/feedsdialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QUrl>
#include <QVBoxLayout>

#include "core/poll/sourceid.h"
#include "ui/models/feedstatusmodel.h"
#include "ui/filedialogs.h"

using namespace Qt::StringLiterals;

FeedsDialog::FeedsDialog(const PollSettings &settings, bool autoRerun, QWidget *parent)
    : QDialog(parent), m_settings(settings), m_model(new FeedStatusModel(this)), m_view(new QTableView(this)),
      m_remove(new QPushButton(tr("Remove"), this)), m_pollNow(new QPushButton(tr("Poll now"), this)),
      m_autoRerun(new QCheckBox(tr("Auto re-run discovery on new data"), this)),
      m_save(new QPushButton(tr("Save to config"), this)), m_saveMessage(new QLabel(this))
{
    setWindowTitle(tr("Live feeds"));
    m_model->setSources(m_settings.sources);

    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->horizontalHeader()->setSectionResizeMode(FeedStatusModel::SourceColumn, QHeaderView::Stretch);
    m_view->horizontalHeader()->setSectionResizeMode(FeedStatusModel::LastErrorColumn, QHeaderView::Stretch);
    m_view->setWordWrap(false);

    auto *addFolderButton = new QPushButton(tr("Add folder…"), this);
    auto *addUrlButton = new QPushButton(tr("Add URL…"), this);
    m_pollNow->setToolTip(tr("Poll the selected source now, or every source when none is selected"));
    m_autoRerun->setChecked(autoRerun);
    m_autoRerun->setToolTip(tr("When a poll stores new posts, run discovery again with the current thresholds"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(addFolderButton);
    buttons->addWidget(addUrlButton);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    buttons->addWidget(m_pollNow);

    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_save->setObjectName(u"saveFeeds"_s);
    m_save->setToolTip(tr("Write these sources into config.yaml (poll.sources), so they are polled next time too"));
    m_save->setEnabled(false);
    close->addButton(m_save, QDialogButtonBox::ActionRole);
    m_saveMessage->setObjectName(u"saveMessage"_s);
    m_saveMessage->setWordWrap(true);
    auto *hint = new QLabel(tr("Folders: new files and lines appended to NDJSON captures are imported once. "
                               "URLs: fetched on their interval, with ETag/If-Modified-Since."),
                            this);
    hint->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_autoRerun);
    layout->addWidget(m_saveMessage);
    layout->addWidget(close);
    resize(900, 360);

    connect(addFolderButton, &QPushButton::clicked, this, &FeedsDialog::addFolder);
    connect(addUrlButton, &QPushButton::clicked, this, &FeedsDialog::addUrl);
    connect(m_remove, &QPushButton::clicked, this, [this] { removeSource(selectedRow()); });
    connect(m_pollNow, &QPushButton::clicked, this, [this] {
        const int row = selectedRow();
        Q_EMIT pollNowRequested(row >= 0 ? m_model->statusAt(row).id : QString());
    });
    connect(m_autoRerun, &QCheckBox::toggled, this, &FeedsDialog::autoRerunChanged);
    connect(m_save, &QPushButton::clicked, this, [this] { Q_EMIT saveRequested(m_settings); });
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &FeedsDialog::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &FeedsDialog::updateButtons);
    updateButtons();
}

bool FeedsDialog::autoRerun() const
{
    return m_autoRerun->isChecked();
}

QString FeedsDialog::saveMessage() const
{
    return m_saveMessage->text();
}

void FeedsDialog::setSaveEnabled(bool enabled)
{
    m_save->setEnabled(enabled);
    if (!enabled)
        m_save->setToolTip(tr("No configuration file to save to"));
}

void FeedsDialog::showSaveResult(const Status &saved)
{
    m_saveMessage->setText(saved ? tr("Saved to the configuration.") : tr("Not saved: %1").arg(saved.error().message));
}

void FeedsDialog::setStatus(const QList<FeedStatus> &status)
{
    m_model->setStatus(status);
}

Status FeedsDialog::addSource(const PollSource &source)
{
    PollSource added = source;
    if (added.kind == u"url"_s) {
        added.url = added.url.trimmed();
        const QUrl url(added.url, QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty() || (url.scheme() != u"http"_s && url.scheme() != u"https"_s))
            return Error{u"invalid_value"_s, tr("Not an http(s) URL: %1").arg(added.url), {}};
    } else if (added.kind == u"folder"_s) {
        if (added.path.isEmpty() || !QDir(added.path).exists())
            return Error{u"invalid_value"_s, tr("No such folder: %1").arg(added.path), {}};
    } else {
        return Error{u"invalid_value"_s, tr("Unknown source kind: %1").arg(added.kind), {}};
    }
    // Not given: poll.interval_s, as the loader fills it in (the writer leaves it out again).
    if (added.intervalS <= 0)
        added.intervalS = m_settings.intervalS;
    const QString id = poll::sourceId(added);
    for (const PollSource &existing : std::as_const(m_settings.sources)) {
        if (poll::sourceId(existing) == id)
            return Error{u"duplicate"_s, tr("Already polled: %1").arg(poll::sourceLabel(added)), {}};
    }
    m_settings.sources.append(added);
    m_model->setSources(m_settings.sources);
    markUnsaved();
    Q_EMIT settingsChanged(m_settings);
    return Ok{};
}

void FeedsDialog::removeSource(int row)
{
    if (row < 0 || row >= m_settings.sources.size())
        return;
    m_settings.sources.removeAt(row);
    m_model->setSources(m_settings.sources);
    markUnsaved();
    Q_EMIT settingsChanged(m_settings);
}

void FeedsDialog::addFolder()
{
    const QString folder = filedialogs::getExistingDirectory(this, u"feeds"_s, tr("Folder to watch for captures"));
    if (folder.isEmpty())
        return;
    PollSource source;
    source.kind = u"folder"_s;
    source.path = folder;
    source.intervalS = 0; // not given: addSource fills in poll.interval_s
    if (Status added = addSource(source); !added)
        QMessageBox::warning(this, tr("Add folder"), added.error().message);
}

void FeedsDialog::addUrl()
{
    bool ok = false;
    const QString text = QInputDialog::getText(this, tr("Add URL"), tr("URL of a feed (NDJSON, JSON or CSV):"),
                                               QLineEdit::Normal, u"https://"_s, &ok);
    if (!ok || text.trimmed().isEmpty())
        return;
    PollSource source;
    source.kind = u"url"_s;
    source.url = text.trimmed();
    source.intervalS = 0; // not given: addSource fills in poll.interval_s
    if (Status added = addSource(source); !added)
        QMessageBox::warning(this, tr("Add URL"), added.error().message);
}

void FeedsDialog::markUnsaved()
{
    if (m_save->isEnabled())
        m_saveMessage->setText(tr("Changed: these sources are polled now; Save to config keeps them for next time."));
}

int FeedsDialog::selectedRow() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

void FeedsDialog::updateButtons()
{
    m_remove->setEnabled(selectedRow() >= 0);
    m_pollNow->setEnabled(!m_settings.sources.isEmpty());
}
