// SPDX-License-Identifier: GPL-3.0-or-later
// bench_pool: the local pool engine on a store of 100,000 users - ListUsers' first page, a prefix
// filter, AdminGetUser, and full password + TOTP sign-ins per second, with the password hashing
// (scrypt N=2^14, r=8) measured apart, and the decision trace's cost (sign-ins with it on and
// off). Prints Markdown tables for docs/benchmarks.md.

#include "BenchSupport.h"
#include "crypto/CryptoInit.h"
#include "otp/Base32.h"
#include "otp/OtpGenerator.h"
#include "pool/local/LocalPoolEngine.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTextStream>

#include <functional>

#include <time.h>

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

const QString kPassword = QStringLiteral("Bench-pass-1");
const QString kSecret = QStringLiteral("JBSWY3DPEHPK3PXP");
constexpr int kSigners = 10;
constexpr int kFullSamples = 30;
constexpr int kFlowSamples = 300;

// A pool with MFA ON (TOTP) and an app client allowing USER_PASSWORD_AUTH.
std::pair<QString, QString> makePool(local::LocalPoolEngine& engine)
{
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
    return {poolId, clientId};
}

QString signerName(int i)
{
    return QStringLiteral("user%1").arg(i, 6, 10, QLatin1Char('0'));
}

// kSigners users (made when `create`) with a password and a verified, enabled TOTP secret.
void makeSigners(local::LocalPoolEngine& engine, const QString& poolId, bool create)
{
    for (int i = 0; i < kSigners; ++i) {
        const QString name = signerName(i);
        if (create) {
            (void)engine.execute(
                QStringLiteral("AdminCreateUser"),
                {{"UserPoolId", poolId}, {"Username", name}, {"MessageAction", "SUPPRESS"}});
        }
        (void)engine.execute(QStringLiteral("AdminSetUserPassword"), {{"UserPoolId", poolId},
                                                                      {"Username", name},
                                                                      {"Password", kPassword},
                                                                      {"Permanent", true}});
        auto record = engine.services().store.loadUser(poolId, name);
        record->totpSecret = kSecret;
        record->totpVerified = true;
        record->softwareTokenEnabled = true;
        (void)engine.services().store.saveUser(poolId, *record);
    }
}

// Full sign-ins (password + SOFTWARE_TOKEN_MFA) by the signers in turn; the clock moves on a
// step each round, since a code is accepted once.
std::function<void()> signIns(local::LocalPoolEngine& engine, const QString& clientId, qint64& now)
{
    auto count = std::make_shared<int>(0);
    return [&engine, clientId, &now, count] {
        const QString name = signerName(*count % kSigners);
        if (*count % kSigners == 0) {
            now += 30;
        }
        ++*count;
        const auto challenge = engine.execute(
            QStringLiteral("InitiateAuth"),
            {{"ClientId", clientId},
             {"AuthFlow", "USER_PASSWORD_AUTH"},
             {"AuthParameters", QJsonObject{{"USERNAME", name}, {"PASSWORD", kPassword}}}});
        const QString code = otp::hotp(*otp::base32::decode(kSecret), crypto::HashAlgorithm::Sha1,
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
}

// Milliseconds of this thread's CPU time `work` takes: other processes on a shared machine
// do not count, as they do in wall time.
double cpuMs(const std::function<void()>& work)
{
    timespec start{};
    timespec end{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &start);
    work();
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &end);
    return double(end.tv_sec - start.tv_sec) * 1e3 + double(end.tv_nsec - start.tv_nsec) / 1e6;
}

// The decision trace's cost: `samples` sign-ins with the trace on and as many with it off,
// alternated one by one, timed in thread CPU time; the median of each (on, off).
std::pair<double, double> traceCost(local::LocalPoolEngine& engine,
                                    const std::function<void()>& signIn, int samples)
{
    std::vector<double> traced;
    std::vector<double> untraced;
    for (int i = 0; i < 2 * samples; ++i) {
        const bool on = i % 2 == 0;
        engine.services().traceSignIns = on;
        (on ? traced : untraced).push_back(cpuMs(signIn));
    }
    engine.services().traceSignIns = true;
    return {bench::medianMs(traced), bench::medianMs(untraced)};
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
    const auto ids = makePool(engine);
    const QString& poolId = ids.first;
    const QString& clientId = ids.second;
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
    makeSigners(engine, poolId, false);
    const double hashing = perRun(20, [&] { (void)engine.services().hasher.hash(kPassword); });
    const auto signIn = signIns(engine, clientId, now);
    const double fullSignIn = perRun(kSigners * 3, signIn);
    const auto [withTrace, withoutTrace] = traceCost(engine, signIn, kFullSamples);

    // The same on a small store with cheap password hashing (scrypt N=16), so that the flow's
    // own work - where the trace is written - is nearly all that is timed.
    local::LocalPoolOptions cheap;
    cheap.path = dir.filePath(QStringLiteral("cheap.sqlite"));
    cheap.clock = options.clock;
    cheap.passwordHashing = {16, 1, 1};
    local::LocalPoolEngine flowOnly(cheap);
    if (!flowOnly.open()) {
        return 1;
    }
    const auto [cheapPool, cheapClient] = makePool(flowOnly);
    makeSigners(flowOnly, cheapPool, true);
    const auto [flowWithTrace, flowWithoutTrace] =
        traceCost(flowOnly, signIns(flowOnly, cheapClient, now), kFlowSamples);

    out << "Local pool engine, " << kUsers << " users (" << TESSERA_BENCH_BUILD_TYPE << ", "
        << TESSERA_BENCH_COMPILER << ")\n\n";
    out << "| Measure | Result |\n|---|---|\n";
    out << "| Import " << kUsers << " users (one transaction) | " << importMs << " ms |\n";
    out << "| ListUsers, first page (60) | " << firstPage << " ms |\n";
    out << "| ListUsers, prefix filter `email ^= \"user0999\"` (10 hits) | " << prefix << " ms |\n";
    out << "| AdminGetUser | " << getUser << " ms |\n";
    out << "| Password hash alone (scrypt N=2^14, r=8) | " << hashing << " ms |\n";
    out << "| Full sign-in: password + SOFTWARE_TOKEN_MFA + RS256 tokens | " << fullSignIn
        << " ms (" << 1000.0 / fullSignIn << " /s) |\n";
    out << "| Full sign-in less hashing | " << fullSignIn - hashing << " ms ("
        << 1000.0 / (fullSignIn - hashing) << " /s) |\n";
    const auto percent = [](double on, double off) { return 100.0 * (on - off) / off; };
    out << "\nDecision trace: median thread CPU time of a sign-in, trace on and off alternated ("
        << kFullSamples << " and " << kFlowSamples << " of each)\n\n";
    out << "| Sign-in (password + TOTP) | Without trace | With trace | Trace adds |\n"
           "|---|---|---|---|\n";
    out << "| 100,000-user store, scrypt N=2^14 | " << withoutTrace << " ms | " << withTrace
        << " ms | " << percent(withTrace, withoutTrace) << " % |\n";
    out << "| 10-user store, scrypt N=16 (the flow alone) | " << flowWithoutTrace << " ms | "
        << flowWithTrace << " ms | " << percent(flowWithTrace, flowWithoutTrace) << " % |\n";
    return 0;
}
