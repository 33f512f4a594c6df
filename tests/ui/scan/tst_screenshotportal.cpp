// SPDX-License-Identifier: GPL-3.0-or-later
// The Wayland screenshot path, for real over D-Bus: a private bus daemon, a fake
// org.freedesktop.portal.Desktop on a second connection, and ScreenshotPortal on a first.
#include "PrivateBus.h"

#include "authenticator/AddEntryDialog.h"
#include "scan/QrDecoder.h"
#include "scan/QrEncoder.h"
#include "scan/ScreenCapture.h"
#include "scan/ScreenRegionSelector.h"
#include "scan/ScreenshotPortal.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusContext>
#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QFile>
#include <QPainter>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUrl>

using namespace tessera;
using ui::ScreenshotPortal;

namespace {

const QString kPortalService = QStringLiteral("org.freedesktop.portal.Desktop");
const QString kPortalPath = QStringLiteral("/org/freedesktop/portal/desktop");
const QString kUri =
    QStringLiteral("otpauth://totp/GitHub:alice@example.com?secret=JBSWY3DPEHPK3PXP");

// What xdg-desktop-portal does with a Screenshot call, scripted: answer on the request path the
// spec derives from the caller's name and token (or on one of its own), with a chosen response.
class FakeScreenshotPortal : public QObject, protected QDBusContext
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.portal.Screenshot")
public:
    enum class Answer
    {
        // The Response signal goes out before the method returns, as a fast portal may do: only
        // a caller that subscribed before calling sees it.
        BeforeReturning,
        // The handle returned is the portal's own path (portals before 0.9), answered later.
        OnOwnPath,
        Never
    };

    explicit FakeScreenshotPortal(QDBusConnection bus) : m_bus(std::move(bus)) {}

    Answer answer = Answer::BeforeReturning;
    uint response = 0;
    QString uri;
    int calls = 0;
    QString parentWindow;
    QVariantMap options;

public slots:
    QDBusObjectPath Screenshot(const QString& parent, const QVariantMap& callOptions)
    {
        ++calls;
        parentWindow = parent;
        options = callOptions;
        // The spec's path, computed here independently of the code under test.
        QString sender = message().service().mid(1);
        sender.replace(QLatin1Char('.'), QLatin1Char('_'));
        const QString expected =
            QStringLiteral("/org/freedesktop/portal/desktop/request/%1/%2")
                .arg(sender, callOptions.value(QStringLiteral("handle_token")).toString());
        switch (answer) {
        case Answer::BeforeReturning:
            respond(expected);
            return QDBusObjectPath(expected);
        case Answer::OnOwnPath: {
            const QString own =
                QStringLiteral("/org/freedesktop/portal/desktop/request/own/r%1").arg(calls);
            // Later than the reply, as such a portal would: after the user has chosen.
            QTimer::singleShot(50, this, [this, own] { respond(own); });
            return QDBusObjectPath(own);
        }
        case Answer::Never:
            break;
        }
        return QDBusObjectPath(expected);
    }

private:
    void respond(const QString& path)
    {
        QDBusMessage signal = QDBusMessage::createSignal(
            path, QStringLiteral("org.freedesktop.portal.Request"), QStringLiteral("Response"));
        QVariantMap results;
        if (response == 0) {
            results.insert(QStringLiteral("uri"), uri);
        }
        signal << response << results;
        m_bus.send(signal);
    }

    QDBusConnection m_bus;
};

} // namespace

class TestScreenshotPortal : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void requestPathFollowsTheSpec();
    void screenshotDecodes_data();
    void screenshotDecodes();
    void cancelIsNotAnError();
    void portalErrorSaysWhatToDo();
    void noPortalOnTheBus();
    void unreadableFileIsReported();
    void silentPortalTimesOut();
    void addDialogFallsBackToThePortal();

private:
    std::unique_ptr<test::PrivateBus> m_bus;
    std::unique_ptr<FakeScreenshotPortal> m_fake;
    QTemporaryDir m_files;
    QString m_pngUri;
    int m_round = 0;
    QString m_clientName;
    QString m_portalName;

    QDBusConnection client() const { return QDBusConnection(m_clientName); }
    void registerFake();
};

