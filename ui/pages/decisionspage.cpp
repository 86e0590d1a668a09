#include "ui/pages/decisionspage.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include "ui/models/decisionmodel.h"
#include "ui/uiformat.h"

using namespace Qt::StringLiterals;

DecisionsPage::DecisionsPage(QWidget *parent) : QWidget(parent), m_model(new DecisionModel(this))
{
    m_stage = new QComboBox(this);
    m_stage->addItem(tr("All stages"), QString());
    for (const QString &s : {u"window"_s, u"hashtag_stats"_s, u"clustering"_s, u"metrics"_s, u"validation"_s, u"tiles"_s})
        m_stage->addItem(s, s);
    m_outcome = new QComboBox(this);
    m_outcome->addItem(tr("All outcomes"), QString());
    for (const QString &o : {u"dropped"_s, u"kept"_s, u"rejected"_s, u"split"_s, u"formed"_s, u"computed"_s,
                             u"passed"_s, u"failed"_s, u"chosen"_s})
        m_outcome->addItem(o, o);
    m_subject = new QLineEdit(this);
    m_subject->setPlaceholderText(tr("Subject (tag:, edge:, cluster:…)"));
    m_subject->setClearButtonEnabled(true);
    m_text = new QLineEdit(this);
    m_text->setPlaceholderText(tr("Search messages…"));
    m_text->setClearButtonEnabled(true);
    m_count = new QLabel(this);
    m_count->setForegroundRole(QPalette::PlaceholderText);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_stage, 1);
    bar->addWidget(m_outcome, 1);
    bar->addWidget(m_subject, 2);
    bar->addWidget(m_text, 2);
    bar->addWidget(m_count);

    m_view = new QTableView(this);
    m_view->setObjectName(u"decisionTable"_s);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    // Fixed row heights: the view never measures a million rows.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setColumnWidth(DecisionModel::IndexColumn, 64);
    m_view->setColumnWidth(DecisionModel::StageColumn, 110);
    m_view->setColumnWidth(DecisionModel::SubjectColumn, 220);
    m_view->setColumnWidth(DecisionModel::RuleColumn, 200);
    m_view->setColumnWidth(DecisionModel::OutcomeColumn, 80);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);

    // Typing is debounced like the sliders: one filter pass per pause, not per key.
    m_typing = new QTimer(this);
    m_typing->setSingleShot(true);
    m_typing->setInterval(200);
    connect(m_typing, &QTimer::timeout, this, &DecisionsPage::applyFilter);
    connect(m_stage, &QComboBox::currentIndexChanged, this, &DecisionsPage::applyFilter);
    connect(m_outcome, &QComboBox::currentIndexChanged, this, &DecisionsPage::applyFilter);
    connect(m_subject, &QLineEdit::textChanged, m_typing, qOverload<>(&QTimer::start));
    connect(m_text, &QLineEdit::textChanged, m_typing, qOverload<>(&QTimer::start));
}

DecisionFilter DecisionsPage::currentFilter() const
{
    DecisionFilter f;
    f.stage = m_stage->currentData().toString();
    f.outcome = m_outcome->currentData().toString();
    f.subject = m_subject->text().trimmed();
    f.text = m_text->text().trimmed();
    return f;
}

void DecisionsPage::setSnapshot(const RunSnapshot &snapshot)
{
    m_snapshot = snapshot;
    applyFilter();
}

void DecisionsPage::showSubject(const QString &subject)
{
    m_subject->setText(subject);
    m_typing->stop();
    applyFilter();
}

void DecisionsPage::setFilter(const DecisionFilter &filter)
{
    const QSignalBlocker b1(m_stage);
    const QSignalBlocker b2(m_outcome);
    const QSignalBlocker b3(m_subject);
    const QSignalBlocker b4(m_text);
    m_stage->setCurrentIndex(qMax(0, m_stage->findData(filter.stage)));
    m_outcome->setCurrentIndex(qMax(0, m_outcome->findData(filter.outcome)));
    m_subject->setText(filter.subject);
    m_text->setText(filter.text);
    applyFilter();
}

void DecisionsPage::applyFilter()
{
    const quint64 generation = ++m_generation;
    const std::shared_ptr<const RunResult> run = m_snapshot.run;
    const DecisionFilter filter = currentFilter();
    if (!run || filter.isEmpty()) {
        m_model->setRun(run);
        const qsizetype total = m_model->totalRows();
        m_count->setText(tr("%1 decisions").arg(uifmt::integer(total)));
        Q_EMIT filtered(total);
        return;
    }
    m_count->setText(tr("filtering…"));
    QtConcurrent::run([run, filter] { return std::make_shared<const std::vector<int>>(filter.apply(*run)); })
        .then(this, [this, run, generation](const std::shared_ptr<const std::vector<int>> &rows) {
            if (generation != m_generation)
                return; // a newer filter or run is on its way
            m_model->setRun(run, rows);
            m_count->setText(tr("%1 of %2 decisions")
                                 .arg(uifmt::integer(qint64(rows->size())), uifmt::integer(qint64(run->decisions.size()))));
            Q_EMIT filtered(qsizetype(rows->size()));
        });
}
