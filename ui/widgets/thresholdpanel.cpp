#include "ui/widgets/thresholdpanel.h"

#include <cmath>

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSlider>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

// Member pointers keep each knob's getter/setter to one line in the table below.
template <typename T>
std::function<double(const PipelineParams &)> getter(T PipelineParams::*member)
{
    return [member](const PipelineParams &p) { return double(p.*member); };
}

template <typename T>
std::function<void(PipelineParams &, double)> setter(T PipelineParams::*member)
{
    return [member](PipelineParams &p, double v) {
        if constexpr (std::is_integral_v<T>)
            p.*member = T(std::lround(v));
        else
            p.*member = T(v);
    };
}

} // namespace

ThresholdPanel::ThresholdPanel(QWidget *parent) : QWidget(parent)
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *content = new QWidget(scroll);
    m_layout = new QVBoxLayout(content);
    m_layout->setContentsMargins(8, 4, 8, 4);
    scroll->setWidget(content);
    outer->addWidget(scroll, 1);

    using P = PipelineParams;
    addGroup(u"Window"_s);
    addKnob(u"Hours"_s, u"Length of the current window"_s, {u"window.hours"_s, 1, 168, 1, getter(&P::windowHours), setter(&P::windowHours)});
    addKnob(u"Baseline windows"_s, u"Windows of the same length before it, for μ and σ"_s,
            {u"window.baseline_windows"_s, 1, 10, 1, getter(&P::baselineWindows), setter(&P::baselineWindows)});
    addGroup(u"Clustering"_s);
    addKnob(u"Min posts"_s, u"A tag needs this many posts in the window"_s,
            {u"clustering.min_posts"_s, 1, 100, 1, getter(&P::minPosts), setter(&P::minPosts)});
    addKnob(u"Min co-occurrence"_s, u"Posts two tags must share for an edge"_s,
            {u"clustering.min_cooccurrence"_s, 1, 100, 1, getter(&P::minCooccurrence), setter(&P::minCooccurrence)});
    addKnob(u"Min Jaccard"_s, u"co(A,B) / (posts(A) + posts(B) − co(A,B)) for an edge"_s,
            {u"clustering.min_jaccard"_s, 0, 1, 0.01, getter(&P::minJaccard), setter(&P::minJaccard)});
    addKnob(u"Max tags"_s, u"Larger components are split at their weakest edges"_s,
            {u"clustering.max_tags"_s, 1, 50, 1, getter(&P::maxTags), setter(&P::maxTags)});
    addGroup(u"Validation"_s);
    addKnob(u"Creators ≥"_s, u"Unique (platform, creator) pairs"_s,
            {u"validation.min_creators"_s, 0, 200, 1, getter(&P::minCreators), setter(&P::minCreators)});
    addKnob(u"Diversity ≥"_s, u"unique creators / posts"_s,
            {u"validation.min_creator_diversity"_s, 0, 1, 0.01, getter(&P::minCreatorDiversity), setter(&P::minCreatorDiversity)});
    addKnob(u"Regions ≥"_s, u"Distinct non-empty regions"_s,
            {u"validation.min_regions"_s, 0, 30, 1, getter(&P::minRegions), setter(&P::minRegions)});
    addKnob(u"Platforms ≥"_s, u"Distinct platforms"_s,
            {u"validation.min_platforms"_s, 0, 10, 1, getter(&P::minPlatforms), setter(&P::minPlatforms)});
    addKnob(u"Growth ≥"_s, u"(posts in window + 1) / (μ + 1)"_s,
            {u"validation.min_growth"_s, 0, 20, 0.1, getter(&P::minGrowth), setter(&P::minGrowth)});
    addKnob(u"Significance ≥"_s, u"−log10(Poisson tail × clusters tested)"_s,
            {u"validation.min_significance"_s, 0, 50, 0.5, getter(&P::minSignificance), setter(&P::minSignificance)});
    addGroup(u"Health"_s);
    addKnob(u"Weight diversity"_s, u"w_d in the health formula"_s,
            {u"health.weights.diversity"_s, 0, 1, 0.05, getter(&P::healthWeightDiversity), setter(&P::healthWeightDiversity)});
    addKnob(u"Weight engagement"_s, u"w_e in the health formula"_s,
            {u"health.weights.engagement"_s, 0, 1, 0.05, getter(&P::healthWeightEngagement), setter(&P::healthWeightEngagement)});
    addKnob(u"Weight velocity"_s, u"w_v in the health formula"_s,
            {u"health.weights.velocity"_s, 0, 1, 0.05, getter(&P::healthWeightVelocity), setter(&P::healthWeightVelocity)});
    addKnob(u"Engagement target"_s, u"Engagement rate that scores 1"_s,
            {u"health.engagement_rate_target"_s, 0.01, 1, 0.01, getter(&P::engagementRateTarget), setter(&P::engagementRateTarget)});
    addKnob(u"Velocity target"_s, u"Engagement per hour that scores 1"_s,
            {u"health.velocity_target"_s, 10, 100000, 10, getter(&P::velocityTarget), setter(&P::velocityTarget)});
    addGroup(u"Urgency"_s);
    addKnob(u"Act now: growth ≥"_s, u"With confidence ≥ the next knob"_s,
            {u"urgency.act_now_growth"_s, 0, 20, 0.1, getter(&P::actNowGrowth), setter(&P::actNowGrowth)});
    addKnob(u"Act now: confidence ≥"_s, u"Confidence needed for act_now"_s,
            {u"urgency.act_now_confidence"_s, 0, 1, 0.05, getter(&P::actNowConfidence), setter(&P::actNowConfidence)});
    addKnob(u"Prepare: growth ≥"_s, u"Below it a trend is monitor"_s,
            {u"urgency.prepare_growth"_s, 0, 20, 0.1, getter(&P::prepareGrowth), setter(&P::prepareGrowth)});

    addGroup(u"Platforms"_s);
    m_platformLayout = new QVBoxLayout;
    m_platformLayout->setSpacing(2);
    m_layout->addLayout(m_platformLayout);
    m_layout->addStretch(1);

    auto *buttons = new QHBoxLayout;
    auto *reset = new QPushButton(u"Reset to config"_s, this);
    reset->setToolTip(u"Back to the values of config.yaml"_s);
    auto *save = new QPushButton(u"Save to config"_s, this);
    save->setToolTip(u"Write these values into config.yaml"_s);
    buttons->addWidget(reset);
    buttons->addWidget(save);
    outer->addLayout(buttons);
    connect(reset, &QPushButton::clicked, this, &ThresholdPanel::resetRequested);
    connect(save, &QPushButton::clicked, this, &ThresholdPanel::saveRequested);

    syncWidgets();
}

