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

struct Preset
{
    int hours;
    const char16_t *label;
};

constexpr Preset kPresets[] = {{6, u"6 h"},   {24, u"24 h"},  {72, u"3 d"},
                               {168, u"7 d"}, {720, u"30 d"}, {2160, u"90 d"}};

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
      m_latest(toolButton(u"Latest"_s, u"asof/latest"_s,
                          u"pipeline.as_of = latest\nThe window ends at the newest post of the enabled platforms"_s,
                          this)),
      m_now(toolButton(u"Now"_s, u"asof/now"_s, u"The window ends at this moment"_s, this)),
      m_hours(new RangeEdit(1, kMaxWindowHours, u"window"_s, u"h"_s, this)),
      m_baseline(new RangeEdit(1, kMaxBaselineWindows, u"baseline"_s, u"windows"_s, this))
{
    setObjectName(u"timeBar"_s);
    m_now->setCheckable(false);
    m_asOfEdit->setObjectName(u"pipeline.as_of"_s);
    m_asOfEdit->setTimeSpec(Qt::UTC); // Qt 6.4: no setTimeZone yet
    m_asOfEdit->setDisplayFormat(u"yyyy-MM-dd HH:mm 'UTC'"_s);
    m_asOfEdit->setCalendarPopup(true);
    m_asOfEdit->setKeyboardTracking(false);
    m_asOfEdit->setFocusPolicy(Qt::StrongFocus);
    m_asOfEdit->setToolTip(u"pipeline.as_of\nEnd of the current window (UTC); the window is (as_of − hours, as_of]"_s);
    m_asOfEdit->setAccessibleName(u"As of"_s);
    m_hours->setObjectName(u"window.hours"_s);
    m_hours->setToolTip(u"window.hours\nLength of the current window, 1–%1 hours"_s.arg(kMaxWindowHours));
    m_hours->setAccessibleName(u"Window hours"_s);
    m_hours->setMaximumWidth(64);
    m_baseline->setObjectName(u"window.baseline_windows"_s);
    m_baseline->setToolTip(u"window.baseline_windows\nWindows of the same length before the current one, for the "
                           "baseline"_s);
    m_baseline->setAccessibleName(u"Baseline windows"_s);
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
    controls->addWidget(new QLabel(u"As of"_s, this), 0, 0);
    controls->addLayout(asOfRow, 0, 1);
    auto *windowRow = new QHBoxLayout;
    windowRow->setSpacing(0);
    for (const Preset &preset : kPresets) {
        QToolButton *button = toolButton(QString::fromUtf16(preset.label), u"preset/%1"_s.arg(preset.hours),
                                         u"A window of %1 hours"_s.arg(preset.hours), this);
        const int hours = preset.hours;
        connect(button, &QToolButton::clicked, this, [this, hours] { setWindowHours(hours); });
        windowRow->addWidget(button);
        m_presets.push_back(button);
    }
    windowRow->addSpacing(6);
    windowRow->addWidget(m_hours);
    windowRow->addWidget(new QLabel(u" h  baseline ×"_s, this));
    windowRow->addWidget(m_baseline);
    windowRow->addStretch(1);
    controls->addWidget(new QLabel(u"Window"_s, this), 1, 0);
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
        m_presets[i]->setChecked(kPresets[i].hours == m_hours->value());
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
        if (kPresets[i].hours == hours)
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
