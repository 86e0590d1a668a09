// View → Theme: a dark palette reaches every widget, the threshold panel's sliders and spin boxes included (issue 11,
// the walkthrough's defects).
#include <QApplication>
#include <QDoubleSpinBox>
#include <QSlider>
#include <QStandardPaths>
#include <QStyle>
#include <QTest>

#include "ui/desktopsettings.h"
#include "ui/theme.h"
#include "ui/widgets/thresholdpanel.h"

using namespace Qt::StringLiterals;

namespace {

/// The mean lightness (0–255) of what `w` draws.
int meanLightness(QWidget *w)
{
    const QImage image = w->grab().toImage();
    qint64 sum = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            sum += image.pixelColor(x, y).lightness();
    }
    return int(sum / qMax(1, image.width() * image.height()));
}

} // namespace

class TestTheme : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"GlassTrendTests"_s);
        desktopSettings().remove(u"theme"_s);
    }

    void darkReachesTheThresholdPanel()
    {
        Theme theme;
        ThresholdPanel panel;
        panel.resize(300, 700);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QSlider *slider = panel.sliderFor(u"validation.min_creators"_s);
        QDoubleSpinBox *spin = panel.spinBoxFor(u"validation.min_growth"_s);
        QVERIFY(slider && spin);

        theme.apply(Theme::Mode::Dark);
        const QPalette dark = Theme::darkPalette();
        QCOMPARE(QApplication::style()->name(), u"fusion"_s);
        QCOMPARE(slider->palette().color(QPalette::Window), dark.color(QPalette::Window));
        QCOMPARE(slider->palette().color(QPalette::Button), dark.color(QPalette::Button));
        QCOMPARE(spin->palette().color(QPalette::Base), dark.color(QPalette::Base));
        QCOMPARE(spin->palette().color(QPalette::Text), dark.color(QPalette::Text));
        QVERIFY(Theme::isDark(panel.palette()));
        // Drawn dark, not only told: the spin box's field and the panel as a whole.
        QVERIFY2(meanLightness(spin) < 110, qPrintable(QString::number(meanLightness(spin))));
        QVERIFY2(meanLightness(&panel) < 110, qPrintable(QString::number(meanLightness(&panel))));
        QCOMPARE(desktopSettings().value(u"theme"_s).toString(), u"dark"_s);

        theme.apply(Theme::Mode::Light);
        QVERIFY(!Theme::isDark(slider->palette()));
        QVERIFY(meanLightness(spin) > 150);

        theme.apply(Theme::Mode::System);
        QCOMPARE(desktopSettings().value(u"theme"_s).toString(), u"system"_s);
    }

    void theChoiceIsKept()
    {
        {
            Theme theme;
            theme.apply(Theme::Mode::Dark);
        }
        Theme next; // as the next start of the app
        next.applySaved();
        QCOMPARE(next.mode(), Theme::Mode::Dark);
        QVERIFY(Theme::isDark(QApplication::palette()));
        next.apply(Theme::Mode::System);
        QCOMPARE(Theme::fromName(u"nonsense"_s), Theme::Mode::System);
    }
};

QTEST_MAIN(TestTheme)
#include "tst_theme.moc"
