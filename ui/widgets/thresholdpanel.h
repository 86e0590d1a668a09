#pragma once

#include <functional>
#include <vector>

#include <QWidget>

#include "core/model/pipelineparams.h"

class QCheckBox;
class QDoubleSpinBox;
class QFormLayout;
class QSlider;
class QVBoxLayout;

/// The knobs of SPEC section 3, grouped as the pipeline runs (window, clustering, validation,
/// health, urgency, platforms). Each knob is a slider and a spin box kept in step; its config key
/// is its tooltip and its object name, so tests and screen readers find it by key. Every user
/// change emits paramsChanged with the whole parameter set (the runner debounces).
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

Q_SIGNALS:
    void paramsChanged(const PipelineParams &params);
    void resetRequested();
    void saveRequested();

private:
    struct Knob
    {
        QString key;
        double min = 0;
        double max = 1;
        double step = 1;
        std::function<double(const PipelineParams &)> get;
        std::function<void(PipelineParams &, double)> set;
        QSlider *slider = nullptr;
        QDoubleSpinBox *spin = nullptr;
    };

    void addGroup(const QString &title);
    void addKnob(const QString &label, const QString &doc, Knob knob);
    void knobEdited(size_t index, double value);
    void platformToggled();
    void syncWidgets();

    PipelineParams m_params;
    std::vector<Knob> m_knobs;
    QStringList m_platforms;
    QList<QCheckBox *> m_platformBoxes;
    QVBoxLayout *m_layout = nullptr;
    QFormLayout *m_form = nullptr;
    QVBoxLayout *m_platformLayout = nullptr;
    bool m_updating = false;
};
