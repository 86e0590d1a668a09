#include <QTest>

#include "tests/ui/runfixture.h"
#include "ui/decisionindex.h"
#include "ui/runsnapshot.h"

using namespace Qt::StringLiterals;

namespace {

Decision decision(const QString &subject)
{
    return Decision{u"clustering"_s, subject, u"rule"_s, {}, u"kept"_s, {}};
}

} // namespace

class TestDecisionIndex : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findsEverySubjectInLogOrder()
    {
        const std::vector<Decision> log = {decision(u"tag:a"_s),    decision(u"tag:b"_s), decision(u"tag:a"_s),
                                           decision(u"edge:a|b"_s), decision(u"tag:b"_s), decision(u"tag:a"_s)};
        const DecisionIndex index(log);
        QCOMPARE(index.find(log, u"tag:a"_s), (std::vector<int>{0, 2, 5}));
        QCOMPARE(index.find(log, u"tag:b"_s), (std::vector<int>{1, 4}));
        QCOMPARE(index.find(log, u"edge:a|b"_s), std::vector<int>{3});
        QVERIFY(index.find(log, u"tag:c"_s).empty());
        QVERIFY(index.find(log, u"tag:"_s).empty());
        QVERIFY(DecisionIndex().find(log, u"tag:a"_s).empty());
    }

    void agreesWithAScanOfAWholeRun()
    {
        const RunSnapshot snap = RunSnapshot::make(uifixture::makeRun());
        const std::vector<Decision> &log = snap.run->decisions;
        QVERIFY(!log.empty());
        for (const Decision &d : log) {
            std::vector<int> scan;
            for (int i = 0; i < int(log.size()); ++i)
                if (log[size_t(i)].subject == d.subject)
                    scan.push_back(i);
            QCOMPARE(snap.decisionsBySubject->find(log, d.subject), scan);
        }
    }
};

QTEST_GUILESS_MAIN(TestDecisionIndex)
#include "tst_decisionindex.moc"
