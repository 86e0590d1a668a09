#include <QSignalSpy>
#include <QTest>

#include "ui/widgets/rangeedit.h"

using namespace Qt::StringLiterals;

/// A field that refuses out-of-range entries visibly and never changes them into something else.
class TestRangeEdit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void acceptsAValueInRange()
    {
        RangeEdit edit(1, 2160, u"window"_s, u"h"_s);
        edit.setValue(24);
        QSignalSpy edited(&edit, &RangeEdit::valueEdited);
        edit.selectAll();
        QTest::keyClicks(&edit, u"720"_s); // a spin box ending at 168 turned this into 72
        QTest::keyClick(&edit, Qt::Key_Return);
        QCOMPARE(edited.count(), 1);
        QCOMPARE(edited.first().first().toInt(), 720);
        QCOMPARE(edit.value(), 720);
        QCOMPARE(edit.text(), u"720"_s);
        QVERIFY(!edit.isRefused());
    }

    void refusesOutOfRangeVisibly()
    {
        RangeEdit edit(1, 2160, u"window"_s, u"h"_s);
        edit.setValue(24);
        edit.setToolTip(u"window.hours"_s);
        QSignalSpy edited(&edit, &RangeEdit::valueEdited);
        QSignalSpy refused(&edit, &RangeEdit::refused);
        edit.selectAll();
        QTest::keyClicks(&edit, u"5000"_s);
        QTest::keyClick(&edit, Qt::Key_Return);
        QCOMPARE(edited.count(), 0);
        QCOMPARE(refused.count(), 1);
        const QString reason = refused.first().first().toString();
        QVERIFY2(reason.contains(u"5000"_s) && reason.contains(u"2160"_s) && reason.contains(u"24"_s),
                 qPrintable(reason));
        QCOMPARE(edit.value(), 24);       // unchanged
        QCOMPARE(edit.text(), u"5000"_s); // what was typed stays, not something else
        QVERIFY(edit.isRefused());
        QCOMPARE(edit.toolTip(), reason); // the field says why
        QVERIFY(edit.styleSheet().contains(u"background"_s));

        // Typing again clears the mark; Escape puts the accepted value back.
        QTest::keyClick(&edit, Qt::Key_Backspace);
        QVERIFY(!edit.isRefused());
        QCOMPARE(edit.toolTip(), u"window.hours"_s);
        QTest::keyClick(&edit, Qt::Key_Escape);
        QCOMPARE(edit.text(), u"24"_s);
    }

    void refusesTextAndZero()
    {
        RangeEdit edit(1, 2160, u"window"_s, u"h"_s);
        edit.setValue(6);
        QSignalSpy refused(&edit, &RangeEdit::refused);
        for (const QString &typed : {u"abc"_s, u"0"_s, u"-3"_s, u"2161"_s}) {
            edit.selectAll();
            QTest::keyClicks(&edit, typed);
            QTest::keyClick(&edit, Qt::Key_Return);
            QVERIFY2(edit.isRefused(), qPrintable(typed));
            QCOMPARE(edit.value(), 6);
        }
        QCOMPARE(refused.count(), 4);
        // The upper bound itself is fine.
        edit.selectAll();
        QTest::keyClicks(&edit, u"2160"_s);
        QTest::keyClick(&edit, Qt::Key_Return);
        QCOMPARE(edit.value(), 2160);
        QVERIFY(!edit.isRefused());
    }
};

QTEST_MAIN(TestRangeEdit)
#include "tst_rangeedit.moc"
