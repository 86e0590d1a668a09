#pragma once

#include <span>

#include <QString>

#include "core/model/pipelineparams.h"

/// One numeric knob of the threshold panel: which PipelineParams member it moves, under which
/// config key (SPEC section 6), and the range and step its slider and spin box offer.
struct KnobSpec
{
    // group, label and doc are English UTF-8 marked for translation: QCoreApplication::translate("Knob", …)
    const char *group;   ///< heading the knob sits under; a new value starts a new group
    const char16_t *key; ///< config key: tooltip head and object name
    const char *label;
    const char *doc; ///< tooltip text below the key
    double min;
    double max;
    double step;
    int PipelineParams::*intMember = nullptr; ///< exactly one of the two members is set
    double PipelineParams::*realMember = nullptr;

    double get(const PipelineParams &params) const;
    /// Sets the member; integers are rounded to the nearest.
    void set(PipelineParams &params, double value) const;
};

/// The numeric knobs of SPEC section 3 in the order the pipeline runs: clustering, validation,
/// confidence, health, urgency, evidence (the window's are on the time bar).
std::span<const KnobSpec> thresholdKnobs();
