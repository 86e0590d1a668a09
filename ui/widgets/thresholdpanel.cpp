#include "ui/widgets/thresholdpanel.h"

#include <cmath>

#include <QCheckBox>
#include <QCoreApplication>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSlider>
#include <QVBoxLayout>

#include "ui/widgets/thresholdknobs.h"

using namespace Qt::StringLiterals;

namespace {

constexpr double kWeightMax = 10;
constexpr double kWeightStep = 0.1;

QString tooltip(const QString &key, const QString &doc)
{
    return key + u"\n"_s + doc;
}

/// "fyp, #Viral ,, reels" → [fyp, #Viral, reels]: trimmed, no empties, first of duplicates kept.
/// Hashtag marks and case are the pipeline's business (it folds both), so they are left as typed.
QStringList parseStoplist(const QString &text)
{
    QStringList tags;
    for (const QString &part : text.split(u',')) {
        const QString tag = part.trimmed();
        if (!tag.isEmpty() && !tags.contains(tag))
            tags.append(tag);
    }
    return tags;
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

    QString group;
    for (const KnobSpec &spec : thresholdKnobs()) {
        if (QString::fromUtf8(spec.group) != group) {
            group = QString::fromUtf8(spec.group);
            addGroup(QCoreApplication::translate("Knob", spec.group));
            if (group == u"Clustering"_s)
                addStoplist(); // the stoplist is applied before any tag is counted
        }
        addKnob(spec);
    }

    addGroup(tr("Platforms"));
    m_platformLayout = new QVBoxLayout;
    m_platformLayout->setSpacing(2);
    m_layout->addLayout(m_platformLayout);
    m_layout->addStretch(1);

    auto *buttons = new QHBoxLayout;
    auto *reset = new QPushButton(tr("Reset to config"), this);
    reset->setToolTip(tr("Back to the values of config.yaml"));
    auto *save = new QPushButton(tr("Save to config"), this);
    save->setToolTip(tr("Write these values into config.yaml"));
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

void ThresholdPanel::addKnob(const KnobSpec &spec)
{
    const size_t index = m_knobs.size();
    const QString key = QString::fromUtf16(spec.key);
    const QString label = QCoreApplication::translate("Knob", spec.label);
    const QString tip = tooltip(key, QCoreApplication::translate("Knob", spec.doc));
    const int decimals = spec.step >= 1 ? 0 : (spec.step >= 0.1 ? 1 : 2);

    Knob knob{&spec};
    auto *row = new QWidget(this);
    auto *h = new QHBoxLayout(row);
    h->setContentsMargins(0, 0, 0, 0);
    knob.slider = new QSlider(Qt::Horizontal, row);
    knob.slider->setObjectName(key);
    knob.slider->setRange(0, int(std::lround((spec.max - spec.min) / spec.step)));
    knob.slider->setToolTip(tip);
    knob.slider->setAccessibleName(label);
    knob.spin = new QDoubleSpinBox(row);
    knob.spin->setObjectName(key + u"/spin"_s);
    knob.spin->setRange(spec.min, spec.max);
    knob.spin->setSingleStep(spec.step);
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

    connect(knob.slider, &QSlider::valueChanged, this, [this, index, &spec](int v) {
        if (!m_updating)
            knobEdited(index, spec.min + v * spec.step);
    });
    connect(knob.spin, &QDoubleSpinBox::valueChanged, this, [this, index](double v) {
        if (!m_updating)
            knobEdited(index, v);
    });
    m_knobs.push_back(knob);
}

void ThresholdPanel::addStoplist()
{
    const QString key = u"clustering.stoplist"_s;
    const QString tip = tooltip(key, tr("Hashtags never counted, comma-separated; applied on Enter"));
    m_stoplist = new QLineEdit(this);
    m_stoplist->setObjectName(key);
    m_stoplist->setToolTip(tip);
    m_stoplist->setAccessibleName(tr("Stoplist"));
    m_stoplist->setClearButtonEnabled(true);
    auto *text = new QLabel(tr("Stoplist"), this);
    text->setToolTip(tip);
    text->setBuddy(m_stoplist);
    m_form->addRow(text, m_stoplist);
    connect(m_stoplist, &QLineEdit::editingFinished, this, &ThresholdPanel::stoplistEdited);
}

void ThresholdPanel::knobEdited(size_t index, double value)
{
    const Knob &knob = m_knobs[index];
    knob.spec->set(m_params, value);
    m_updating = true;
    showKnob(knob);
    m_updating = false;
    Q_EMIT paramsChanged(m_params);
}

void ThresholdPanel::showKnob(const Knob &knob)
{
    const KnobSpec &spec = *knob.spec;
    const double v = spec.get(m_params);
    knob.spin->setValue(v);
    knob.slider->setValue(int(std::lround((v - spec.min) / spec.step)));
}

void ThresholdPanel::stoplistEdited()
{
    const QStringList tags = parseStoplist(m_stoplist->text());
    m_updating = true;
    m_stoplist->setText(tags.join(u", "_s));
    m_stoplist->setCursorPosition(0); // the first tags stay in view
    m_updating = false;
    if (tags == m_params.stoplist)
        return; // focus left without a change
    m_params.stoplist = tags;
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
    for (const PlatformRow &row : m_platformRows)
        delete row.enabled->parentWidget();
    m_platformRows.clear();
    for (const QString &slug : platforms) {
        auto *line = new QWidget(this);
        auto *h = new QHBoxLayout(line);
        h->setContentsMargins(0, 0, 0, 0);
        PlatformRow row{slug, new QCheckBox(slug, line), new QDoubleSpinBox(line)};
        const QString enabledKey = u"platforms."_s + slug + u".enabled"_s;
        row.enabled->setObjectName(enabledKey);
        row.enabled->setToolTip(tooltip(enabledKey, tr("Count this platform's posts")));
        const QString weightKey = u"platforms."_s + slug + u".weight"_s;
        row.weight->setObjectName(weightKey);
        row.weight->setToolTip(tooltip(weightKey, tr("Multiplies this platform's engagement in velocity")));
        row.weight->setAccessibleName(tr("%1 weight").arg(slug));
        row.weight->setRange(0, kWeightMax);
        row.weight->setSingleStep(kWeightStep);
        row.weight->setDecimals(2); // config may hold finer weights than the step
        row.weight->setPrefix(u"× "_s);
        row.weight->setKeyboardTracking(false);
        row.weight->setMinimumWidth(72);
        h->addWidget(row.enabled, 1);
        h->addWidget(row.weight);
        m_platformLayout->addWidget(line);
        connect(row.enabled, &QCheckBox::toggled, this, [this] {
            if (!m_updating)
                platformToggled();
        });
        connect(row.weight, &QDoubleSpinBox::valueChanged, this, [this, slug](double v) {
            if (!m_updating)
                platformWeightEdited(slug, v);
        });
        m_platformRows.push_back(row);
    }
    syncWidgets();
}

void ThresholdPanel::platformToggled()
{
    QStringList enabled;
    for (const PlatformRow &row : m_platformRows) {
        if (row.enabled->isChecked())
            enabled.append(row.slug);
    }
    // Every platform ticked is the same as "no restriction", which keeps params equal to config's.
    m_params.enabledPlatforms = qsizetype(enabled.size()) == qsizetype(m_platformRows.size()) ? QStringList() : enabled;
    Q_EMIT paramsChanged(m_params);
}

void ThresholdPanel::platformWeightEdited(const QString &slug, double weight)
{
    // Absent means 1, as in the config loader, so weight 1 keeps params equal to config's.
    if (weight == 1.0)
        m_params.platformWeights.remove(slug);
    else
        m_params.platformWeights.insert(slug, weight);
    Q_EMIT paramsChanged(m_params);
}

void ThresholdPanel::syncWidgets()
{
    m_updating = true;
    for (const Knob &knob : m_knobs)
        showKnob(knob);
    m_stoplist->setText(m_params.stoplist.join(u", "_s));
    m_stoplist->setCursorPosition(0);
    for (const PlatformRow &row : m_platformRows) {
        row.enabled->setChecked(m_params.enabledPlatforms.isEmpty() || m_params.enabledPlatforms.contains(row.slug));
        row.weight->setValue(m_params.platformWeights.value(row.slug, 1.0));
    }
    m_updating = false;
}

QDoubleSpinBox *ThresholdPanel::spinBoxFor(const QString &key) const
{
    for (const Knob &knob : m_knobs) {
        if (QStringView(knob.spec->key) == key)
            return knob.spin;
    }
    return nullptr;
}

QSlider *ThresholdPanel::sliderFor(const QString &key) const
{
    for (const Knob &knob : m_knobs) {
        if (QStringView(knob.spec->key) == key)
            return knob.slider;
    }
    return nullptr;
}

QDoubleSpinBox *ThresholdPanel::platformWeightFor(const QString &slug) const
{
    for (const PlatformRow &row : m_platformRows) {
        if (row.slug == slug)
            return row.weight;
    }
    return nullptr;
}
