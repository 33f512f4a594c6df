// SPDX-License-Identifier: GPL-3.0-or-later
// The camera's frame path without a camera: video frames built from images (as RGB and as the
// NV12 webcams send) go through the sampler and decoder, and into the add dialog; and the
// dialog's state when the machine has no camera.
#include "authenticator/AddEntryDialog.h"
#include "scan/CameraFrameDecoder.h"
#include "scan/CameraScanDialog.h"
#include "scan/QrEncoder.h"
#include "widgets/EmptyState.h"

#include <QLineEdit>
#include <QMediaDevices>
#include <QPainter>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTest>
#include <QVideoFrame>
#include <QVideoFrameFormat>
#include <QVideoSink>

#include <cstring>

using namespace tessera;
using ui::CameraFrameDecoder;
using namespace std::chrono_literals;

namespace {

const QString kGitHub =
    QStringLiteral("otpauth://totp/GitHub:alice@example.com?secret=JBSWY3DPEHPK3PXP");
const QString kMigration = QStringLiteral(
    "otpauth-migration://"
    "offline?data=CjEKCkhlbGxvId6tvu8SGGFsaWNlQGV4YW1wbGUuY29tGgdFeGFtcGxlIAEoATACEAEYASAA");
const QString kWebLink = QStringLiteral("https://example.com/welcome");

// A camera-sized picture with `text` as a QR code in the middle (or none).
QImage cameraPicture(const QString& text)
{
    QImage picture(640, 480, QImage::Format_ARGB32);
    picture.fill(QColor(0x8a, 0x84, 0x7a));
    if (!text.isEmpty()) {
        const QImage code = *scan::QrEncoder::toImage(text, 6);
        QPainter painter(&picture);
        painter.drawImage(QPoint((640 - code.width()) / 2, (480 - code.height()) / 2), code);
    }
    return picture;
}

QVideoFrame bgraFrame(const QImage& picture)
{
    const QImage argb = picture.convertToFormat(QImage::Format_ARGB32);
    const auto pixelFormat = QVideoFrameFormat::pixelFormatFromImageFormat(argb.format());
    QVideoFrame frame(QVideoFrameFormat(argb.size(), pixelFormat));
    if (!frame.map(QVideoFrame::WriteOnly)) {
        return {};
    }
    for (int y = 0; y < argb.height(); ++y) {
        std::memcpy(frame.bits(0) + y * frame.bytesPerLine(0), argb.constScanLine(y),
                    std::size_t(argb.width()) * 4);
    }
    frame.unmap();
    return frame;
}

// NV12, as most webcams deliver: a full-size luma plane and a half-size interleaved chroma
// plane. The picture is grey, so chroma is neutral and luma is video-range grey.
QVideoFrame nv12Frame(const QImage& picture)
{
    const QImage grey = picture.convertToFormat(QImage::Format_Grayscale8);
    QVideoFrame frame(QVideoFrameFormat(grey.size(), QVideoFrameFormat::Format_NV12));
    if (!frame.map(QVideoFrame::WriteOnly)) {
        return {};
    }
    for (int y = 0; y < grey.height(); ++y) {
        uchar* luma = frame.bits(0) + y * frame.bytesPerLine(0);
        const uchar* source = grey.constScanLine(y);
        for (int x = 0; x < grey.width(); ++x) {
            luma[x] = uchar(16 + source[x] * 219 / 255);
        }
    }
    for (int y = 0; y < grey.height() / 2; ++y) {
        std::memset(frame.bits(1) + y * frame.bytesPerLine(1), 128, std::size_t(grey.width()));
    }
    frame.unmap();
    return frame;
}

// A clock the test moves by hand.
struct ManualClock
{
    std::chrono::milliseconds now{1000};
    CameraFrameDecoder::Clock function()
    {
        return [this] { return now; };
    }
};

} // namespace

class TestCameraScan : public QObject
{
    Q_OBJECT

private slots:
    void frameDecodes_data();
    void frameDecodes();
    void samplesAFewFramesASecondOneAtATime();
    void stopsAtTheFirstFrameWithAccounts();
    void otherCodesAreNotAccounts();
    void cameraFrameFillsTheAddDialog();
    void migrationFromCameraGoesToImport();
    void noCameraShowsWhy();
    void cameraButtonFollowsTheDevices();
};

void TestCameraScan::frameDecodes_data()
{
    QTest::addColumn<QVideoFrame>("frame");
    QTest::newRow("BGRA frame") << bgraFrame(cameraPicture(kGitHub));
    QTest::newRow("NV12 frame, as webcams send") << nv12Frame(cameraPicture(kGitHub));
}

void TestCameraScan::frameDecodes()
{
    QFETCH(QVideoFrame, frame);
    QVERIFY(frame.isValid());
    CameraFrameDecoder decoder;
    QSignalSpy found(&decoder, &CameraFrameDecoder::accountsFound);
    QVERIFY(decoder.offer(frame));
    QVERIFY2(decoder.isBusy(), "decoding runs off the UI thread");
    QTRY_COMPARE(found.count(), 1);
    QCOMPARE(found.at(0).at(0).toStringList(), QStringList{kGitHub});
}

