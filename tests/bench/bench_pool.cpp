// SPDX-License-Identifier: GPL-3.0-or-later
// bench_pool: the local pool engine on a store of 100,000 users - ListUsers' first page, a prefix
// filter, AdminGetUser, and full password + TOTP sign-ins per second, with the password hashing
// (scrypt N=2^14, r=8) measured apart, and the decision trace's cost (sign-ins with it on and
// off). Prints Markdown tables for docs/benchmarks.md.

#include "crypto/CryptoInit.h"
#include "otp/Base32.h"
#include "otp/OtpGenerator.h"
#include "pool/local/LocalPoolEngine.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <functional>

using namespace tessera;
using namespace tessera::pool;

namespace {

constexpr int kUsers = 100'000;

// Mean milliseconds per run of `work` over `runs` runs.
double perRun(int runs, const std::function<void()>& work)
{
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < runs; ++i) {
        work();
    }
    return double(timer.nsecsElapsed()) / 1e6 / runs;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    if (auto status = crypto::initialise(); !status) {
        out << "cannot start: " << status.error() << Qt::endl;
        return 1;
    }
    QTemporaryDir dir;
    qint64 now = 1'700'000'010;
    local::LocalPoolOptions options;
    options.path = dir.filePath(QStringLiteral("bench.sqlite"));
    options.clock = [&now] { return now; };
    local::LocalPoolEngine engine(options);
    if (!engine.open()) {
        return 1;
    }
    const QString poolId =
        engine.execute(QStringLiteral("CreateUserPool"), {{"PoolName", "bench"}})
            ->value("UserPool")
            .toObject()
            .value("Id")
            .toString();
    const QString clientId =
        engine
            .execute(QStringLiteral("CreateUserPoolClient"),
                     {{"UserPoolId", poolId},
                      {"ClientName", "bench"},
                      {"ExplicitAuthFlows", QJsonArray{"ALLOW_USER_PASSWORD_AUTH"}}})
            ->value("UserPoolClient")
            .toObject()
            .value("ClientId")
            .toString();
    (void)engine.execute(QStringLiteral("SetUserPoolMfaConfig"),
                         {{"UserPoolId", poolId},
                          {"MfaConfiguration", "ON"},
                          {"SoftwareTokenMfaConfiguration", QJsonObject{{"Enabled", true}}}});
    QList<PoolUser> users;
    for (int i = 0; i < kUsers; ++i) {
        PoolUser user;
        user.username = QStringLiteral("user%1").arg(i, 6, 10, QLatin1Char('0'));
        user.attributes.insert(QStringLiteral("email"),
                               user.username + QStringLiteral("@example.com"));
        users.append(user);
    }
    QElapsedTimer timer;
    timer.start();
    (void)engine.importUsers(poolId, users);
    const double importMs = double(timer.elapsed());

    const double firstPage = perRun(50, [&] {
        (void)engine.execute(QStringLiteral("ListUsers"), {{"UserPoolId", poolId}});
    });
    const double prefix = perRun(50, [&] {
        (void)engine.execute(QStringLiteral("ListUsers"),
                             {{"UserPoolId", poolId}, {"Filter", "email ^= \"user0999\""}});
    });
    int n = 0;
    const double getUser = perRun(500, [&] {
        (void)engine.execute(QStringLiteral("AdminGetUser"),
                             {{"UserPoolId", poolId},
                              {"Username", QStringLiteral("user%1").arg((n++ * 7919) % kUsers, 6,
                                                                        10, QLatin1Char('0'))}});
    });

