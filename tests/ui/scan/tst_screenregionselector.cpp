// SPDX-License-Identifier: GPL-3.0-or-later
// The screen region overlay, driven with the mouse and keyboard as a user would, and the whole
// path from a fake screenshot to a filled add dialog. (docs/screenshots/scan-region.png comes
// from the real application under Xvfb, not from here: see docs/scanning.md.)
#include "Screenshot.h"

#include "authenticator/AddEntryDialog.h"
#include "scan/QrDecoder.h"
#include "scan/QrEncoder.h"
#include "scan/ScreenCapture.h"
#include "scan/ScreenRegionSelector.h"

#include <QLineEdit>
#include <QPainter>
#include <QScreen>
#include <QSignalSpy>
#include <QTest>

using namespace tessera;
using test::Screenshot;
using ui::ScreenRegionSelector;

namespace {

const QString kGitHub =
    QStringLiteral("otpauth://totp/GitHub:alice@example.com?secret=JBSWY3DPEHPK3PXP");
const QString kGoogle =
    QStringLiteral("otpauth://totp/Google:alice.smith@gmail.com?secret=KRSXG5CTMVRXEZLU");

// A made-up desktop, `logical` in size at `ratio` device pixels per logical pixel: a window-ish
// panel and, when asked, two QR codes far apart (GitHub top left, Google bottom right).
QImage fakeScreenshot(QSize logical, double ratio, bool withCodes)
{
    QImage shot(logical * ratio, QImage::Format_RGB32);
    shot.fill(QColor(0x30, 0x36, 0x44));
    QPainter painter(&shot);
    painter.fillRect(QRect(QPoint(20, 20) * ratio, QSize(logical.width() / 2, 40) * ratio),
                     QColor(0xe8, 0xea, 0xee));
    if (withCodes) {
        const int module = int(3 * ratio);
        painter.drawImage(QPoint(60, 120) * ratio, *scan::QrEncoder::toImage(kGitHub, module));
        painter.drawImage(QPoint(logical.width() - 200, logical.height() - 190) * ratio,
                          *scan::QrEncoder::toImage(kGoogle, module));
    }
    painter.end();
    shot.setDevicePixelRatio(ratio);
    return shot;
}

void drag(QWidget* widget, QPoint from, QPoint to)
{
    QTest::mousePress(widget, Qt::LeftButton, {}, from);
    QTest::mouseMove(widget, (from + to) / 2);
    QTest::mouseMove(widget, to);
    QTest::mouseRelease(widget, Qt::LeftButton, {}, to);
}

} // namespace

class TestScreenRegionSelector : public QObject
{
    Q_OBJECT

private slots:
    void dragSelectsRegion_data();
    void dragSelectsRegion();
    void escapeCancels();
    void clickMeansWholeScreen();
    void enterWithoutSelectionMeansWholeScreen();
    void enterWhileDraggingTakesTheRectangle();
    void regionDecodesOnlyItsCode();
    void addDialogScansARegion();
    void addDialogCancelComesBack();
    void blankGrabIsRecognised();
    void overlayLooksRight();
};

void TestScreenRegionSelector::dragSelectsRegion_data()
{
    QTest::addColumn<double>("ratio");
    QTest::newRow("standard screen") << 1.0;
    QTest::newRow("HiDPI screen, devicePixelRatio 2") << 2.0;
    QTest::newRow("fractional scaling, devicePixelRatio 1.5") << 1.5;
}

void TestScreenRegionSelector::dragSelectsRegion()
{
    QFETCH(double, ratio);
    const QSize logical(640, 400);
    const QImage shot = fakeScreenshot(logical, ratio, false);
    ScreenRegionSelector selector(shot);
    selector.resize(logical);
    selector.show();
    QVERIFY(QTest::qWaitForWindowExposed(&selector));
    QSignalSpy selected(&selector, &ScreenRegionSelector::selected);
    const QPoint from(100, 80);
    const QPoint to(300, 230);
    drag(&selector, from, to);
    QCOMPARE(selected.count(), 1);
    const QRect rect = selected.at(0).at(1).toRect();
    const QImage image = selected.at(0).at(0).value<QImage>();
    // In screenshot pixels: the logical corners times the ratio, within a pixel of rounding.
    QCOMPARE(rect.topLeft(), (QPointF(from) * ratio).toPoint());
    const QPoint end = (QPointF(to) * ratio).toPoint();
    QVERIFY2(std::abs(rect.right() - end.x()) <= std::ceil(ratio) &&
                 std::abs(rect.bottom() - end.y()) <= std::ceil(ratio),
             qPrintable(QStringLiteral("%1,%2 %3x%4")
                            .arg(rect.x())
                            .arg(rect.y())
                            .arg(rect.width())
                            .arg(rect.height())));
    QCOMPARE(image.size(), rect.size());
    QCOMPARE(image.convertToFormat(QImage::Format_RGB32),
             shot.copy(rect).convertToFormat(QImage::Format_RGB32));
    QTRY_VERIFY2(!selector.isVisible(), "the overlay goes once the choice is made");
}

