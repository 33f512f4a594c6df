// SPDX-License-Identifier: GPL-3.0-or-later
#include "AddEntryDialog.h"

#include "widgets/BackgroundWork.h"

#include "otp/Base32.h"
#include "otp/OtpAuthUri.h"
#include "scan/QrDecoder.h"
#include "scan/ScreenCapture.h"
#include "scan/ScreenRegionSelector.h"
#include "widgets/InlineMessage.h"

#ifdef TESSERA_HAVE_MULTIMEDIA
#include "scan/CameraScanDialog.h"

#include <QMediaDevices>
#endif

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPointer>
#include <QPushButton>
#include <QScreen>
#include <QSpinBox>
#include <QTimer>
#include <QVBoxLayout>

#include <chrono>

namespace tessera::ui {

namespace {

const QString kMigrationScheme = QStringLiteral("otpauth-migration:");
// Long enough for a window manager (and a compositor's fade) to take the dialog off the screen
// before the screen is read.
constexpr auto kStepAsideDelay = std::chrono::milliseconds(250);

} // namespace

AddEntryDialog::AddEntryDialog(QWidget* parent)
    : QDialog(parent), m_uri(new QLineEdit), m_found(new QListWidget), m_issuer(new QLineEdit),
      m_account(new QLineEdit), m_secret(new QLineEdit), m_type(new QComboBox),
      m_algorithm(new QComboBox), m_digits(new QSpinBox), m_period(new QSpinBox),
      m_counter(new QSpinBox), m_message(new QLabel),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel)), m_capture(new ScreenCapture(this))
{
    setObjectName(QStringLiteral("addEntryDialog"));
    setWindowTitle(tr("Add account"));
    setAcceptDrops(true);

    auto* scanBox = new QGroupBox(tr("Scan a QR code"));
    auto* scanLayout = new QVBoxLayout(scanBox);
    auto* hint = new QLabel(tr("Drop an image here, or read one from:"));
    hint->setForegroundRole(QPalette::PlaceholderText);
    auto* scanButtons = new QHBoxLayout;
    auto* fileButton = new QPushButton(tr("Image file…"));
    fileButton->setObjectName(QStringLiteral("scanFile"));
    m_firstScanButton = fileButton;
    auto* clipboardButton = new QPushButton(tr("Clipboard"));
    clipboardButton->setObjectName(QStringLiteral("scanClipboard"));
    auto* screenButton = new QPushButton(tr("Screen…"));
    screenButton->setObjectName(QStringLiteral("scanScreen"));
    screenButton->setToolTip(
        tr("Drag a rectangle around a QR code on the screen, or click to read the whole screen"));
    scanButtons->addWidget(fileButton);
    scanButtons->addWidget(clipboardButton);
    scanButtons->addWidget(screenButton);
#ifdef TESSERA_HAVE_MULTIMEDIA
    auto* cameraButton = new QPushButton(tr("Camera…"));
    cameraButton->setObjectName(QStringLiteral("scanCamera"));
    scanButtons->addWidget(cameraButton);
    setUpCameraButton(cameraButton);
#endif
    scanButtons->addStretch(1);
    m_found->setObjectName(QStringLiteral("foundCodes"));
    m_found->setAccessibleName(tr("Codes found"));
    m_found->setMaximumHeight(90);
    m_found->hide();
    scanLayout->addWidget(hint);
    scanLayout->addLayout(scanButtons);
    scanLayout->addWidget(m_found);

    m_uri->setObjectName(QStringLiteral("uri"));
    m_uri->setPlaceholderText(tr("otpauth://totp/…"));
    m_issuer->setObjectName(QStringLiteral("issuer"));
    m_issuer->setPlaceholderText(tr("e.g. GitHub"));
    m_account->setObjectName(QStringLiteral("account"));
    m_account->setPlaceholderText(tr("e.g. alice@example.com"));
    m_secret->setObjectName(QStringLiteral("secret"));
    m_secret->setPlaceholderText(tr("Base32, e.g. JBSW Y3DP EHPK 3PXP"));
    m_type->setObjectName(QStringLiteral("type"));
    m_type->addItem(tr("Time-based (TOTP)"), int(otp::OtpType::Totp));
    m_type->addItem(tr("Counter-based (HOTP)"), int(otp::OtpType::Hotp));
    m_type->addItem(tr("Steam Guard"), int(otp::OtpType::Steam));
    m_algorithm->setObjectName(QStringLiteral("algorithm"));
    for (const auto algorithm :
         {otp::HashAlgorithm::Sha1, otp::HashAlgorithm::Sha256, otp::HashAlgorithm::Sha512}) {
        m_algorithm->addItem(otp::algorithmName(algorithm), int(algorithm));
    }
    m_digits->setObjectName(QStringLiteral("digits"));
    m_digits->setRange(otp::kSteamDigits, otp::kMaxDigits);
    m_digits->setValue(otp::kDefaultDigits);
    m_period->setObjectName(QStringLiteral("period"));
    m_period->setRange(otp::kMinPeriod, otp::kMaxPeriod);
    m_period->setValue(otp::kDefaultPeriod);
    m_period->setSuffix(tr(" s"));
    m_counter->setObjectName(QStringLiteral("counter"));
    m_counter->setRange(0, std::numeric_limits<int>::max());

    auto* form = new QFormLayout;
    form->addRow(tr("&Link:"), m_uri);
    form->addRow(tr("&Issuer:"), m_issuer);
    form->addRow(tr("&Account:"), m_account);
    form->addRow(tr("&Secret:"), m_secret);
    form->addRow(tr("&Type:"), m_type);
    form->addRow(tr("A&lgorithm:"), m_algorithm);
    form->addRow(tr("&Digits:"), m_digits);
    form->addRow(tr("&Period:"), m_period);
    form->addRow(tr("&Counter:"), m_counter);

    m_message->setObjectName(QStringLiteral("validationMessage"));
    m_message->setWordWrap(true);
    m_message->setMinimumHeight(m_message->fontMetrics().height() * 2);
    m_message->setAlignment(Qt::AlignTop | Qt::AlignLeft);

    m_add = m_buttons->addButton(tr("&Add"), QDialogButtonBox::AcceptRole);
    m_add->setObjectName(QStringLiteral("addButton"));
    m_add->setDefault(true);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(scanBox);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    setMinimumWidth(460);

    connect(fileButton, &QPushButton::clicked, this, &AddEntryDialog::chooseFile);
    connect(clipboardButton, &QPushButton::clicked, this, &AddEntryDialog::scanClipboard);
    connect(screenButton, &QPushButton::clicked, this, &AddEntryDialog::scanScreen);
    connect(m_capture, &ScreenCapture::captured, this,
            [this](const QImage& screenshot, bool chooseRegion) {
                if (chooseRegion) {
                    scanScreenshot(screenshot, screen());
                    return;
                }
                show();
                scanImage(screenshot);
            });
    connect(m_capture, &ScreenCapture::cancelled, this, [this] {
        show();
        validate();
    });
    connect(m_capture, &ScreenCapture::failed, this, [this](const QString& message) {
        show();
        showMessage(message, true);
    });
    connect(m_found, &QListWidget::currentItemChanged, this, [this](QListWidgetItem* item) {
        if (item != nullptr) {
            useText(item->data(Qt::UserRole).toString());
        }
    });
    connect(m_uri, &QLineEdit::textChanged, this, [this](const QString& text) {
        if (!m_filling) {
            useText(text.trimmed());
        }
    });
    for (QLineEdit* edit : {m_issuer, m_account, m_secret}) {
        connect(edit, &QLineEdit::textChanged, this, &AddEntryDialog::validate);
    }
    for (QComboBox* box : {m_type, m_algorithm}) {
        connect(box, &QComboBox::currentIndexChanged, this, &AddEntryDialog::validate);
    }
    for (QSpinBox* box : {m_digits, m_period, m_counter}) {
        connect(box, &QSpinBox::valueChanged, this, &AddEntryDialog::validate);
    }
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (m_parameters) {
            accept();
        }
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    validate();
}