void ThresholdPanel::addGroup(const QString &title)
{
    auto *label = new QLabel(title.toUpper(), this);
    QFont f = label->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 0.85);
    label->setFont(f);
    label->setForegroundRole(QPalette::PlaceholderText);
    label->setContentsMargins(0, 8, 0, 0);
    m_layout->addWidget(label);
    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setVerticalSpacing(2);
    m_layout->addLayout(m_form);
}

void ThresholdPanel::addKnob(const QString &label, const QString &doc, Knob knob)
{
    const size_t index = m_knobs.size();
    const QString tip = knob.key + u"\n"_s + doc;
    const int decimals = knob.step >= 1 ? 0 : (knob.step >= 0.1 ? 1 : 2);

    auto *row = new QWidget(this);
    auto *h = new QHBoxLayout(row);
    h->setContentsMargins(0, 0, 0, 0);
    knob.slider = new QSlider(Qt::Horizontal, row);
    knob.slider->setObjectName(knob.key);
    knob.slider->setRange(0, int(std::lround((knob.max - knob.min) / knob.step)));
    knob.slider->setToolTip(tip);
    knob.slider->setAccessibleName(label);
    knob.spin = new QDoubleSpinBox(row);
    knob.spin->setObjectName(knob.key + u"/spin"_s);
    knob.spin->setRange(knob.min, knob.max);
    knob.spin->setSingleStep(knob.step);
    knob.spin->setDecimals(decimals);
    knob.spin->setToolTip(tip);
    knob.spin->setKeyboardTracking(false);
    knob.spin->setAccessibleName(label);
    knob.spin->setMinimumWidth(72);
    h->addWidget(knob.slider, 1);
    h->addWidget(knob.spin);
    auto *text = new QLabel(label, this);
    text->setToolTip(tip);
    text->setBuddy(knob.spin);
    m_form->addRow(text, row);

    const double min = knob.min;
    const double step = knob.step;
    connect(knob.slider, &QSlider::valueChanged, this, [this, index, min, step](int v) {
        if (!m_updating)
            knobEdited(index, min + v * step);
    });
    connect(knob.spin, &QDoubleSpinBox::valueChanged, this, [this, index](double v) {
        if (!m_updating)
            knobEdited(index, v);
    });
    m_knobs.push_back(std::move(knob));
}

