#pragma once

#include <QStringList>

#include "core/model/dataset.h"

namespace postgen {

/// A Dataset flattened to strings, so two loads compare field by field with readable failures.
QStringList describe(const Dataset &d);

} // namespace postgen