AddEntryDialog::~AddEntryDialog() = default;

std::optional<otp::OtpParameters> AddEntryDialog::parameters() const
{
    return m_parameters ? std::optional(m_parameters->clone()) : std::nullopt;
}

QString AddEntryDialog::validationMessage() const
{
    return m_message->text();
}

void AddEntryDialog::showMessage(const QString& message, bool isError)
{
    showInlineMessage(m_message, message, isError);
}

void AddEntryDialog::validate()
{
    if (m_filling) {
        return;
    }
    const auto type = otp::OtpType(m_type->currentData().toInt());
    const bool timeBased = type != otp::OtpType::Hotp;
    m_period->setEnabled(timeBased);
    m_counter->setEnabled(!timeBased);
    m_algorithm->setEnabled(type != otp::OtpType::Steam);
    m_digits->setEnabled(type != otp::OtpType::Steam);
    m_parameters.reset();
    if (m_secret->text().trimmed().isEmpty()) {
        m_add->setEnabled(false);
        showMessage(tr("Scan a code, paste a link, or type the secret the service gave you."),
                    false);
        return;
    }
    auto secret = otp::base32::decode(m_secret->text());
    if (!secret) {
        m_add->setEnabled(false);
        showMessage(secret.error(), true);
        return;
    }
    otp::OtpSpec spec;
    spec.type = type;
    spec.algorithm = otp::HashAlgorithm(m_algorithm->currentData().toInt());
    spec.digits = m_digits->value();
    spec.period = m_period->value();
    spec.counter = quint64(m_counter->value());
    spec.secret = std::move(*secret);
    spec.issuer = m_issuer->text().trimmed();
    spec.account = m_account->text().trimmed();
    auto parameters = otp::OtpParameters::create(std::move(spec));
    if (!parameters) {
        m_add->setEnabled(false);
        showMessage(parameters.error(), true);
        return;
    }
    m_parameters = std::move(*parameters);
    m_add->setEnabled(true);
    showMessage(tr("Ready to add. Nothing is saved until you press Add."), false);
}

