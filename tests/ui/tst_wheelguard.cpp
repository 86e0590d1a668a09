// The wheel never changes a knob that does not have focus (issue 11, the walkthrough's defects).
#include <QApplication>
#include <QDateTimeEdit>
#include <QDoubleSpinBox>
#include <QScrollArea>
#include <QSlider>
#include <QTest>
#include <QWheelEvent>

#include "ui/widgets/thresholdpanel.h"
#include "ui/widgets/timebar.h"
#include "ui/widgets/wheelguard.h"

using namespace Qt::StringLiterals;

namespace {

/// One notch of the wheel, up, over the middle of `w` (as the analyst scrolling the panel).
bool turnWheel(QWidget *w)
{
    const QPointF local = QPointF(w->rect().center());
    QWheelEvent wheel(local, w->mapToGlobal(local), QPoint(), QPoint(0, 120), Qt::NoButton, Qt::NoModifier,
                      Qt::NoScrollPhase, false);
    QApplication::sendEvent(w, &wheel);
    return wheel.isAccepted();
}

} // namespace

class TestWheelGuard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_guard = new WheelGuard(qApp);
        qApp->installEventFilter(m_guard);
    }

    void cleanup() { delete m_guard; }

    void unfocusedKnobsIgnoreTheWheel()
    {
        ThresholdPanel panel;
        panel.resize(300, 600);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QSlider *slider = panel.sliderFor(u"validation.min_creators"_s);
        QDoubleSpinBox *spin = panel.spinBoxFor(u"validation.min_growth"_s);
        QVERIFY(slider && spin);
        QVERIFY(!slider->hasFocus() && !spin->hasFocus());
        const int sliderBefore = slider->value();
        const double spinBefore = spin->value();
        QVERIFY(!turnWheel(slider)); // ignored: the scroll area behind it gets the turn
        QVERIFY(!turnWheel(spin));
        QCOMPARE(slider->value(), sliderBefore);
        QCOMPARE(spin->value(), spinBefore);
        // A wheel turn does not hand the knob focus either (wheel focus is taken out of its policy).
        QCOMPARE(slider->focusPolicy() & Qt::WheelFocus, Qt::StrongFocus);
        QCOMPARE(spin->focusPolicy() & Qt::WheelFocus, Qt::StrongFocus);
    }

    void focusedKnobTakesTheWheel()
    {
        ThresholdPanel panel;
        panel.resize(300, 600);
        panel.show();
        QApplication::setActiveWindow(&panel);
        QVERIFY(QTest::qWaitForWindowActive(&panel));
        QSlider *slider = panel.sliderFor(u"validation.min_creators"_s);
        slider->setFocus();
        QTRY_VERIFY(slider->hasFocus());
        const int before = slider->value();
        turnWheel(slider);
        QVERIFY(slider->value() != before); // what the analyst means when the knob is theirs
    }

    void timeBarFieldsToo()
    {
        TimeBar bar;
        bar.setParams(PipelineParams{});
        bar.show();
        QVERIFY(QTest::qWaitForWindowExposed(&bar));
        auto *asOf = bar.findChild<QDateTimeEdit *>();
        QVERIFY(asOf);
        asOf->setDateTime(QDateTime(QDate(2026, 6, 1), QTime(0, 0), Qt::UTC));
        const QDateTime before = asOf->dateTime();
        asOf->clearFocus(); // the first field takes focus when the bar is shown alone
        QVERIFY(!asOf->hasFocus());
        turnWheel(asOf);
        QCOMPARE(asOf->dateTime(), before);
    }

private:
    WheelGuard *m_guard = nullptr;
};

QTEST_MAIN(TestWheelGuard)
#include "tst_wheelguard.moc"
