#pragma once

#include <QString>

#include "core/config/pollsettings.h"
#include "core/model/pipelineparams.h"
#include "core/model/result.h"

// Both writers keep the file's other keys and create the file (and its folder) when missing. The
// file is replaced atomically. yaml-cpp cannot keep comments, so comments in the file are lost.
// A file that does not parse is left untouched and reported as an error. Each value is checked as
// the loader checks it (the key table's conversion and range checks) before anything is written;
// one that fails is reported and the file is left untouched.

/// Writes every per-run pipeline key of `params` into the YAML file at `path` (the desktop app's
/// "Save to config"). pipeline.as_of is left as it is: it chooses a run's moment, not a threshold
/// worth saving.
Status savePipelineParams(const QString &path, const PipelineParams &params);

/// Writes poll.interval_s and poll.sources (the desktop's Feeds dialog "Save") in the shape the
/// loader reads back: each source with its folder ("~/…" when under the home directory) or url,
/// and only the interval_s, timeout_s and max_bytes that differ from poll.interval_s and the
/// defaults, so a source that set none keeps following poll.interval_s.
Status savePollSettings(const QString &path, const PollSettings &poll);