void AddEntryDialog::fillFrom(const otp::OtpParameters& parameters)
{
    m_filling = true;
    m_issuer->setText(parameters.issuer());
    m_account->setText(parameters.account());
    m_secret->setText(otp::base32::encode(parameters.secret().span()));
    m_type->setCurrentIndex(m_type->findData(int(parameters.type())));
    m_algorithm->setCurrentIndex(m_algorithm->findData(int(parameters.algorithm())));
    m_digits->setValue(parameters.digits());
    m_period->setValue(parameters.period());
    m_counter->setValue(
        int(std::min<quint64>(parameters.counter(), quint64(m_counter->maximum()))));
    m_filling = false;
    validate();
}

void AddEntryDialog::useText(const QString& text)
{
    if (text.isEmpty()) {
        validate();
        return;
    }
    if (text.startsWith(kMigrationScheme, Qt::CaseInsensitive)) {
        m_parameters.reset();
        showMessage(tr("This is an export from Google Authenticator; its accounts open in the "
                       "import preview."),
                    false);
        emit migrationFound(text);
        return;
    }
    auto parameters = otp::otpauth::parse(text);
    if (!parameters) {
        showMessage(tr("The link is not usable: %1").arg(parameters.error()), true);
        return;
    }
    fillFrom(*parameters);
}

void AddEntryDialog::offerTexts(const QStringList& texts)
{
    m_found->clear();
    if (texts.isEmpty()) {
        m_found->hide();
        showMessage(tr("No QR code was found in the image."), true);
        return;
    }
    if (texts.size() == 1) {
        m_found->hide();
        useText(texts.constFirst());
        return;
    }
    for (const QString& text : texts) {
        // The list shows who each code is for, never its secret.
        const auto parameters = otp::otpauth::parse(text);
        auto* item = new QListWidgetItem(
            parameters ? QStringLiteral("%1 — %2").arg(parameters->issuer(), parameters->account())
            : text.startsWith(kMigrationScheme, Qt::CaseInsensitive)
                ? tr("Google Authenticator export")
                : tr("Not an account (%1…)").arg(text.left(24)),
            m_found);
        item->setData(Qt::UserRole, text);
    }
    m_found->show();
    showMessage(tr("%n codes found: pick the one to add.", nullptr, int(texts.size())), false);
}

void AddEntryDialog::focusScanning()
{
    m_firstScanButton->setFocus();
}

void AddEntryDialog::scanFile(const QString& path)
{
    decodeInBackground([path] { return scan::QrDecoder::decodeFile(path); });
}

void AddEntryDialog::scanImage(const QImage& image)
{
    decodeInBackground([image] { return scan::QrDecoder::decode(image); });
}

