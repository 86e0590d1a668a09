// app/memorypolicy: the server limits glibc's malloc arenas, unless the operator set MALLOC_ARENA_MAX. Each case runs
// in a child process (glibc reads the variable once, at start): it limits the arenas as the server does, makes eight
// threads allocate at once (contention is what makes glibc open arenas), and prints how many arenas malloc_info lists.
#include <algorithm>
#include <cstdio>
#include <thread>
#include <vector>

#include <QProcess>
#include <QTest>
#include <QThread>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

#include "app/memorypolicy.h"

using namespace Qt::StringLiterals;

namespace {

int arenasInUse()
{
#if defined(__GLIBC__)
    char *text = nullptr;
    std::size_t size = 0;
    FILE *stream = open_memstream(&text, &size);
    malloc_info(0, stream);
    std::fclose(stream);
    const int heaps = int(QByteArray(text, qsizetype(size)).count("<heap nr="));
    std::free(text);
    return heaps;
#else
    return 0;
#endif
}

/// The child's work: the server's policy, then contention, then the count on stdout.
int child()
{
    memorypolicy::limitArenas();
    std::vector<std::thread> threads;
    for (int t = 0; t < 8; ++t) {
        threads.emplace_back([] {
            std::vector<void *> held;
            for (int i = 0; i < 200'000; ++i) {
                held.push_back(std::malloc(64 + i % 512));
                if (held.size() > 256) {
                    for (void *p : held)
                        std::free(p);
                    held.clear();
                }
            }
            for (void *p : held)
                std::free(p);
        });
    }
    for (std::thread &t : threads)
        t.join();
    std::printf("%d\n", arenasInUse());
    return 0;
}

int arenasOfChild(const QString &arenaMax)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(u"MALLOC_ARENA_MAX"_s);
    if (!arenaMax.isEmpty())
        environment.insert(u"MALLOC_ARENA_MAX"_s, arenaMax);
    environment.insert(u"GT_MEMORYPOLICY_CHILD"_s, u"1"_s);
    process.setProcessEnvironment(environment);
    process.start(QCoreApplication::applicationFilePath(), {});
    if (!process.waitForFinished(60'000) || process.exitCode() != 0)
        return -1;
    return process.readAllStandardOutput().trimmed().toInt();
}

} // namespace

class TestMemoryPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
#if !defined(__GLIBC__)
        QSKIP("malloc arenas are glibc's");
#endif
    }

    void atMostOneArenaPerCoreByDefault()
    {
        const int arenas = arenasOfChild({});
        QVERIFY2(arenas >= 1, "the child did not report");
        QVERIFY(arenas <= std::max(2, QThread::idealThreadCount()));
    }

    void theOperatorsMallocArenaMaxWins()
    {
        QCOMPARE(arenasOfChild(u"1"_s), 1);
    }
};

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsSet("GT_MEMORYPOLICY_CHILD"))
        return child();
    QCoreApplication app(argc, argv);
    TestMemoryPolicy test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_memorypolicy.moc"
