// SPDX-License-Identifier: GPL-3.0-or-later
// Authenticator window benchmark, with 1,000 and 10,000 entries: launch to first painted codes
// (the KDF reported apart), CPU used while idle with codes visible, resident memory, and the
// longest stall of the UI thread during unlock, search, scrolling and scan, and the cost of one
// 1 Hz tick with its repaint. One entry in four has an issuer the bundled icons know. Each size
// runs in its own child process, so memory figures are not inflated by the run before. Prints a
// Markdown table.
//
//   bench_ui [--idle-seconds S]        run both sizes (S defaults to 60) and print the table
//   bench_ui --entries N [--idle-seconds S]   one size, one "key=value" line (used by the above)
//
// Run it on a display (xvfb-run works); without one it falls back to the offscreen platform.
#include "authenticator/AddEntryDialog.h"
#include "authenticator/AuthenticatorPage.h"
#include "authenticator/TokenListModel.h"
#include "authenticator/VaultSession.h"
#include "crypto/CryptoInit.h"
#include "crypto/Random.h"
#include "crypto/Scrypt.h"
#include "scan/QrEncoder.h"
#include "shell/MainWindow.h"
#include "vault/VaultFile.h"
#include "UiBenchSupport.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QLineEdit>
#include <QListView>
#include <QPainter>
#include <QProcess>
#include <QPushButton>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <sys/resource.h>

#include <algorithm>
#include <array>
#include <cstdio>
#include <cstdlib>
#include <map>

using namespace tessera;
using bench::runFor;
using bench::StallMeter;
using bench::waitUntil;

namespace {

const auto kPassword = QStringLiteral("benchmark password");

vault::Vault makeVault(int entries)
{
    vault::Vault content;
    for (int i = 0; i < entries; ++i) {
        otp::OtpSpec spec;
        spec.type = i % 50 == 0 ? otp::OtpType::Hotp : otp::OtpType::Totp;
        spec.secret = crypto::randomSecret(20);
        // One in four a service the bundled icons know, the rest unknown (initials).
        static const std::array<const char*, 8> kKnown{
            "GitHub", "Google", "Proton", "Steam", "Dropbox", "Cloudflare", "PayPal", "Bitwarden"};
        spec.issuer = i % 4 == 0 ? QString::fromLatin1(kKnown[std::size_t(i / 4) % kKnown.size()])
                                 : QStringLiteral("Issuer %1").arg(i % 500);
        spec.account = QStringLiteral("user%1@example.com").arg(i);
        auto parameters = otp::OtpParameters::create(std::move(spec));
        Q_ASSERT(parameters.hasValue());
        content.addEntry(vault::Entry(std::move(parameters).value()));
    }
    return content;
}

double cpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
           double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

// VmRSS or VmHWM from /proc/self/status, in MiB.
double memoryMiB(const char* field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly)) {
        return -1;
    }
    const QByteArray prefix = QByteArray(field) + ':';
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith(prefix)) {
            return line.mid(prefix.size()).trimmed().split(' ').constFirst().toDouble() / 1024.0;
        }
    }
    return -1;
}

