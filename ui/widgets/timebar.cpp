#include "ui/widgets/timebar.h"

#include <QDateTimeEdit>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QTimeZone>
#include <QToolButton>
#include <QtConcurrent/QtConcurrentRun>

#include "ui/widgets/rangeedit.h"

using namespace Qt::StringLiterals;

namespace {

/// The window presets: "6 h", "24 h", then days ("3 d" … "90 d").
constexpr int kPresets[] = {6, 24, 72, 168, 720, 2160};

QDateTime utc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc());
}

QToolButton *toolButton(const QString &text, const QString &name, const QString &tip, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setText(text);
    button->setObjectName(name);
    button->setToolTip(tip);
    button->setCheckable(true);
    button->setAutoRaise(true);
    return button;
}

} // namespace

TimeBar::TimeBar(QWidget *parent)
    : QWidget(parent), m_timeline(new Timeline(this)), m_asOfEdit(new QDateTimeEdit(this)),
      m_latest(toolButton(tr("Latest"), u"asof/latest"_s,
                          tr("pipeline.as_of = latest\nThe window ends at the newest post of the enabled platforms"),
                          this)),
      m_now(toolButton(tr("Now"), u"asof/now"_s, tr("The window ends at this moment"), this)),
      m_hours(new RangeEdit(1, kMaxWindowHours, tr("window"), tr("h"), this)),
      m_baseline(new RangeEdit(1, kMaxBaselineWindows, tr("baseline"), tr("windows"), this))
{
    setObjectName(u"timeBar"_s);
    m_now->setCheckable(false);
    m_asOfEdit->setObjectName(u"pipeline.as_of"_s);
    m_asOfEdit->setTimeSpec(Qt::UTC); // Qt 6.4: no setTimeZone yet
    m_asOfEdit->setDisplayFormat(u"yyyy-MM-dd HH:mm 'UTC'"_s);
    m_asOfEdit->setCalendarPopup(true);
    m_asOfEdit->setKeyboardTracking(false);
    m_asOfEdit->setFocusPolicy(Qt::StrongFocus);
    m_asOfEdit->setToolTip(tr("pipeline.as_of\nEnd of the current window (UTC); the window is (as_of − hours, as_of]"));
    m_asOfEdit->setAccessibleName(tr("As of"));
    m_hours->setObjectName(u"window.hours"_s);
    m_hours->setToolTip(tr("window.hours\nLength of the current window, 1–%1 hours").arg(kMaxWindowHours));
    m_hours->setAccessibleName(tr("Window hours"));
    m_hours->setMaximumWidth(64);
    m_baseline->setObjectName(u"window.baseline_windows"_s);
    m_baseline->setToolTip(tr("window.baseline_windows\nWindows of the same length before the current one, for the "
                              "baseline"));
    m_baseline->setAccessibleName(tr("Baseline windows"));
    m_baseline->setMaximumWidth(48);

    auto *controls = new QGridLayout;
    controls->setContentsMargins(0, 0, 0, 0);
    controls->setHorizontalSpacing(4);
    controls->setVerticalSpacing(2);
    auto *asOfRow = new QHBoxLayout;
    asOfRow->addWidget(m_asOfEdit);
    asOfRow->addWidget(m_latest);
    asOfRow->addWidget(m_now);
    asOfRow->addStretch(1);
    controls->addWidget(new QLabel(tr("As of"), this), 0, 0);
    controls->addLayout(asOfRow, 0, 1);
    auto *windowRow = new QHBoxLayout;
    windowRow->setSpacing(0);
    for (const int hours : kPresets) {
        const QString label = hours % 24 == 0 && hours > 24 ? tr("%1 d").arg(hours / 24) : tr("%1 h").arg(hours);
        QToolButton *button =
            toolButton(label, u"preset/%1"_s.arg(hours), tr("A window of %1 hours").arg(hours), this);
        connect(button, &QToolButton::clicked, this, [this, hours] { setWindowHours(hours); });
        windowRow->addWidget(button);
        m_presets.push_back(button);
    }
    windowRow->addSpacing(6);
    windowRow->addWidget(m_hours);
    windowRow->addWidget(new QLabel(tr(" h  baseline ×"), this));
    windowRow->addWidget(m_baseline);
    windowRow->addStretch(1);
    controls->addWidget(new QLabel(tr("Window"), this), 1, 0);
    controls->addLayout(windowRow, 1, 1);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 2, 6, 2);
    layout->addWidget(m_timeline, 1);
    layout->addLayout(controls);

    connect(m_timeline, &Timeline::asOfPicked, this, &TimeBar::setAsOf);
    connect(m_latest, &QToolButton::clicked, this, [this] {
        m_latest->setChecked(true); // Latest is a state, not a toggle: another time switches it off
        setAsOf(0);
    });
    connect(m_now, &QToolButton::clicked, this, [this] {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        setAsOf(now - now % 60000); // the editor shows minutes
    });
    connect(m_asOfEdit, &QDateTimeEdit::dateTimeChanged, this, [this](const QDateTime &when) {
        if (!m_updating)
            setAsOf(when.toMSecsSinceEpoch());
    });
    connect(m_hours, &RangeEdit::valueEdited, this, &TimeBar::setWindowHours);
    connect(m_hours, &RangeEdit::refused, this, &TimeBar::refused);
    connect(m_baseline, &RangeEdit::valueEdited, this, [this] { Q_EMIT timeChanged(); });
    connect(m_baseline, &RangeEdit::refused, this, &TimeBar::refused);

    setParams(PipelineParams{});
}