void TestScreenshotPortal::initTestCase()
{
    if (!test::PrivateBus::daemonInstalled()) {
        QSKIP("dbus-daemon is not installed (Debian: apt install dbus-daemon; scripts/setup "
              "--test installs it)");
    }
    QVERIFY(m_files.isValid());
    const QString png = m_files.filePath(QStringLiteral("Screenshot.png"));
    // A desktop-sized picture with the code off-centre, as a portal would hand over.
    QImage screen(1280, 800, QImage::Format_RGB32);
    screen.fill(QColor(0x2e, 0x34, 0x40));
    const auto code = scan::QrEncoder::toImage(kUri, 5);
    QVERIFY(code.hasValue());
    {
        QPainter painter(&screen);
        painter.drawImage(QPoint(700, 260), *code);
    }
    QVERIFY(screen.save(png));
    m_pngUri = QUrl::fromLocalFile(png).toString();
}

void TestScreenshotPortal::init()
{
    m_bus = std::make_unique<test::PrivateBus>();
    const QString error = m_bus->start();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    ++m_round;
    m_clientName = QStringLiteral("client%1").arg(m_round);
    m_portalName = QStringLiteral("portal%1").arg(m_round);
    QVERIFY(QDBusConnection::connectToBus(m_bus->address(), m_clientName).isConnected());
    QDBusConnection portal = QDBusConnection::connectToBus(m_bus->address(), m_portalName);
    QVERIFY(portal.isConnected());
    m_fake = std::make_unique<FakeScreenshotPortal>(portal);
    m_fake->uri = m_pngUri;
}

void TestScreenshotPortal::registerFake()
{
    QDBusConnection portal(m_portalName);
    QVERIFY(portal.registerObject(kPortalPath, m_fake.get(), QDBusConnection::ExportAllSlots));
    QVERIFY(portal.registerService(kPortalService));
}

void TestScreenshotPortal::cleanup()
{
    m_fake.reset();
    QDBusConnection::disconnectFromBus(m_clientName);
    QDBusConnection::disconnectFromBus(m_portalName);
    m_bus.reset();
}

void TestScreenshotPortal::requestPathFollowsTheSpec()
{
    QCOMPARE(ScreenshotPortal::requestPath(QStringLiteral(":1.42"), QStringLiteral("tok7")),
             QStringLiteral("/org/freedesktop/portal/desktop/request/1_42/tok7"));
}

void TestScreenshotPortal::screenshotDecodes_data()
{
    QTest::addColumn<FakeScreenshotPortal::Answer>("answer");
    QTest::newRow("answer on the expected path before the call returns")
        << FakeScreenshotPortal::Answer::BeforeReturning;
    QTest::newRow("answer on the portal's own path") << FakeScreenshotPortal::Answer::OnOwnPath;
}

void TestScreenshotPortal::screenshotDecodes()
{
    QFETCH(FakeScreenshotPortal::Answer, answer);
    registerFake();
    m_fake->answer = answer;
    ScreenshotPortal portal(client());
    QSignalSpy finished(&portal, &ScreenshotPortal::finished);
    QSignalSpy failed(&portal, &ScreenshotPortal::failed);
    QSignalSpy cancelled(&portal, &ScreenshotPortal::cancelled);
    portal.request();
    QVERIFY(portal.isActive());
    QTRY_COMPARE(finished.count() + failed.count() + cancelled.count(), 1);
    QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.at(0).at(0).toString()));
    QCOMPARE(finished.count(), 1);
    QVERIFY(!portal.isActive());
    QCOMPARE(m_fake->calls, 1);
    QCOMPARE(m_fake->parentWindow, QString());
    QVERIFY2(m_fake->options.value(QStringLiteral("interactive")).toBool(),
             "the user picks what to share in the desktop's own tool");
    QVERIFY(!m_fake->options.value(QStringLiteral("handle_token")).toString().isEmpty());
    const QImage image = finished.at(0).at(0).value<QImage>();
    QCOMPARE(image.size(), QSize(1280, 800));
    const auto decoded = scan::QrDecoder::decode(image);
    QVERIFY2(decoded, qPrintable(decoded.error()));
    QCOMPARE(*decoded, QStringList{kUri});
    QVERIFY2(QFile::exists(QUrl(m_pngUri).toLocalFile()), "the portal's file is left alone");
}

void TestScreenshotPortal::cancelIsNotAnError()
{
    registerFake();
    m_fake->response = 1;
    ScreenshotPortal portal(client());
    QSignalSpy cancelled(&portal, &ScreenshotPortal::cancelled);
    QSignalSpy failed(&portal, &ScreenshotPortal::failed);
    QSignalSpy finished(&portal, &ScreenshotPortal::finished);
    portal.request();
    QTRY_COMPARE(cancelled.count(), 1);
    QCOMPARE(failed.count(), 0);
    QCOMPARE(finished.count(), 0);
}

