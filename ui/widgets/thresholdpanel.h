#pragma once

#include <vector>

#include <QWidget>

#include "core/model/pipelineparams.h"

struct KnobSpec;

class QCheckBox;
class QDoubleSpinBox;
class QFormLayout;
class QLineEdit;
class QSlider;
class QVBoxLayout;

/// The knobs of SPEC section 3, grouped as the pipeline runs (clustering, validation, confidence,
/// health, urgency, evidence, platforms; the window is the TimeBar's). Each numeric knob (ui/widgets/thresholdknobs)
/// is a slider and a spin box kept in step; the stoplist is a comma-separated line; each platform
/// has a toggle and a weight. A knob's config key is the head of its tooltip and its object name,
/// so tests and screen readers find it by key. Every user change emits paramsChanged with the
/// whole parameter set (the runner debounces).
class ThresholdPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ThresholdPanel)

public:
    explicit ThresholdPanel(QWidget *parent = nullptr);

    /// Shows `params` without emitting paramsChanged.
    void setParams(const PipelineParams &params);
    const PipelineParams &params() const { return m_params; }

    /// The platforms to offer as toggles (the dataset's); ticked unless params exclude them.
    void setPlatforms(const QStringList &platforms);

    /// The spin box of a config key ("validation.min_creators"), for tests and focus shortcuts.
    QDoubleSpinBox *spinBoxFor(const QString &key) const;
    QSlider *sliderFor(const QString &key) const;
    /// The weight spin box of a platform slug, once setPlatforms offered it.
    QDoubleSpinBox *platformWeightFor(const QString &slug) const;
    QLineEdit *stoplistEdit() const { return m_stoplist; }

Q_SIGNALS:
    void paramsChanged(const PipelineParams &params);
    void resetRequested();
    void saveRequested();

private:
    struct Knob
    {
        const KnobSpec *spec = nullptr;
        QSlider *slider = nullptr;
        QDoubleSpinBox *spin = nullptr;
    };
    struct PlatformRow
    {
        QString slug;
        QCheckBox *enabled = nullptr;
        QDoubleSpinBox *weight = nullptr;
    };

    void addGroup(const QString &title);
    void addKnob(const KnobSpec &spec);
    void addStoplist();
    void knobEdited(size_t index, double value);
    void showKnob(const Knob &knob);
    void stoplistEdited();
    void platformToggled();
    void platformWeightEdited(const QString &slug, double weight);
    void syncWidgets();

    PipelineParams m_params;
    std::vector<Knob> m_knobs;
    QStringList m_platforms;
    std::vector<PlatformRow> m_platformRows;
    QLineEdit *m_stoplist = nullptr;
    QVBoxLayout *m_layout = nullptr;
    QFormLayout *m_form = nullptr;
    QVBoxLayout *m_platformLayout = nullptr;
    bool m_updating = false;
};
