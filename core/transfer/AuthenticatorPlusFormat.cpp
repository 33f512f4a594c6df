// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuthenticatorPlusFormat.h"

#include "UriListFormat.h"

#include <QCoreApplication>

#include <zip.h>

#include <memory>

namespace tessera::transfer {

namespace {

const QString kFormat = QStringLiteral("authenticator-plus");
const char* const kAccountsFile = "Accounts.txt";
// Accounts.txt of even thousands of accounts is far smaller; the cap stops a zip bomb.
constexpr zip_uint64_t kMaxInnerSize = zip_uint64_t(16) * 1024 * 1024;

struct ArchiveCloser
{
    void operator()(zip_t* archive) const { zip_discard(archive); }
};
struct FileCloser
{
    void operator()(zip_file_t* file) const { zip_fclose(file); }
};

ImportResult damaged(const QString& why)
{
    return ImportResult::failed(ImportFailure::Damaged, why, kFormat);
}

} // namespace

bool AuthenticatorPlusFormat::recognises(QByteArrayView data)
{
    return data.startsWith(QByteArrayView("PK\x03\x04"));
}

ImportResult AuthenticatorPlusFormat::read(QByteArrayView data, const crypto::SecureBytes* password)
{
    zip_error_t error;
    zip_error_init(&error);
    // The source does not own the buffer (freep = 0); `data` outlives the archive.
    zip_source_t* source =
        zip_source_buffer_create(data.data(), zip_uint64_t(data.size()), 0, &error);
    if (source == nullptr) {
        zip_error_fini(&error);
        return damaged(tr("the zip archive cannot be read"));
    }
    const std::unique_ptr<zip_t, ArchiveCloser> archive(
        zip_open_from_source(source, ZIP_RDONLY, &error));
    zip_error_fini(&error);
    if (!archive) {
        zip_source_free(source);
        return damaged(tr("the zip archive is damaged"));
    }
    zip_stat_t stat;
    zip_stat_init(&stat);
    if (zip_stat(archive.get(), kAccountsFile, 0, &stat) != 0) {
        return ImportResult::failed(ImportFailure::Unsupported,
                                    tr("this zip archive holds no Accounts.txt, so it is not an "
                                       "Authenticator Plus export"),
                                    kFormat);
    }
    const bool encrypted =
        (stat.valid & ZIP_STAT_ENCRYPTION_METHOD) != 0 && stat.encryption_method != ZIP_EM_NONE;
    if (encrypted && password == nullptr) {
        return ImportResult::failed(ImportFailure::PasswordRequired,
                                    tr("this Authenticator Plus export is password-protected: "
                                       "give its password"),
                                    kFormat);
    }
    if (stat.size > kMaxInnerSize) {
        return damaged(tr("Accounts.txt in the zip archive is implausibly large"));
    }
    // libzip wants a NUL-terminated password; the copy lives in wiped memory.
    crypto::SecureBytes terminated(password != nullptr ? password->size() + 1 : 1);
    if (password != nullptr) {
        std::copy(password->data(), password->data() + password->size(), terminated.data());
    }
    terminated.data()[terminated.size() - 1] = 0;
    const std::unique_ptr<zip_file_t, FileCloser> file(zip_fopen_encrypted(
        archive.get(), kAccountsFile, 0,
        encrypted ? reinterpret_cast<const char*>(terminated.data()) : nullptr));
    const auto wrongPassword = [] {
        return ImportResult::failed(ImportFailure::WrongPassword,
                                    tr("wrong password for this Authenticator Plus export"),
                                    kFormat);
    };
    if (!file) {
        const int code = zip_error_code_zip(zip_get_error(archive.get()));
        return code == ZIP_ER_WRONGPASSWD ? wrongPassword()
                                          : damaged(tr("Accounts.txt cannot be read from the "
                                                       "zip archive"));
    }
    crypto::SecureBytes text(std::size_t(stat.size));
    const zip_int64_t read = zip_fread(file.get(), text.data(), stat.size);
    if (read < 0 || zip_uint64_t(read) != stat.size) {
        // ZipCrypto checks one byte of the password only; a wrong one that passes it shows as
        // a CRC or inflate failure here.
        return encrypted ? wrongPassword()
                         : damaged(tr("Accounts.txt in the zip archive is damaged"));
    }
    ImportResult result = UriListFormat::read(QString::fromUtf8(text.view()));
    result.format = kFormat;
    return result;
}

} // namespace tessera::transfer
