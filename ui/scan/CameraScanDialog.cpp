// SPDX-License-Identifier: GPL-3.0-or-later
#include "CameraScanDialog.h"

#include "CameraFrameDecoder.h"
#include "widgets/EmptyState.h"
#include "widgets/InlineMessage.h"
#include "widgets/SymbolicIconEngine.h"

#include <QCamera>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QStackedWidget>
#include <QVBoxLayout>
#include <QVideoSink>
#include <QVideoWidget>

namespace tessera::ui {

CameraScanDialog::CameraScanDialog(const QList<QCameraDevice>& cameras, QWidget* parent)
    : QDialog(parent), m_cameras(cameras), m_choice(new QComboBox), m_stack(new QStackedWidget),
      m_video(new QVideoWidget), m_status(new QLabel), m_decoder(new CameraFrameDecoder(this))
{
    setObjectName(QStringLiteral("cameraScanDialog"));
    setWindowTitle(tr("Scan with the camera"));

    m_choice->setObjectName(QStringLiteral("cameraChoice"));
    for (const QCameraDevice& camera : m_cameras) {
        m_choice->addItem(camera.description());
    }
    auto* choiceRow = new QFormLayout;
    choiceRow->addRow(tr("&Camera:"), m_choice);
    // A choice of one is no choice.
    m_choice->setVisible(m_cameras.size() > 1);
    choiceRow->labelForField(m_choice)->setVisible(m_cameras.size() > 1);

    m_video->setObjectName(QStringLiteral("cameraView"));
    m_video->setMinimumSize(480, 360);
    m_video->setAspectRatioMode(Qt::KeepAspectRatio);
    auto* empty = new EmptyState(
        SymbolicIconEngine::icon(QStringLiteral(":/icons/authenticator.svg"),
                                 QPalette::PlaceholderText),
        tr("No camera found"),
        tr("Connect a camera and open this again, or scan the code from the screen or an image "
           "file instead."));
    empty->setObjectName(QStringLiteral("noCamera"));
    m_stack->addWidget(m_video);
    m_stack->addWidget(empty);

    m_status->setObjectName(QStringLiteral("cameraStatus"));
    m_status->setWordWrap(true);
    m_status->setMinimumHeight(m_status->fontMetrics().height() * 2);
    m_status->setAlignment(Qt::AlignTop | Qt::AlignLeft);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(choiceRow);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    m_session.setVideoOutput(m_video);
    connect(m_video->videoSink(), &QVideoSink::videoFrameChanged, m_decoder,
            &CameraFrameDecoder::offer);
    connect(m_decoder, &CameraFrameDecoder::accountsFound, this, [this](const QStringList& texts) {
        stopCamera();
        emit codesFound(texts);
        accept();
    });
    connect(m_decoder, &CameraFrameDecoder::otherCodeSeen, this, [this] {
        showStatus(tr("That QR code holds no account. Hold up the code the service shows for "
                      "two-factor authentication."),
                   false);
    });
    connect(m_choice, &QComboBox::currentIndexChanged, this, &CameraScanDialog::startCamera);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    if (m_cameras.isEmpty()) {
        m_stack->setCurrentWidget(empty);
        showStatus(QString(), false);
        return;
    }
    int preferred = 0;
    for (int i = 0; i < m_cameras.size(); ++i) {
        if (m_cameras.at(i).isDefault()) {
            preferred = i;
        }
    }
    m_choice->setCurrentIndex(preferred);
    if (m_camera == nullptr) {
        startCamera(preferred); // the index did not change, so no signal started it
    }
}

CameraScanDialog::~CameraScanDialog()
{
    stopCamera();
}

QVideoSink* CameraScanDialog::videoSink() const
{
    return m_video->videoSink();
}

QString CameraScanDialog::statusText() const
{
    return m_status->text();
}

bool CameraScanDialog::isCameraActive() const
{
    return m_camera != nullptr && m_camera->isActive();
}

void CameraScanDialog::startCamera(int index)
{
    stopCamera();
    if (index < 0 || index >= m_cameras.size()) {
        return;
    }
    m_camera = std::make_unique<QCamera>(m_cameras.at(index));
    connect(m_camera.get(), &QCamera::errorOccurred, this,
            [this](QCamera::Error, const QString& message) {
                showStatus(tr("The camera cannot be used: %1. Close other applications that may "
                              "be using it, and check that Tessera may use the camera (on Linux, "
                              "membership of the 'video' group; in a sandbox, the camera "
                              "permission).")
                               .arg(message),
                           true);
            });
    m_session.setCamera(m_camera.get());
    m_decoder->restart();
    showStatus(tr("Hold the QR code up to the camera. Nothing is saved until you confirm."), false);
    m_camera->start();
}

void CameraScanDialog::stopCamera()
{
    if (m_camera == nullptr) {
        return;
    }
    m_camera->stop();
    m_session.setCamera(nullptr);
    m_camera.reset();
}

void CameraScanDialog::done(int result)
{
    stopCamera();
    QDialog::done(result);
}

void CameraScanDialog::showStatus(const QString& text, bool isError)
{
    showInlineMessage(m_status, text, isError);
}

} // namespace tessera::ui
