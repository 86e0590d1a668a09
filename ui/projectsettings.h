#pragma once

#include <QJsonObject>
#include <QMap>
#include <QString>

#include "core/model/pipelineparams.h"

/// What a project keeps of the analyst's work in its own database (ProjectStore): every
/// threshold, the window, the as-of (null = Latest) and the enabled platforms as one JSON object
/// keyed by config key (runjson's params form, key "params"), and the trend page's filters (key
/// "filters"). Reading is forgiving: a key this build does not know (a newer GlassTrend wrote it)
/// or one that is missing keeps the given default instead of losing the whole set.
struct ProjectSettings
{
    PipelineParams params;
    QJsonObject filters;
    QString warning; ///< after fromValues: what was skipped, if anything (not stored)
    /// Every stored value as read (fromValues), for the keys other parts keep themselves (the run history, the
    /// watch list); toValues() never writes them back, so a debounced save cannot overwrite a newer one.
    QMap<QString, QString> stored;

    static constexpr const char16_t *kParamsKey = u"params";
    static constexpr const char16_t *kFiltersKey = u"filters";

    /// The store's key/value form.
    QMap<QString, QString> toValues() const;
    /// From the store's values over `defaults` (the configuration's parameters).
    static ProjectSettings fromValues(const QMap<QString, QString> &values, const PipelineParams &defaults);
};
