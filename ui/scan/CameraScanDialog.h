// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCameraDevice>
#include <QDialog>
#include <QList>
#include <QMediaCaptureSession>

#include <memory>

class QCamera;
class QComboBox;
class QLabel;
class QStackedWidget;
class QVideoSink;
class QVideoWidget;

namespace tessera::ui {

class CameraFrameDecoder;

// Shows a camera's picture and reads QR codes from it (a phone's screen held up to a webcam, a
// printed recovery sheet). The first frame that holds accounts stops the camera and hands its
// texts on through codesFound(); nothing else is kept. With several cameras the user picks one;
// with none the dialog says so instead of showing a black picture.
class CameraScanDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CameraScanDialog)
public:
    // `cameras` is normally QMediaDevices::videoInputs().
    explicit CameraScanDialog(const QList<QCameraDevice>& cameras, QWidget* parent = nullptr);
    ~CameraScanDialog() override;

    QVideoSink* videoSink() const;
    CameraFrameDecoder& decoder() const { return *m_decoder; }
    QString statusText() const;
    bool isCameraActive() const;

signals:
    void codesFound(const QStringList& texts);

protected:
    void done(int result) override;

private:
    void startCamera(int index);
    void stopCamera();
    void showStatus(const QString& text, bool isError);

    QList<QCameraDevice> m_cameras;
    QMediaCaptureSession m_session;
    std::unique_ptr<QCamera> m_camera;
    QComboBox* m_choice = nullptr;
    QStackedWidget* m_stack = nullptr;
    QVideoWidget* m_video = nullptr;
    QLabel* m_status = nullptr;
    CameraFrameDecoder* m_decoder = nullptr;
};

} // namespace tessera::ui
