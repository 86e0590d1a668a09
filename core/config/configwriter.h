#pragma once

#include <QString>

#include "core/model/pipelineparams.h"
#include "core/model/result.h"

/// Writes every per-run pipeline key of `params` into the YAML file at `path` (the desktop app's
/// "Save to config"), keeping the file's other keys; the file is created when missing. The file
/// is replaced atomically. yaml-cpp cannot keep comments, so comments in the file are lost.
/// pipeline.as_of is left as it is: it chooses a run's moment, not a threshold worth saving.
/// A file that does not parse is left untouched and reported as an error.
Status savePipelineParams(const QString &path, const PipelineParams &params);
