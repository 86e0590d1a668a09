#include "ui/dialogs/backtestdialog.h"

#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTimeZone>
#include <QVBoxLayout>

#include "core/model/pipelineparams.h"

namespace {

QDateTimeEdit *utcEdit(qint64 ms, QWidget *parent)
{
    auto *edit = new QDateTimeEdit(parent);
    edit->setTimeSpec(Qt::UTC);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
    edit->setCalendarPopup(true);
    edit->setDateTime(QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()));
    return edit;
}

} // namespace

BacktestDialog::BacktestDialog(const BacktestRequest &initial, QWidget *parent)
    : QDialog(parent), m_from(utcEdit(initial.fromMs, this)), m_to(utcEdit(initial.toMs, this)),
      m_step(new QSpinBox(this)), m_window(new QSpinBox(this)), m_summary(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Backtest"));
    m_from->setObjectName(QStringLiteral("backtest-from"));
    m_to->setObjectName(QStringLiteral("backtest-to"));
    m_step->setRange(1, PipelineParams::kMaxWindowHours);
    m_step->setSuffix(tr(" h"));
    m_step->setValue(initial.stepHours);
    m_window->setRange(1, PipelineParams::kMaxWindowHours);
    m_window->setSuffix(tr(" h"));
    m_window->setValue(initial.windowHours.value_or(24));
    m_summary->setWordWrap(true);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Run backtest"));

    auto *intro = new QLabel(tr("When would GlassTrend have known? The pipeline runs at every step's as-of over the "
                                "stored posts, with the thresholds on screen; nothing is stored."),
                             this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("From (first as-of):"), m_from);
    form->addRow(tr("To (last as-of):"), m_to);
    form->addRow(tr("Step:"), m_step);
    form->addRow(tr("Window:"), m_window);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_summary);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_from, &QDateTimeEdit::dateTimeChanged, this, &BacktestDialog::check);
    connect(m_to, &QDateTimeEdit::dateTimeChanged, this, &BacktestDialog::check);
    connect(m_step, &QSpinBox::valueChanged, this, &BacktestDialog::check);
    check();
}

BacktestRequest BacktestDialog::request() const
{
    BacktestRequest request;
    request.fromMs = m_from->dateTime().toMSecsSinceEpoch();
    request.toMs = m_to->dateTime().toMSecsSinceEpoch();
    request.stepHours = m_step->value();
    request.windowHours = m_window->value();
    return request;
}

void BacktestDialog::check()
{
    const BacktestRequest r = request();
    QString text;
    bool ok = false;
    if (r.toMs < r.fromMs) {
        text = tr("“To” is before “From”.");
    } else {
        const qint64 steps = (r.toMs - r.fromMs) / (3'600'000LL * r.stepHours) + 1;
        ok = steps <= Backtest::kMaxSteps;
        text = ok ? tr("Steps: %1.").arg(steps)
                  : tr("%1 steps: at most %2. Take a larger step or a shorter range.").arg(steps).arg(Backtest::kMaxSteps);
    }
    m_summary->setText(text);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
}