TimeBar::~TimeBar() = default;

void TimeBar::setParams(const PipelineParams &params)
{
    m_asOfMs = params.asOfMs.value_or(0); // the bar's 0 is Latest: the desktop never looks at 1970
    m_hours->setValue(params.windowHours);
    m_baseline->setValue(params.baselineWindows);
    showAsOf();
    showPresets();
}

void TimeBar::applyTo(PipelineParams &params) const
{
    params.asOfMs = m_asOfMs ? std::optional<qint64>(m_asOfMs) : std::nullopt;
    params.windowHours = m_hours->value();
    params.baselineWindows = m_baseline->value();
}

int TimeBar::windowHours() const
{
    return m_hours->value();
}

int TimeBar::baselineWindows() const
{
    return m_baseline->value();
}

void TimeBar::setResolvedAsOf(qint64 asOfMs)
{
    m_resolvedAsOfMs = asOfMs;
    showAsOf();
}

void TimeBar::setWindows(const TimelineWindow &current, const QList<TimelineWindow> &baseline)
{
    m_timeline->setWindows(current, baseline);
}

void TimeBar::setAsOf(qint64 asOfMs)
{
    if (asOfMs == m_asOfMs) {
        showAsOf();
        return;
    }
    m_asOfMs = asOfMs;
    showAsOf();
    Q_EMIT timeChanged();
}

void TimeBar::setWindowHours(int hours)
{
    m_hours->setValue(hours);
    showPresets();
    Q_EMIT timeChanged();
}

void TimeBar::showAsOf()
{
    m_updating = true;
    const bool latest = m_asOfMs == 0;
    m_latest->setChecked(latest);
    const qint64 shown = latest ? m_resolvedAsOfMs : m_asOfMs;
    if (shown != 0)
        m_asOfEdit->setDateTime(utc(shown));
    // While Latest is on, the editor shows where that is, in italics: it follows new posts.
    QFont f = m_asOfEdit->font();
    f.setItalic(latest);
    m_asOfEdit->setFont(f);
    m_updating = false;
}

void TimeBar::showPresets()
{
    for (size_t i = 0; i < m_presets.size(); ++i)
        m_presets[i]->setChecked(kPresets[i] == m_hours->value());
}

QAbstractButton *TimeBar::latestButton() const
{
    return m_latest;
}

QAbstractButton *TimeBar::nowButton() const
{
    return m_now;
}

QAbstractButton *TimeBar::presetButton(int hours) const
{
    for (size_t i = 0; i < m_presets.size(); ++i) {
        if (kPresets[i] == hours)
            return m_presets[i];
    }
    return nullptr;
}

void TimeBar::setHoursSource(HoursFn source, const QStringList &platforms)
{
    m_source = std::move(source);
    m_timeline->setHours({});
    reloadHours(platforms);
}

void TimeBar::reloadHours(const QStringList &platforms)
{
    const quint64 load = ++m_loads;
    if (!m_source)
        return;
    // A full pass over the posts table: never on the GUI thread.
    QtConcurrent::run([source = m_source, platforms] {
        return source(platforms);
    }).then(this, [this, load](const Result<QList<HourCount>> &hours) {
        if (load != m_loads)
            return; // a newer load (another project or platform choice) is on its way
        if (hours)
            m_timeline->setHours(hours.value());
        Q_EMIT hoursLoaded(hours ? QString() : hours.error().message);
    });
}