// Notes when the list viewport has finished its first paint with rows in it.
class PaintProbe : public QObject
{
public:
    explicit PaintProbe(ui::AuthenticatorPage& page) : m_page(page) {}
    bool painted = false;
    QElapsedTimer* clock = nullptr;
    qint64 paintedAtNs = 0;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint && !painted && m_page.model() != nullptr &&
            m_page.model()->rowCount() > 0) {
            // Timed on the next turn of the loop, after the paint and the flush to the screen.
            QTimer::singleShot(0, this, [this] {
                if (!painted) {
                    painted = true;
                    paintedAtNs = clock->nsecsElapsed();
                }
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    ui::AuthenticatorPage& m_page;
};

// A screen-sized image with one QR code in it, as "scan the whole screen" sees.
QString writeScreenImage(const QTemporaryDir& dir)
{
    QImage screen(2560, 1440, QImage::Format_RGB32);
    screen.fill(QColor(0xf0, 0xf0, 0xf0));
    QPainter painter(&screen);
    painter.fillRect(QRect(0, 0, 2560, 40), QColor(0x30, 0x30, 0x30));
    for (int y = 100; y < 1400; y += 24) {
        painter.fillRect(QRect(80, y, 900 + (y % 7) * 40, 10), QColor(0x80, 0x80, 0x80));
    }
    const auto code = scan::QrEncoder::toImage(
        QStringLiteral("otpauth://totp/Example:alice@example.com?secret=JBSWY3DPEHPK3PXP&"
                       "issuer=Example"),
        4);
    painter.drawImage(1700, 600, *code);
    painter.end();
    const QString path = dir.filePath(QStringLiteral("screen.png"));
    screen.save(path);
    return path;
}

int runOne(int entries, int idleSeconds)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bench.tessera"));
    // The floor the vault accepts for real files: the KDF runs as it would for a user, on the
    // worker thread, and is timed alone below so launch can be reported without it.
    vault::VaultCreateOptions options;
    options.scrypt = vault::kMinimumScrypt;
    options.backupsToKeep = 1;
    {
        auto created = vault::VaultFile::create(
            path, crypto::SecureBytes::fromView(kPassword.toUtf8()), makeVault(entries), options);
        if (!created) {
            std::fprintf(stderr, "cannot create the vault: %s\n", qPrintable(created.error()));
            return 1;
        }
    }
    const QString screenImage = writeScreenImage(dir);
    const double rssBefore = memoryMiB("VmRSS");

    QElapsedTimer launch;
    launch.start();
    ui::MainWindow window(new ui::AuthenticatorPage(path, otp::systemClock()));
    ui::AuthenticatorPage& page = *window.authenticator();
    window.resize(900, 700);
    window.show();
    auto* password = page.findChild<QLineEdit*>(QStringLiteral("password"));
    auto* submit = page.findChild<QPushButton*>(QStringLiteral("submit"));
    waitUntil([&] { return password->isVisible(); }, 5000);
    const double shownMs = double(launch.nsecsElapsed()) / 1e6;

    PaintProbe probe(page);
    probe.clock = &launch;
    page.listView()->viewport()->installEventFilter(&probe);
    StallMeter stall;
    qint64 openedAtNs = 0;
    QObject::connect(&page.session(), &ui::VaultSession::opened,
                     [&] { openedAtNs = launch.nsecsElapsed(); });
    password->setText(kPassword);
    const qint64 submitNs = launch.nsecsElapsed();
    stall.start();
    submit->click();
    if (!waitUntil([&] { return probe.painted; }, 120000)) {
        std::fprintf(stderr, "the codes never painted\n");
        return 1;
    }
    const double unlockStall = stall.stop();
    const double workerMs = double(openedAtNs - submitNs) / 1e6;
    const double toPaintMs = double(probe.paintedAtNs - openedAtNs) / 1e6;
    const std::array<std::uint8_t, 18> kdfPassword{};
    const std::array<std::uint8_t, 32> salt{};
    QElapsedTimer kdfTimer;
    kdfTimer.start();
    (void)crypto::scrypt(kdfPassword, salt, vault::kMinimumScrypt, 32);
    const double kdfMs = double(kdfTimer.nsecsElapsed()) / 1e6;
    const double launchMs = shownMs + double(probe.paintedAtNs - submitNs) / 1e6 - kdfMs;

    // Idle with codes visible: the 1 Hz tick, the countdown repaint and nothing else.
    runFor(1500);
    const double cpuStart = cpuSeconds();
    QElapsedTimer idleWall;
    idleWall.start();
    runFor(idleSeconds * 1000);
    const double idleCpuPercent =
        100.0 * (cpuSeconds() - cpuStart) / (double(idleWall.nsecsElapsed()) / 1e9);
    const double rss = memoryMiB("VmRSS");
    const double peak = memoryMiB("VmHWM");

    // The same meter with nothing to do: what the machine's scheduler alone costs, so the stalls
    // below can be read against it on a loaded machine.
    stall.start();
    runFor(3000);
    const double noiseStall = stall.stop();

    // Search as the user types, one key every 60 ms, then erase it again.
    auto* search = page.findChild<QLineEdit*>(QStringLiteral("search"));
    const QString typed = QStringLiteral("issuer 42");
    stall.start();
    for (qsizetype i = 1; i <= typed.size(); ++i) {
        search->setText(typed.left(i));
        runFor(60);
    }
    for (auto i = typed.size() - 1; i >= 0; --i) {
        search->setText(typed.left(i));
        runFor(60);
    }
    const double searchStall = stall.stop();

    // One tick as the 1 Hz timer runs it, with the repaint it causes, averaged: the steady cost
    // of a visible list.
    QListView* list = page.listView();
    page.model()->setTicking(false);
    QElapsedTimer tickTimer;
    constexpr int kTicks = 30;
    tickTimer.start();
    for (int i = 0; i < kTicks; ++i) {
        page.model()->tick();
        list->viewport()->repaint();
    }
    const double tickMs = double(tickTimer.nsecsElapsed()) / 1e6 / kTicks;
    page.model()->setTicking(true);

    // Scroll through the list a page every 30 ms: rows (and their icons) seen for the first time.
    stall.start();
    for (int i = 0; i < 40; ++i) {
        list->verticalScrollBar()->setValue(list->verticalScrollBar()->value() +
                                            list->viewport()->height());
        runFor(30);
    }
    const double scrollStall = stall.stop();

    // Scan a screen-sized image from the add dialog.
    ui::AddEntryDialog* dialog = page.openAddDialog();
    runFor(200);
    stall.start();
    QTimer::singleShot(0, dialog, [&] { dialog->scanFile(screenImage); });
    waitUntil([&] { return dialog->parameters().has_value(); }, 20000);
    runFor(50);
    const double scanStall = stall.stop();
    const bool scanned = dialog->parameters().has_value();
    dialog->reject();

    std::printf("entries=%d shown=%.1f worker=%.1f kdf=%.1f topaint=%.1f launch=%.1f "
                "idlecpu=%.3f rss=%.1f peak=%.1f rssbefore=%.1f unlockstall=%.1f "
                "searchstall=%.1f scanstall=%.1f noisestall=%.1f scanned=%d idleseconds=%d "
                "tickpaint=%.2f scrollstall=%.1f\n",
                entries, shownMs, workerMs, kdfMs, toPaintMs, launchMs, idleCpuPercent, rss, peak,
                rssBefore, unlockStall, searchStall, scanStall, noiseStall, int(scanned),
                idleSeconds, tickMs, scrollStall);
    return 0;
}

std::map<QString, double> parseLine(const QByteArray& line)
{
    std::map<QString, double> values;
    for (const QByteArray& pair : line.trimmed().split(' ')) {
        const auto parts = pair.split('=');
        if (parts.size() == 2) {
            values[QString::fromLatin1(parts[0])] = parts[1].toDouble();
        }
    }
    return values;
}

int runAll(const QString& self, int idleSeconds)
{
    std::map<int, std::map<QString, double>> results;
    for (const int entries : {1000, 10000}) {
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        child.start(self, {QStringLiteral("--entries"), QString::number(entries),
                           QStringLiteral("--idle-seconds"), QString::number(idleSeconds)});
        if (!child.waitForFinished(-1) || child.exitCode() != 0) {
            std::fprintf(stderr, "the run with %d entries failed\n", entries);
            return 1;
        }
        results[entries] = parseLine(child.readAllStandardOutput());
    }
    const auto row = [&](const char* measure, const char* key, const char* format,
                         const char* target) {
        std::printf("| %s |", measure);
        for (const auto& [entries, values] : results) {
            std::printf(" ");
            std::printf(format, values.at(QString::fromLatin1(key)));
            std::printf(" |");
        }
        std::printf(" %s |\n", target);
    };
    std::printf("Authenticator window benchmark (%s build, platform %s, idle over %d s)\n\n",
                TESSERA_BENCH_BUILD_TYPE, qPrintable(QGuiApplication::platformName()), idleSeconds);
    std::printf("| Measure | 1,000 entries | 10,000 entries | Target |\n|---|---|---|---|\n");
    row("Launch to first painted codes, KDF apart", "launch", "%.0f ms", "");
    row("&nbsp;&nbsp;window shown", "shown", "%.0f ms", "");
    row("&nbsp;&nbsp;open on the worker thread (KDF included)", "worker", "%.0f ms", "");
    row("&nbsp;&nbsp;opened to first paint (UI thread)", "topaint", "%.0f ms", "");
    row("KDF alone (scrypt N=2^15, r=8, p=1)", "kdf", "%.0f ms", "");
    row("CPU while idle, codes visible", "idlecpu", "%.2f %% of a core", "< 1 %");
    row("Resident memory, codes visible", "rss", "%.0f MiB", "< 150 MiB at 10,000");
    row("Peak resident memory", "peak", "%.0f MiB", "");
    row("Longest UI-thread stall: unlock", "unlockstall", "%.0f ms", "< 50 ms");
    row("Longest UI-thread stall: search as you type", "searchstall", "%.0f ms", "< 50 ms");
    row("Longest UI-thread stall: scan a 2560x1440 image", "scanstall", "%.0f ms", "< 50 ms");
    row("One tick with its repaint of the visible rows (mean)", "tickpaint", "%.2f ms", "");
    row("Longest UI-thread stall: scroll a page every 30 ms", "scrollstall", "%.0f ms", "< 50 ms");
    row("Longest gap with nothing to do (scheduling noise)", "noisestall", "%.0f ms", "");
    double load[3] = {0, 0, 0};
    if (getloadavg(load, 3) == 3) {
        std::printf("\nLoad average at the end: %.2f %.2f %.2f on %d cores.\n", load[0], load[1],
                    load[2], QThread::idealThreadCount());
    }
    return 0;
}

} // namespace

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") &&
        qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    // As the application starts: secure heap, hardening, self-test.
    if (!crypto::initialise().ok()) {
        std::fputs("crypto self-test failed\n", stderr);
        return 1;
    }
    QApplication app(argc, argv);
    const QStringList arguments = QApplication::arguments();
    const auto value = [&](const QString& name, int fallback) {
        const qsizetype at = arguments.indexOf(name);
        return at >= 0 && at + 1 < arguments.size() ? arguments[at + 1].toInt() : fallback;
    };
    const int idleSeconds = value(QStringLiteral("--idle-seconds"), 60);
    const int entries = value(QStringLiteral("--entries"), 0);
    return entries > 0 ? runOne(entries, idleSeconds)
                       : runAll(QApplication::applicationFilePath(), idleSeconds);
}
