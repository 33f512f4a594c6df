// SPDX-License-Identifier: GPL-3.0-or-later
// What the benchmarks share: timing helpers and the synthetic vault they measure with.
#pragma once

#include "crypto/Random.h"
#include "otp/OtpParameters.h"
#include "vault/Vault.h"

#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <utility>
#include <vector>

namespace tessera::bench {

inline double medianMs(std::vector<double> samples)
{
    std::sort(samples.begin(), samples.end());
    return samples[samples.size() / 2];
}

template <typename F> double timeMs(F&& work)
{
    QElapsedTimer timer;
    timer.start();
    std::forward<F>(work)();
    return double(timer.nsecsElapsed()) / 1e6;
}

// `entries` accounts with random 20-byte secrets over 500 issuers; every `hotpEvery`-th is HOTP.
inline vault::Vault syntheticVault(int entries, int hotpEvery)
{
    vault::Vault vault;
    for (int i = 0; i < entries; ++i) {
        otp::OtpSpec spec;
        spec.type = i % hotpEvery == 0 ? otp::OtpType::Hotp : otp::OtpType::Totp;
        spec.secret = crypto::randomSecret(20);
        spec.issuer = QStringLiteral("Issuer %1").arg(i % 500);
        spec.account = QStringLiteral("user%1@example.com").arg(i);
        auto parameters = otp::OtpParameters::create(std::move(spec));
        if (!parameters) {
            std::fprintf(stderr, "synthetic entry %d refused: %s\n", i,
                         qPrintable(parameters.error()));
            std::abort();
        }
        vault.addEntry(vault::Entry(std::move(parameters).value()));
    }
    return vault;
}

} // namespace tessera::bench