void TestScreenRegionSelector::escapeCancels()
{
    ScreenRegionSelector selector(fakeScreenshot({400, 300}, 1, false));
    selector.resize(400, 300);
    selector.show();
    QVERIFY(QTest::qWaitForWindowExposed(&selector));
    QSignalSpy selected(&selector, &ScreenRegionSelector::selected);
    QSignalSpy cancelled(&selector, &ScreenRegionSelector::cancelled);
    QTest::mousePress(&selector, Qt::LeftButton, {}, QPoint(10, 10));
    QTest::mouseMove(&selector, QPoint(200, 200));
    QTest::keyClick(&selector, Qt::Key_Escape);
    QCOMPARE(cancelled.count(), 1);
    QCOMPARE(selected.count(), 0);
    QVERIFY(!selector.isVisible());
    // A release after the cancel must not pick anything.
    QTest::mouseRelease(&selector, Qt::LeftButton, {}, QPoint(200, 200));
    QCOMPARE(selected.count(), 0);
    QCOMPARE(cancelled.count(), 1);
}

void TestScreenRegionSelector::clickMeansWholeScreen()
{
    const QImage shot = fakeScreenshot({400, 300}, 2, false);
    ScreenRegionSelector selector(shot);
    selector.resize(400, 300);
    selector.show();
    QVERIFY(QTest::qWaitForWindowExposed(&selector));
    QSignalSpy selected(&selector, &ScreenRegionSelector::selected);
    QTest::mouseClick(&selector, Qt::LeftButton, {}, QPoint(150, 150));
    QCOMPARE(selected.count(), 1);
    QCOMPARE(selected.at(0).at(1).toRect(), QRect(0, 0, 800, 600));
    QCOMPARE(selected.at(0).at(0).value<QImage>().size(), QSize(800, 600));
}

void TestScreenRegionSelector::enterWithoutSelectionMeansWholeScreen()
{
    const QImage shot = fakeScreenshot({400, 300}, 1, false);
    ScreenRegionSelector selector(shot);
    selector.resize(400, 300);
    selector.show();
    QVERIFY(QTest::qWaitForWindowExposed(&selector));
    QSignalSpy selected(&selector, &ScreenRegionSelector::selected);
    QTest::keyClick(&selector, Qt::Key_Return);
    QCOMPARE(selected.count(), 1);
    QCOMPARE(selected.at(0).at(1).toRect(), shot.rect());
}

void TestScreenRegionSelector::enterWhileDraggingTakesTheRectangle()
{
    ScreenRegionSelector selector(fakeScreenshot({400, 300}, 1, false));
    selector.resize(400, 300);
    selector.show();
    QVERIFY(QTest::qWaitForWindowExposed(&selector));
    QSignalSpy selected(&selector, &ScreenRegionSelector::selected);
    QTest::mousePress(&selector, Qt::LeftButton, {}, QPoint(50, 40));
    QTest::mouseMove(&selector, QPoint(150, 120));
    QCOMPARE(selector.selection(), QRect(QPoint(50, 40), QPoint(150, 120)));
    QTest::keyClick(&selector, Qt::Key_Enter);
    QCOMPARE(selected.count(), 1);
    QCOMPARE(selected.at(0).at(1).toRect(), QRect(QPoint(50, 40), QPoint(150, 120)));
}

void TestScreenRegionSelector::regionDecodesOnlyItsCode()
{
    const QSize logical(800, 600);
    const QImage shot = fakeScreenshot(logical, 1, true);
    const auto decoded = scan::QrDecoder::decode(shot);
    QVERIFY2(decoded, qPrintable(decoded.error()));
    QCOMPARE(*decoded, (QStringList{kGitHub, kGoogle}));
    ScreenRegionSelector selector(shot);
    selector.resize(logical);
    selector.show();
    QVERIFY(QTest::qWaitForWindowExposed(&selector));
    QSignalSpy selected(&selector, &ScreenRegionSelector::selected);
    // Around the bottom-right code only.
    drag(&selector, QPoint(logical.width() - 230, logical.height() - 220),
         QPoint(logical.width() - 10, logical.height() - 10));
    QCOMPARE(selected.count(), 1);
    const auto region = scan::QrDecoder::decode(selected.at(0).at(0).value<QImage>());
    QVERIFY2(region, qPrintable(region.error()));
    QCOMPARE(*region, QStringList{kGoogle});
}

