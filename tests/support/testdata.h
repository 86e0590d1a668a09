#pragma once

#include <QString>

namespace testsupport {

/// Absolute path of a fixture under tests/data/ (from GT_TEST_DATA, set by gt_add_test).
QString dataPath(const QString &relative);

/// Absolute path of a file under the source tree (e.g. "../shared/formats" is outside it: use
/// sharedPath for those).
QString sourcePath(const QString &relative);

/// Path of the build tree (GT_BINARY_DIR), e.g. to find the glasstrend executable.
QString binaryPath(const QString &relative);

} // namespace testsupport