void ThresholdPanel::knobEdited(size_t index, double value)
{
    const Knob &knob = m_knobs[index];
    knob.set(m_params, value);
    m_updating = true;
    const double shown = knob.get(m_params);
    knob.spin->setValue(shown);
    knob.slider->setValue(int(std::lround((shown - knob.min) / knob.step)));
    m_updating = false;
    Q_EMIT paramsChanged(m_params);
}

void ThresholdPanel::setParams(const PipelineParams &params)
{
    m_params = params;
    syncWidgets();
}

void ThresholdPanel::setPlatforms(const QStringList &platforms)
{
    if (platforms == m_platforms)
        return;
    m_platforms = platforms;
    qDeleteAll(m_platformBoxes);
    m_platformBoxes.clear();
    for (const QString &slug : platforms) {
        auto *box = new QCheckBox(slug, this);
        box->setObjectName(u"platforms."_s + slug + u".enabled"_s);
        box->setToolTip(u"platforms."_s + slug + u".enabled"_s);
        m_platformLayout->addWidget(box);
        m_platformBoxes.append(box);
        connect(box, &QCheckBox::toggled, this, [this] {
            if (!m_updating)
                platformToggled();
        });
    }
    syncWidgets();
}

void ThresholdPanel::platformToggled()
{
    QStringList enabled;
    for (QCheckBox *box : std::as_const(m_platformBoxes)) {
        if (box->isChecked())
            enabled.append(box->text());
    }
    // Every platform ticked is the same as "no restriction", which keeps params equal to config's.
    m_params.enabledPlatforms = enabled.size() == m_platformBoxes.size() ? QStringList() : enabled;
    Q_EMIT paramsChanged(m_params);
}

void ThresholdPanel::syncWidgets()
{
    m_updating = true;
    for (const Knob &knob : m_knobs) {
        const double v = knob.get(m_params);
        knob.spin->setValue(v);
        knob.slider->setValue(int(std::lround((v - knob.min) / knob.step)));
    }
    for (QCheckBox *box : std::as_const(m_platformBoxes))
        box->setChecked(m_params.enabledPlatforms.isEmpty() || m_params.enabledPlatforms.contains(box->text()));
    m_updating = false;
}

QDoubleSpinBox *ThresholdPanel::spinBoxFor(const QString &key) const
{
    for (const Knob &knob : m_knobs) {
        if (knob.key == key)
            return knob.spin;
    }
    return nullptr;
}

QSlider *ThresholdPanel::sliderFor(const QString &key) const
{
    for (const Knob &knob : m_knobs) {
        if (knob.key == key)
            return knob.slider;
    }
    return nullptr;
}