    // Ten users with a password and a verified TOTP secret sign in fully.
    const QString password = QStringLiteral("Bench-pass-1");
    const QString secret = QStringLiteral("JBSWY3DPEHPK3PXP");
    constexpr int kSigners = 10;
    for (int i = 0; i < kSigners; ++i) {
        const QString name = QStringLiteral("user%1").arg(i, 6, 10, QLatin1Char('0'));
        (void)engine.execute(QStringLiteral("AdminSetUserPassword"), {{"UserPoolId", poolId},
                                                                      {"Username", name},
                                                                      {"Password", password},
                                                                      {"Permanent", true}});
        auto record = engine.services().store.loadUser(poolId, name);
        record->totpSecret = secret;
        record->totpVerified = true;
        record->softwareTokenEnabled = true;
        (void)engine.services().store.saveUser(poolId, *record);
    }
    const double hashing = perRun(20, [&] { (void)engine.services().hasher.hash(password); });
    int signIns = 0;
    const auto signInOnce = [&] {
        const QString name =
            QStringLiteral("user%1").arg(signIns % kSigners, 6, 10, QLatin1Char('0'));
        if (signIns % kSigners == 0) {
            now += 30; // a fresh TOTP step, since a code is accepted once
        }
        ++signIns;
        const auto challenge = engine.execute(
            QStringLiteral("InitiateAuth"),
            {{"ClientId", clientId},
             {"AuthFlow", "USER_PASSWORD_AUTH"},
             {"AuthParameters", QJsonObject{{"USERNAME", name}, {"PASSWORD", password}}}});
        const QString code = otp::hotp(*otp::base32::decode(secret), crypto::HashAlgorithm::Sha1,
                                       quint64(now / 30), 6);
        const auto tokens =
            engine.execute(QStringLiteral("RespondToAuthChallenge"),
                           {{"ClientId", clientId},
                            {"ChallengeName", challenge->value("ChallengeName")},
                            {"Session", challenge->value("Session")},
                            {"ChallengeResponses",
                             QJsonObject{{"USERNAME", name}, {"SOFTWARE_TOKEN_MFA_CODE", code}}}});
        if (!tokens || !tokens->contains(QStringLiteral("AuthenticationResult"))) {
            qFatal("a benchmark sign-in failed");
        }
    };
    const double signIn = perRun(kSigners * 3, signInOnce);

    // The decision trace's cost: rounds of sign-ins with the trace on and off, alternated so
    // that the shared machine's load falls on both alike; the median round of each.
    constexpr int kRounds = 9;
    QList<double> traced;
    QList<double> untraced;
    for (int round = 0; round < 2 * kRounds; ++round) {
        const bool on = round % 2 == 0;
        engine.services().traceSignIns = on;
        (on ? traced : untraced).append(perRun(kSigners, signInOnce));
    }
    engine.services().traceSignIns = true;
    const auto median = [](QList<double> values) {
        std::sort(values.begin(), values.end());
        return values.at(values.size() / 2);
    };
    const double withTrace = median(traced);
    const double withoutTrace = median(untraced);

    out << "Local pool engine, " << kUsers << " users (" << TESSERA_BENCH_BUILD_TYPE << ", "
        << TESSERA_BENCH_COMPILER << ")\n\n";
    out << "| Measure | Result |\n|---|---|\n";
    out << "| Import " << kUsers << " users (one transaction) | " << importMs << " ms |\n";
    out << "| ListUsers, first page (60) | " << firstPage << " ms |\n";
    out << "| ListUsers, prefix filter `email ^= \"user0999\"` (10 hits) | " << prefix << " ms |\n";
    out << "| AdminGetUser | " << getUser << " ms |\n";
    out << "| Password hash alone (scrypt N=2^14, r=8) | " << hashing << " ms |\n";
    out << "| Full sign-in: password + SOFTWARE_TOKEN_MFA + RS256 tokens | " << signIn << " ms ("
        << 1000.0 / signIn << " /s) |\n";
    out << "| Full sign-in less hashing | " << signIn - hashing << " ms ("
        << 1000.0 / (signIn - hashing) << " /s) |\n";
    out << "\nDecision trace (median of " << kRounds << " alternated rounds of " << kSigners
        << " sign-ins each)\n\n";
    out << "| Sign-in (password + TOTP) | Without trace | With trace | Trace adds "
           "|\n|---|---|---|---|\n";
    out << "| Full | " << withoutTrace << " ms | " << withTrace << " ms | "
        << 100.0 * (withTrace - withoutTrace) / withoutTrace << " % |\n";
    out << "| Less hashing | " << withoutTrace - hashing << " ms | " << withTrace - hashing
        << " ms | " << 100.0 * (withTrace - withoutTrace) / (withoutTrace - hashing) << " % |\n";
    return 0;
}
