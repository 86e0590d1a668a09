#include "tests/support/testdata.h"

#include <QDir>

namespace testsupport {

static QString fromEnv(const char *name, const QString &relative)
{
    return QDir(qEnvironmentVariable(name)).absoluteFilePath(relative);
}

QString dataPath(const QString &relative)
{
    return fromEnv("GT_TEST_DATA", relative);
}

QString sourcePath(const QString &relative)
{
    return fromEnv("GT_SOURCE_DIR", relative);
}

QString binaryPath(const QString &relative)
{
    return fromEnv("GT_BINARY_DIR", relative);
}

} // namespace testsupport