void TestScreenRegionSelector::addDialogScansARegion()
{
    ui::AddEntryDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QScreen* screen = dialog.screen();
    const QSize logical = screen->geometry().size();
    QSignalSpy finished(&dialog, &ui::AddEntryDialog::scanFinished);
    dialog.scanScreenshot(fakeScreenshot(logical, screen->devicePixelRatio(), true), screen);
    auto* selector = dialog.findChild<ScreenRegionSelector*>();
    QVERIFY(selector);
    QVERIFY2(dialog.isHidden(), "the dialog steps aside while the user picks");
    QVERIFY(QTest::qWaitForWindowExposed(selector));
    QCOMPARE(selector->size(), logical);
    // Around the top-left code (GitHub), leaving Google's out.
    drag(selector, QPoint(40, 100), QPoint(260, 320));
    QTRY_COMPARE(finished.count(), 1);
    QVERIFY(finished.at(0).at(0).toBool());
    QVERIFY(dialog.isVisible());
    QVERIFY2(dialog.parameters(), qPrintable(dialog.validationMessage()));
    QCOMPARE(dialog.parameters()->issuer(), QStringLiteral("GitHub"));
    QCOMPARE(dialog.findChild<QLineEdit*>(QStringLiteral("account"))->text(),
             QStringLiteral("alice@example.com"));
    QTRY_VERIFY2(dialog.findChild<ScreenRegionSelector*>() == nullptr,
                 "the overlay and its screenshot are gone");
}

void TestScreenRegionSelector::addDialogCancelComesBack()
{
    ui::AddEntryDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QScreen* screen = dialog.screen();
    QSignalSpy finished(&dialog, &ui::AddEntryDialog::scanFinished);
    dialog.scanScreenshot(fakeScreenshot(screen->geometry().size(), 1, true), screen);
    auto* selector = dialog.findChild<ScreenRegionSelector*>();
    QVERIFY(selector);
    QVERIFY(QTest::qWaitForWindowExposed(selector));
    QTest::keyClick(selector, Qt::Key_Escape);
    QVERIFY(dialog.isVisible());
    QVERIFY(!dialog.isScanning());
    QVERIFY(!dialog.parameters());
    QCOMPARE(finished.count(), 0);
}

void TestScreenRegionSelector::blankGrabIsRecognised()
{
    QImage black(1920, 1080, QImage::Format_RGB32);
    black.fill(Qt::black);
    QVERIFY(ui::ScreenCapture::looksBlank(black));
    QVERIFY(ui::ScreenCapture::looksBlank(QImage()));
    QVERIFY(!ui::ScreenCapture::looksBlank(fakeScreenshot({800, 600}, 1, true)));
    // One differing pixel on the sampling grid is enough to count as a real picture.
    black.setPixel(black.width() - 1, black.height() - 1, qRgb(255, 255, 255));
    QVERIFY(!ui::ScreenCapture::looksBlank(black));
}

void TestScreenRegionSelector::overlayLooksRight()
{
    const QSize logical(1280, 800);
    const QImage shot = fakeScreenshot(logical, 1, true);
    ScreenRegionSelector selector(shot);
    selector.resize(logical);
    selector.show();
    QVERIFY(QTest::qWaitForWindowExposed(&selector));
    QTest::mousePress(&selector, Qt::LeftButton, {}, QPoint(40, 100));
    QTest::mouseMove(&selector, QPoint(260, 320));
    const QImage grab = Screenshot::grab(&selector);
    // Outside the rectangle the screenshot is dimmed; inside it is shown as it was.
    const QPoint outside(logical.width() / 2, logical.height() / 2);
    QVERIFY2(qGray(grab.pixel(outside)) < qGray(shot.pixel(outside)), "outside is dimmed");
    const QPoint inside(150, 110);
    QCOMPARE(grab.pixel(inside), shot.pixel(inside));
    QTest::keyClick(&selector, Qt::Key_Escape);
}

QTEST_MAIN(TestScreenRegionSelector)
#include "tst_screenregionselector.moc"