void TestCameraScan::samplesAFewFramesASecondOneAtATime()
{
    ManualClock clock;
    CameraFrameDecoder decoder(nullptr, clock.function());
    const QVideoFrame empty = bgraFrame(cameraPicture(QString()));
    QVERIFY(decoder.offer(empty));
    QVERIFY2(!decoder.offer(empty), "a frame during a decode is dropped, not queued");
    clock.now += 1s;
    QVERIFY2(!decoder.offer(empty), "still dropped while the first decode runs, however late");
    QTRY_VERIFY(!decoder.isBusy());
    QCOMPARE(decoder.framesDecoded(), 1);
    clock.now += 10ms;
    // The last sample was taken 1 s ago, so the next frame is due.
    QVERIFY(decoder.offer(empty));
    QTRY_VERIFY(!decoder.isBusy());
    clock.now += CameraFrameDecoder::kMinInterval - 1ms;
    QVERIFY2(!decoder.offer(empty), "at most one frame per interval");
    clock.now += 1ms;
    QVERIFY(decoder.offer(empty));
    QTRY_VERIFY(!decoder.isBusy());
    QCOMPARE(decoder.framesDecoded(), 3);
    QVERIFY(CameraFrameDecoder::kMinInterval >= 200ms); // no more than 5 frames a second
}

void TestCameraScan::stopsAtTheFirstFrameWithAccounts()
{
    ManualClock clock;
    CameraFrameDecoder decoder(nullptr, clock.function());
    QSignalSpy found(&decoder, &CameraFrameDecoder::accountsFound);
    QVERIFY(decoder.offer(bgraFrame(cameraPicture(kGitHub))));
    QTRY_COMPARE(found.count(), 1);
    QVERIFY(decoder.isDone());
    clock.now += 1s;
    QVERIFY2(!decoder.offer(bgraFrame(cameraPicture(kGitHub))), "done until restarted");
    decoder.restart();
    QVERIFY(decoder.offer(bgraFrame(cameraPicture(kGitHub))));
    QTRY_COMPARE(found.count(), 2);
}

void TestCameraScan::otherCodesAreNotAccounts()
{
    CameraFrameDecoder decoder;
    QSignalSpy found(&decoder, &CameraFrameDecoder::accountsFound);
    QSignalSpy other(&decoder, &CameraFrameDecoder::otherCodeSeen);
    QVERIFY(decoder.offer(bgraFrame(cameraPicture(kWebLink))));
    QTRY_COMPARE(other.count(), 1);
    QCOMPARE(found.count(), 0);
    QVERIFY2(!decoder.isDone(), "keeps looking for an account");
}

void TestCameraScan::cameraFrameFillsTheAddDialog()
{
    ui::AddEntryDialog dialog;
    dialog.show();
    // The view deletes itself when it closes, which it does after the first account.
    QPointer<ui::CameraScanDialog> camera = dialog.scanCamera();
    QVERIFY(camera);
    QSignalSpy codes(camera.data(), &ui::CameraScanDialog::codesFound);
    // What the camera would do: a new frame in the view's sink.
    camera->videoSink()->setVideoFrame(nv12Frame(cameraPicture(kGitHub)));
    QTRY_COMPARE(codes.count(), 1);
    QVERIFY2(dialog.parameters(), qPrintable(dialog.validationMessage()));
    QCOMPARE(dialog.parameters()->issuer(), QStringLiteral("GitHub"));
    QCOMPARE(dialog.findChild<QLineEdit*>(QStringLiteral("account"))->text(),
             QStringLiteral("alice@example.com"));
    QVERIFY2(camera.isNull() || !camera->isCameraActive(), "the camera stops at the first account");
    QTRY_VERIFY2(dialog.findChild<ui::CameraScanDialog*>() == nullptr, "the camera view closes");
    QVERIFY(camera.isNull());
}

void TestCameraScan::migrationFromCameraGoesToImport()
{
    ui::AddEntryDialog dialog;
    QSignalSpy migration(&dialog, &ui::AddEntryDialog::migrationFound);
    ui::CameraScanDialog* camera = dialog.scanCamera();
    QVERIFY(camera);
    camera->videoSink()->setVideoFrame(bgraFrame(cameraPicture(kMigration)));
    QTRY_COMPARE(migration.count(), 1);
    QCOMPARE(migration.at(0).at(0).toString(), kMigration);
    QVERIFY(!dialog.parameters());
}

void TestCameraScan::noCameraShowsWhy()
{
    ui::CameraScanDialog camera({});
    auto* stack = camera.findChild<QStackedWidget*>();
    QVERIFY(stack);
    auto* empty = qobject_cast<ui::EmptyState*>(stack->currentWidget());
    QVERIFY2(empty, "an explanation, not a black picture");
    QCOMPARE(empty->title(), QStringLiteral("No camera found"));
    QVERIFY(!camera.isCameraActive());
}

void TestCameraScan::cameraButtonFollowsTheDevices()
{
    ui::AddEntryDialog dialog;
    auto* button = dialog.findChild<QPushButton*>(QStringLiteral("scanCamera"));
    QVERIFY2(button, "builds with Qt Multimedia offer the camera");
    const bool haveCamera = !QMediaDevices::videoInputs().isEmpty();
    QCOMPARE(button->isEnabled(), haveCamera);
    if (!haveCamera) {
        QCOMPARE(button->toolTip(), QStringLiteral("No camera found"));
    }
}

QTEST_MAIN(TestCameraScan)
#include "tst_camerascan.moc"