void TestScreenshotPortal::portalErrorSaysWhatToDo()
{
    registerFake();
    m_fake->response = 2;
    ScreenshotPortal portal(client());
    QSignalSpy failed(&portal, &ScreenshotPortal::failed);
    QSignalSpy cancelled(&portal, &ScreenshotPortal::cancelled);
    portal.request();
    QTRY_COMPARE(failed.count(), 1);
    const QString message = failed.at(0).at(0).toString();
    QVERIFY2(message.contains(QStringLiteral("privacy settings")) &&
                 message.contains(QStringLiteral("scan the file")),
             qPrintable(message));
    QCOMPARE(cancelled.count(), 0);
}

void TestScreenshotPortal::noPortalOnTheBus()
{
    // Nothing registered, and the private bus activates nothing.
    QVERIFY(!client().interface()->isServiceRegistered(kPortalService));
    ScreenshotPortal portal(client());
    QSignalSpy failed(&portal, &ScreenshotPortal::failed);
    portal.request();
    QTRY_COMPARE(failed.count(), 1);
    const QString message = failed.at(0).at(0).toString();
    QVERIFY2(message.contains(QStringLiteral("xdg-desktop-portal")), qPrintable(message));
    QVERIFY(!portal.isActive());
}

void TestScreenshotPortal::unreadableFileIsReported()
{
    registerFake();
    m_fake->uri = QUrl::fromLocalFile(m_files.filePath(QStringLiteral("gone.png"))).toString();
    ScreenshotPortal portal(client());
    QSignalSpy failed(&portal, &ScreenshotPortal::failed);
    portal.request();
    QTRY_COMPARE(failed.count(), 1);
    QVERIFY2(failed.at(0).at(0).toString().contains(QStringLiteral("gone.png")),
             qPrintable(failed.at(0).at(0).toString()));
}

void TestScreenshotPortal::silentPortalTimesOut()
{
    registerFake();
    m_fake->answer = FakeScreenshotPortal::Answer::Never;
    ScreenshotPortal portal(client());
    portal.setTimeout(std::chrono::milliseconds(200));
    QSignalSpy failed(&portal, &ScreenshotPortal::failed);
    portal.request();
    QTRY_COMPARE(failed.count(), 1);
    QVERIFY2(failed.at(0).at(0).toString().contains(QStringLiteral("in time")),
             qPrintable(failed.at(0).at(0).toString()));
    QCOMPARE(m_fake->calls, 1);
}

void TestScreenshotPortal::addDialogFallsBackToThePortal()
{
    // The add dialog asks the session bus; this test's private bus becomes it, which holds only
    // while nothing in this process has opened the session bus yet.
    qputenv("DBUS_SESSION_BUS_ADDRESS", m_bus->address().toUtf8());
    registerFake();
    QVERIFY2(QDBusConnection::sessionBus().interface()->isServiceRegistered(kPortalService),
             "the session bus is this test's private bus");
    // A grab that comes back black, as some X11 setups give, sends the dialog to the portal.
    ui::AddEntryDialog dialog;
    dialog.screenCapture().setGrabber([](QScreen*) {
        QImage black(1280, 800, QImage::Format_RGB32);
        black.fill(Qt::black);
        return black;
    });
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QSignalSpy finished(&dialog, &ui::AddEntryDialog::scanFinished);
    dialog.scanScreen();
    QVERIFY2(dialog.isHidden(), "the dialog steps aside for the screenshot");
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(m_fake->calls, 1);
    QVERIFY2(dialog.findChild<ui::ScreenRegionSelector*>() == nullptr,
             "the desktop's tool already chose what to share: no second overlay");
    QVERIFY(dialog.isVisible());
    QVERIFY2(dialog.parameters(), qPrintable(dialog.validationMessage()));
    QCOMPARE(dialog.parameters()->issuer(), QStringLiteral("GitHub"));
    QVERIFY2(dialog.findChild<ui::ScreenshotPortal*>() == nullptr ||
                 !dialog.findChild<ui::ScreenshotPortal*>()->isActive(),
             "the request is over");
    // A cancel in the desktop's tool brings the dialog back without an error.
    m_fake->response = 1;
    dialog.scanScreen();
    QTRY_COMPARE(m_fake->calls, 2);
    QTRY_VERIFY(dialog.isVisible());
    QVERIFY2(!dialog.validationMessage().contains(QStringLiteral("portal")),
             qPrintable(dialog.validationMessage()));
    QDBusConnection::disconnectFromBus(QDBusConnection::sessionBus().name());
}

QTEST_MAIN(TestScreenshotPortal)
#include "tst_screenshotportal.moc"
