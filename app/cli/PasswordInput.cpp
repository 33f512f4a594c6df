// SPDX-License-Identifier: GPL-3.0-or-later
#include "PasswordInput.h"

#include <QCoreApplication>
#include <QFile>

#include <cstdio>

#if defined(Q_OS_UNIX)
#include <termios.h>
#include <unistd.h>
#endif

namespace tessera::cli {

namespace {

// Longer lines are surely not passwords; the bound also keeps the buffer in the secure heap.
constexpr std::size_t kMaxPasswordBytes = 4096;

// Keeps the bytes before the first line break ("\n" or "\r\n").
void cutAtLineEnd(crypto::SecureBytes& bytes, std::size_t length)
{
    std::size_t end = 0;
    while (end < length && bytes.data()[end] != '\n') {
        ++end;
    }
    if (end > 0 && bytes.data()[end - 1] == '\r') {
        --end;
    }
    bytes.resize(end);
}

} // namespace

Expected<crypto::SecureBytes> PasswordInput::fromFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return makeError(tr("cannot read the password file %1: %2").arg(path, file.errorString()));
    }
    crypto::SecureBytes bytes(kMaxPasswordBytes);
    // QFile::read into our buffer: readLine() would leave the password in an unwiped QByteArray.
    const qint64 got = file.read(reinterpret_cast<char*>(bytes.data()), qint64(bytes.size()));
    if (got < 0) {
        return makeError(tr("cannot read the password file %1: %2").arg(path, file.errorString()));
    }
    cutAtLineEnd(bytes, std::size_t(got));
    if (bytes.isEmpty()) {
        return makeError(tr("the first line of the password file %1 is empty").arg(path));
    }
    return bytes;
}

Expected<crypto::SecureBytes> PasswordInput::fromTerminal(const QString& prompt)
{
#if defined(Q_OS_UNIX)
    if (::isatty(STDIN_FILENO) == 0) {
        return makeError(tr("no password: use --password-file or run in a terminal"));
    }
    std::fputs(prompt.toLocal8Bit().constData(), stderr);
    std::fflush(stderr);
    termios saved{};
    ::tcgetattr(STDIN_FILENO, &saved);
    termios silent = saved;
    silent.c_lflag &= ~tcflag_t(ECHO);
    ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &silent);
    crypto::SecureBytes bytes(kMaxPasswordBytes);
    std::size_t length = 0;
    char c = 0;
    // Byte by byte with read(2): stdio's buffer would keep a copy of the password.
    while (length < bytes.size() && ::read(STDIN_FILENO, &c, 1) == 1 && c != '\n') {
        bytes.data()[length++] = std::uint8_t(c);
    }
    c = 0;
    ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
    std::fputs("\n", stderr);
    cutAtLineEnd(bytes, length);
    if (bytes.isEmpty()) {
        return makeError(tr("the password is empty"));
    }
    return bytes;
#else
    Q_UNUSED(prompt);
    return makeError(tr("no password: use --password-file"));
#endif
}

Expected<crypto::SecureBytes> PasswordInput::read(const QString& prompt, bool confirm) const
{
    if (!m_passwordFile.isEmpty()) {
        return fromFile(m_passwordFile);
    }
    auto first = fromTerminal(prompt);
    if (!first || !confirm) {
        return first;
    }
    const auto second = fromTerminal(tr("Repeat the password: "));
    if (!second) {
        return makeError(second.error());
    }
    if (!first->equals(second->span())) {
        return makeError(tr("the two passwords differ"));
    }
    return first;
}

} // namespace tessera::cli
