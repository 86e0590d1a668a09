#include "ui/dialogs/comparedialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

#include "ui/models/comparisonmodel.h"

using namespace Qt::StringLiterals;

CompareDialog::CompareDialog(QWidget *parent)
    : QDialog(parent), m_model(new ComparisonModel(this)), m_summary(new QLabel(this)), m_view(new QTableView(this))
{
    setObjectName(u"compareDialog"_s);
    setWindowTitle(tr("Compare runs"));
    resize(900, 480);
    m_summary->setObjectName(u"compareSummary"_s);
    m_summary->setWordWrap(true);
    m_view->setObjectName(u"compareView"_s);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) {
        if (index.data(ComparisonModel::StatusRole).toString() != u"gone"_s)
            Q_EMIT trendActivated(index.data(ComparisonModel::TrendIdRole).toString());
    });
}

void CompareDialog::setComparison(RunComparison comparison, const QString &baseLabel, const QString &label)
{
    const int added = comparison.count(TrendChange::Status::New);
    const int gone = comparison.count(TrendChange::Status::Gone);
    const int kept = comparison.count(TrendChange::Status::Kept);
    m_summary->setText(
        tr("%1 compared with %2: %3 new, %4 kept, %5 gone.").arg(label, baseLabel).arg(added).arg(kept).arg(gone));
    m_model->setComparison(std::move(comparison));
    m_view->resizeColumnsToContents();
}

QString CompareDialog::summary() const
{
    return m_summary->text();
}
