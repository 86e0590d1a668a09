#pragma once

#include "core/model/runresult.h"

namespace reportfixture {

/// A run with three proof tiles and one cluster that is not a trend:
/// 1. act_now  "#matchalatte #抹茶拿铁 #icedmatcha" (Chinese tag and Chinese top-post text)
/// 2. prepare  "#blokecore #footballshirt" (engagement rate undefined; insight with a comma and quotes;
///    a top post whose text is far too long for a tile and ends in "END-OF-LONG-TEXT")
/// 3. monitor  "#cottagecore"
RunResult threeTiles();

} // namespace reportfixture
