#include "ui/widgets/alertsdock.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include "ui/models/alertmodel.h"

using namespace Qt::StringLiterals;

AlertsDock::AlertsDock(QWidget *parent)
    : QDockWidget(parent), m_model(new AlertModel(this)), m_view(new QTableView(this)), m_note(new QLabel(this))
{
    setObjectName(u"alertsDock"_s);
    m_view->setObjectName(u"alertsView"_s);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_note->setWordWrap(true);
    m_note->hide();
    auto *watch = new QPushButton(tr("Watched tags…"), this);
    watch->setObjectName(u"alertsWatch"_s);
    connect(watch, &QPushButton::clicked, this, &AlertsDock::watchListRequested);

    auto *body = new QWidget(this);
    auto *top = new QHBoxLayout;
    top->addWidget(m_note, 1);
    top->addWidget(watch, 0, Qt::AlignRight | Qt::AlignTop);
    auto *layout = new QVBoxLayout(body);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    setWidget(body);

    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT openRequested(index.data(AlertModel::RunIdRole).toString(),
                             index.data(AlertModel::TrendIdRole).toString());
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &AlertsDock::updateTitle);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &AlertsDock::updateTitle);
    updateTitle();
}

void AlertsDock::setNote(const QString &text)
{
    m_note->setText(text);
    m_note->setVisible(!text.isEmpty());
}

void AlertsDock::updateTitle()
{
    const int n = m_model->rowCount();
    setWindowTitle(n > 0 ? tr("Alerts (%1)").arg(n) : tr("Alerts"));
    toggleViewAction()->setText(tr("&Alerts"));
}