void AddEntryDialog::decodeInBackground(std::function<Expected<QStringList>()> decode)
{
    // A screen-sized image takes ZXing a few hundred milliseconds, far too long for the UI
    // thread; the dialog stays responsive and says what it is doing.
    ++m_scansRunning;
    showMessage(tr("Looking for QR codes…"), false);
    whenFinished(this, runInBackground(std::move(decode)),
                 [this](const Expected<QStringList>& texts) {
                     --m_scansRunning;
                     if (!texts) {
                         showMessage(texts.error(), true);
                     } else {
                         offerTexts(*texts);
                     }
                     emit scanFinished(texts.hasValue() && !texts->isEmpty());
                 });
}

void AddEntryDialog::chooseFile()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Scan QR code from image"), QString(),
                                     tr("Images (*.png *.jpg *.jpeg *.bmp *.gif *.webp *.svg)"));
    if (!path.isEmpty()) {
        scanFile(path);
    }
}

void AddEntryDialog::scanClipboard()
{
    const QImage image = QApplication::clipboard()->image();
    if (image.isNull()) {
        const QString text = QApplication::clipboard()->text().trimmed();
        if (text.startsWith(QStringLiteral("otpauth"), Qt::CaseInsensitive)) {
            m_uri->setText(text);
            return;
        }
        showMessage(tr("The clipboard holds no image and no otpauth:// link."), true);
        return;
    }
    scanImage(image);
}

void AddEntryDialog::scanScreen()
{
    if (m_capture->isActive()) {
        return;
    }
    // Our own dialog would hide codes behind it, so it steps aside while the screen is read.
    const QPointer<QScreen> screen = this->screen();
    showMessage(tr("Reading the screen…"), false);
    hide();
    QTimer::singleShot(kStepAsideDelay, this, [this, screen] { m_capture->capture(screen); });
}

void AddEntryDialog::scanScreenshot(const QImage& screenshot, QScreen* screen)
{
    // The dialog stays out of the way until a region is chosen; the overlay is its child, so
    // the dialog's modality does not block it.
    hide();
    auto* selector = new ScreenRegionSelector(screenshot, this);
    selector->setAttribute(Qt::WA_DeleteOnClose);
    connect(selector, &ScreenRegionSelector::selected, this, [this](const QImage& region) {
        show();
        scanImage(region);
    });
    connect(selector, &ScreenRegionSelector::cancelled, this, [this] {
        show();
        validate();
    });
    selector->showOn(screen);
}

void AddEntryDialog::setUpCameraButton([[maybe_unused]] QPushButton* button)
{
#ifdef TESSERA_HAVE_MULTIMEDIA
    // Cameras come and go (USB webcams); the button follows.
    auto* devices = new QMediaDevices(button);
    const auto update = [button] {
        const bool any = !QMediaDevices::videoInputs().isEmpty();
        button->setEnabled(any);
        button->setToolTip(any ? tr("Hold the QR code up to the camera") : tr("No camera found"));
    };
    connect(devices, &QMediaDevices::videoInputsChanged, button, update);
    connect(button, &QPushButton::clicked, this, &AddEntryDialog::scanCamera);
    update();
#endif
}

CameraScanDialog* AddEntryDialog::scanCamera()
{
#ifdef TESSERA_HAVE_MULTIMEDIA
    auto* camera = new CameraScanDialog(QMediaDevices::videoInputs(), this);
    camera->setAttribute(Qt::WA_DeleteOnClose);
    // The same path as every other source: one code fills the form, several make a list, and
    // a Google export goes to the import wizard.
    connect(camera, &CameraScanDialog::codesFound, this, &AddEntryDialog::offerTexts);
    camera->open();
    return camera;
#else
    return nullptr;
#endif
}

void AddEntryDialog::dragEnterEvent(QDragEnterEvent* event)
{
    if (event->mimeData()->hasUrls() || event->mimeData()->hasImage()) {
        event->acceptProposedAction();
    }
}

void AddEntryDialog::dropEvent(QDropEvent* event)
{
    const QMimeData* mime = event->mimeData();
    if (mime->hasImage()) {
        scanImage(qvariant_cast<QImage>(mime->imageData()));
    } else if (!mime->urls().isEmpty() && mime->urls().constFirst().isLocalFile()) {
        scanFile(mime->urls().constFirst().toLocalFile());
    }
    event->acceptProposedAction();
}

} // namespace tessera::ui
