#pragma once

#include <QString>

#include "core/config/pollsource.h"

namespace poll {

/// The stable key of a source, under which its state is stored: "folder:" + the cleaned absolute
/// path, or "url:" + the URL as configured. Editing interval, timeout or size cap keeps the key.
QString sourceId(const PollSource &source);

/// The folder path or the URL, for people.
QString sourceLabel(const PollSource &source);

} // namespace poll
