#include "ui/dialogs/historydialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include "ui/models/historymodel.h"

using namespace Qt::StringLiterals;

HistoryDialog::HistoryDialog(HistoryModel *model, QWidget *parent)
    : QDialog(parent), m_model(model), m_view(new QTableView(this)),
      m_empty(new QLabel(tr("No run is kept yet. Run → Pin this run keeps the run on screen; with live feeds on, "
                            "scheduled runs are kept too."),
                         this))
{
    setObjectName(u"historyDialog"_s);
    setWindowTitle(tr("Run history"));
    resize(820, 420);
    m_view->setObjectName(u"historyView"_s);
    m_view->setModel(model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                            QAbstractItemView::SelectedClicked);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_empty->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_open = buttons->addButton(tr("&Open"), QDialogButtonBox::ActionRole);
    m_open->setObjectName(u"historyOpen"_s);
    m_compareCurrent = buttons->addButton(tr("Compare with &current"), QDialogButtonBox::ActionRole);
    m_compareCurrent->setObjectName(u"historyCompareCurrent"_s);
    m_compareTwo = buttons->addButton(tr("Compare &two"), QDialogButtonBox::ActionRole);
    m_compareTwo->setObjectName(u"historyCompareTwo"_s);
    m_remove = buttons->addButton(tr("&Unpin"), QDialogButtonBox::DestructiveRole);
    m_remove->setObjectName(u"historyRemove"_s);
    m_remove->setToolTip(tr("Removes the run from the history (the stored run stays in the database)."));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_empty);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);

    connect(m_open, &QPushButton::clicked, this, [this] {
        if (const QStringList ids = selectedRunIds(); !ids.isEmpty())
            Q_EMIT openRequested(ids.first());
    });
    connect(m_compareCurrent, &QPushButton::clicked, this, [this] {
        if (const QStringList ids = selectedRunIds(); !ids.isEmpty())
            Q_EMIT compareWithCurrentRequested(ids.first());
    });
    connect(m_compareTwo, &QPushButton::clicked, this, [this] {
        // The run with the earlier as-of is the base: what changed since then.
        const QStringList ids = selectedRunIds();
        if (ids.size() != 2)
            return;
        const auto asOf = [this](const QString &runId) {
            return m_model->entries().at(m_model->rowOf(runId)).summary.asOfMs;
        };
        if (asOf(ids.at(0)) <= asOf(ids.at(1)))
            Q_EMIT compareRequested(ids.at(0), ids.at(1));
        else
            Q_EMIT compareRequested(ids.at(1), ids.at(0));
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        if (const QStringList ids = selectedRunIds(); !ids.isEmpty())
            Q_EMIT removeRequested(ids);
    });
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) {
        if (index.column() != HistoryModel::NoteColumn)
            Q_EMIT openRequested(index.data(HistoryModel::RunIdRole).toString());
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &HistoryDialog::updateButtons);
    connect(model, &QAbstractItemModel::modelReset, this, &HistoryDialog::updateButtons);
    updateButtons();
}

QStringList HistoryDialog::selectedRunIds() const
{
    QList<int> rows;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        rows.append(index.row());
    std::sort(rows.begin(), rows.end());
    QStringList ids;
    for (int row : rows)
        ids.append(m_model->index(row, 0).data(HistoryModel::RunIdRole).toString());
    return ids;
}

void HistoryDialog::selectRun(const QString &runId)
{
    const int row = m_model->rowOf(runId);
    if (row >= 0)
        m_view->selectRow(row);
}

void HistoryDialog::updateButtons()
{
    const qsizetype selected = selectedRunIds().size();
    m_empty->setVisible(m_model->rowCount() == 0);
    m_open->setEnabled(selected == 1);
    m_compareCurrent->setEnabled(selected == 1);
    m_compareTwo->setEnabled(selected == 2);
    m_remove->setEnabled(selected > 0);
}
