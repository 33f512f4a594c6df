// SPDX-License-Identifier: GPL-3.0-or-later
// Sign-in lab benchmark: the console's lab panel walks a sign-in (USER_PASSWORD_AUTH, then
// SOFTWARE_TOKEN_MFA answered from the vault entry linked to the user) on the local engine with
// its real password hashing (scrypt on the engine's worker). Measures, per run, the time from
// Start to the end shown with its decision trace, and the longest stall of the UI thread over it.
// The engine's and the lab's clock moves 30 s between runs so no TOTP code is a replay. Prints a
// Markdown table.
//
//   bench_lab [--runs N]
//
// Run it on a display (xvfb-run works); without one it falls back to the offscreen platform.
#include "BenchSupport.h"
#include "UiBenchSupport.h"
#include "console/PoolSession.h"
#include "console/SignInLabPanel.h"
#include "otp/Base32.h"
#include "pool/lab/VaultEntryCodes.h"
#include "pool/local/LocalPoolEngine.h"
#include "vault/Vault.h"

#include <QApplication>
#include <QComboBox>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <cstdio>

using namespace tessera;

namespace {

const QString kSecret = QStringLiteral("JBSWY3DPEHPK3PXP");
const QString kPassword = QStringLiteral("Correct-horse-1");

// The vault as the shell lends it, over an in-memory vault with alice's entry.
class BenchVault : public pool::lab::LabVault
{
public:
    vault::Vault vault;
    bool isOpen() const override { return true; }
    Expected<pool::lab::LinkedEntry> linkedEntry(const QString& poolId,
                                                 const QString& username) const override
    {
        return pool::lab::VaultLinks::linked(vault, poolId, username);
    }
    Status addLinkedEntry(const QString& poolId, const QString& username,
                          otp::OtpParameters parameters) override
    {
        vault::Entry entry(std::move(parameters));
        entry.setNote(pool::lab::VaultLinks::noteLine(poolId, username));
        vault.addEntry(std::move(entry));
        return {};
    }
};

// A pool with MFA on and alice with a password and a verified TOTP secret, preferred.
bool makePool(pool::local::LocalPoolEngine& engine, QString& poolId)
{
    const auto pool = engine.execute(QStringLiteral("CreateUserPool"),
                                     {{QStringLiteral("PoolName"), QStringLiteral("bench")}});
    if (!pool) {
        return false;
    }
    poolId = pool->value("UserPool").toObject().value("Id").toString();
    const QList<std::pair<QString, QJsonObject>> calls{
        {QStringLiteral("CreateUserPoolClient"),
         {{"UserPoolId", poolId},
          {"ClientName", "app"},
          {"ExplicitAuthFlows", QJsonArray{"ALLOW_USER_PASSWORD_AUTH"}}}},
        {QStringLiteral("SetUserPoolMfaConfig"),
         {{"UserPoolId", poolId},
          {"MfaConfiguration", "ON"},
          {"SoftwareTokenMfaConfiguration", QJsonObject{{"Enabled", true}}}}},
        {QStringLiteral("AdminCreateUser"),
         {{"UserPoolId", poolId}, {"Username", "alice"}, {"MessageAction", "SUPPRESS"}}},
        {QStringLiteral("AdminSetUserPassword"),
         {{"UserPoolId", poolId},
          {"Username", "alice"},
          {"Password", kPassword},
          {"Permanent", true}}}};
    for (const auto& [operation, request] : calls) {
        if (!engine.execute(operation, request)) {
            return false;
        }
    }
    auto& store = engine.services().store;
    auto record = store.loadUser(poolId, QStringLiteral("alice"));
    if (!record) {
        return false;
    }
    record->totpSecret = kSecret;
    record->totpVerified = true;
    if (!store.saveUser(poolId, *record)) {
        return false;
    }
    return bool(engine.execute(
        QStringLiteral("AdminSetUserMFAPreference"),
        {{"UserPoolId", poolId},
         {"Username", "alice"},
         {"SoftwareTokenMfaSettings", QJsonObject{{"Enabled", true}, {"PreferredMfa", true}}}}));
}

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("runs"), QStringLiteral("Lab runs."), QStringLiteral("N"),
                      QStringLiteral("10")});
    parser.process(app);
    const int runs = std::max(1, parser.value(QStringLiteral("runs")).toInt());

    QTemporaryDir dir;
    auto now = std::make_shared<qint64>(1'700'000'000);
    pool::local::LocalPoolOptions options;
    options.path = dir.filePath(QStringLiteral("lab.sqlite"));
    options.clock = [now] { return *now; };
    auto engine = std::make_unique<pool::local::LocalPoolEngine>(options);
    QString poolId;
    if (!engine->open() || !makePool(*engine, poolId)) {
        std::fprintf(stderr, "cannot make the pool\n");
        return 1;
    }
    BenchVault vault;
    otp::OtpSpec spec;
    auto secret = otp::base32::decode(kSecret);
    spec.secret = std::move(*secret);
    spec.issuer = QStringLiteral("Bench");
    spec.account = QStringLiteral("alice");
    (void)vault.addLinkedEntry(poolId, QStringLiteral("alice"),
                               otp::OtpParameters::create(std::move(spec)).value());

    ui::console::PoolSession session;
    session.setLabVault(&vault);
    pool::OpenedBackend opened;
    opened.local = engine.get();
    opened.backend = std::move(engine);
    session.connectTo(pool::PoolConnection::local(options.path), std::move(opened));
    if (!bench::waitUntil([&] { return session.isConnected(); }, 10000)) {
        std::fprintf(stderr, "no connection\n");
        return 1;
    }
    ui::console::SignInLabPanel panel(session);
    panel.setClock([now] { return *now; });
    panel.resize(1200, 760);
    panel.show();
    bool read = false;
    QObject::connect(&panel, &ui::console::SignInLabPanel::poolRead, [&read] { read = true; });
    panel.setPool(poolId);
    if (!bench::waitUntil([&] { return read; }, 10000)) {
        std::fprintf(stderr, "the pool was not read\n");
        return 1;
    }
    for (QComboBox* combo : panel.findChildren<QComboBox*>()) {
        if (combo->accessibleName() == QLatin1String("User")) {
            combo->setCurrentText(QStringLiteral("alice"));
        }
    }
    for (QLineEdit* edit : panel.findChildren<QLineEdit*>()) {
        if (edit->accessibleName() == QLatin1String("Password")) {
            edit->setText(kPassword);
        }
    }
    QPushButton* start = nullptr;
    for (QPushButton* button : panel.findChildren<QPushButton*>()) {
        if (button->accessibleName() == QLatin1String("Start")) {
            start = button;
        }
    }
    bool authenticated = false;
    bool finished = false;
    QObject::connect(&panel, &ui::console::SignInLabPanel::runFinished, [&](bool ok) {
        finished = true;
        authenticated = ok;
    });
    std::vector<double> totals;
    std::vector<double> stalls;
    std::vector<double> idle;
    std::vector<double> hashing;
    int failures = 0;
    for (int run = 0; run < runs; ++run) {
        *now += 30;
        finished = false;
        bench::StallMeter stall;
        QElapsedTimer clock;
        stall.start();
        clock.start();
        start->click();
        if (!bench::waitUntil([&] { return finished; }, 30000)) {
            std::fprintf(stderr, "run %d did not finish\n", run);
            return 1;
        }
        totals.push_back(double(clock.nsecsElapsed()) / 1e6);
        stalls.push_back(stall.stop());
        failures += authenticated ? 0 : 1;
        // The noise floor on this machine: the same meter over an idle event loop as long.
        bench::StallMeter quiet;
        quiet.start();
        bench::runFor(int(totals.back()));
        idle.push_back(quiet.stop());
        // And over the event loop while the engine's worker hashes a password (as the run's
        // InitiateAuth does), the window doing nothing: the share of a stall that is this
        // 2-core machine's CPU, not the window's work.
        bench::StallMeter busy;
        busy.start();
        const auto set = session.backend()->call(QStringLiteral("AdminSetUserPassword"),
                                                 {{"UserPoolId", poolId},
                                                  {"Username", "alice"},
                                                  {"Password", kPassword},
                                                  {"Permanent", true}});
        bench::waitUntil([&set] { return set.isFinished(); }, 30000);
        hashing.push_back(busy.stop());
    }
    std::printf("Sign-in lab, password + TOTP from the vault, local engine with scrypt N=2^14 "
                "(%d runs, %s build, %s)\n\n",
                runs, TESSERA_BENCH_BUILD_TYPE, TESSERA_BENCH_COMPILER);
    std::printf("| measure | median | worst |\n|---|---|---|\n");
    std::printf("| Start to authenticated, trace shown | %.0f ms | %.0f ms |\n",
                bench::medianMs(totals), *std::max_element(totals.begin(), totals.end()));
    std::printf("| longest UI stall during a run | %.1f ms | %.1f ms |\n", bench::medianMs(stalls),
                *std::max_element(stalls.begin(), stalls.end()));
    std::printf(
        "| longest stall of an idle event loop, as long (noise floor) | %.1f ms | %.1f ms |\n",
        bench::medianMs(idle), *std::max_element(idle.begin(), idle.end()));
    std::printf(
        "| longest stall of an idle event loop while the worker hashes a password | %.1f ms "
        "| %.1f ms |\n",
        bench::medianMs(hashing), *std::max_element(hashing.begin(), hashing.end()));
    std::printf("\nRuns not authenticated: %d. Target: no stall > 50 ms.\n", failures);
    return failures == 0 ? 0 : 1;
}
