// SPDX-License-Identifier: GPL-3.0-or-later
#include "UserCsv.h"

#include "RequestShape.h"
#include "UserChanges.h"
#include "transfer/CsvReader.h"

#include <QDateTime>
#include <QHash>
#include <QSet>

namespace tessera::pool {

namespace {

const QString kUsernameColumn = QStringLiteral("cognito:username");
const QString kMfaColumn = QStringLiteral("cognito:mfa_enabled");
const QString kEmail = QStringLiteral("email");
const QString kPhone = QStringLiteral("phone_number");
const QString kEmailVerified = QStringLiteral("email_verified");
const QString kPhoneVerified = QStringLiteral("phone_number_verified");

QString isoDate(qint64 seconds)
{
    return seconds == 0 ? QString()
                        : QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC).toString(Qt::ISODate);
}

// "true" / "false" in any case, nullopt for anything else.
std::optional<bool> boolean(const QString& value)
{
    if (value.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0) {
        return true;
    }
    if (value.compare(QLatin1String("false"), Qt::CaseInsensitive) == 0) {
        return false;
    }
    return std::nullopt;
}

} // namespace

namespace csv {

QString field(const QString& value)
{
    QString text = value;
    // A spreadsheet runs a cell starting with one of these as a formula (OWASP's CSV injection
    // list); a leading tab or CR is stripped by some before they look.
    static const QString formulaStart = QStringLiteral("=+-@\t\r");
    if (!text.isEmpty() && formulaStart.contains(text.front())) {
        text.prepend(QLatin1Char('\''));
    }
    const bool quote = text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"')) ||
                       text.contains(QLatin1Char('\n')) || text.contains(QLatin1Char('\r'));
    if (!quote) {
        return text;
    }
    text.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + text + QLatin1Char('"');
}

QString row(const QStringList& fields)
{
    QStringList quoted;
    quoted.reserve(fields.size());
    for (const QString& value : fields) {
        quoted.append(field(value));
    }
    return quoted.join(QLatin1Char(',')) + QLatin1String("\r\n");
}

} // namespace csv

QString usersToCsv(const QList<PoolUser>& users)
{
    QSet<QString> names;
    for (const PoolUser& user : users) {
        for (auto it = user.attributes.begin(); it != user.attributes.end(); ++it) {
            names.insert(it.key());
        }
    }
    QStringList attributeNames(names.begin(), names.end());
    attributeNames.sort();
    QStringList header{QStringLiteral("username"),      QStringLiteral("status"),
                       QStringLiteral("enabled"),       QStringLiteral("created"),
                       QStringLiteral("last_modified"), QStringLiteral("mfa_factors"),
                       QStringLiteral("preferred_mfa")};
    header.append(attributeNames);
    QString text = csv::row(header);
    for (const PoolUser& user : users) {
        QStringList fields{user.username,
                           user.userStatus,
                           user.enabled ? QStringLiteral("true") : QStringLiteral("false"),
                           isoDate(user.userCreateDate),
                           isoDate(user.userLastModifiedDate),
                           user.userMfaSettingList.join(QLatin1Char(' ')),
                           user.preferredMfaSetting};
        for (const QString& name : std::as_const(attributeNames)) {
            fields.append(user.attributes.value(name));
        }
        text += csv::row(fields);
    }
    return text;
}

QStringList UserImportCsv::header(const QStringList& customAttributes)
{
    QStringList columns{QStringLiteral("name"),
                        QStringLiteral("given_name"),
                        QStringLiteral("family_name"),
                        QStringLiteral("middle_name"),
                        QStringLiteral("nickname"),
                        QStringLiteral("preferred_username"),
                        QStringLiteral("profile"),
                        QStringLiteral("picture"),
                        QStringLiteral("website"),
                        kEmail,
                        kEmailVerified,
                        QStringLiteral("gender"),
                        QStringLiteral("birthdate"),
                        QStringLiteral("zoneinfo"),
                        QStringLiteral("locale"),
                        kPhone,
                        kPhoneVerified,
                        QStringLiteral("address"),
                        QStringLiteral("updated_at")};
    columns.append(customAttributes);
    columns << kMfaColumn << kUsernameColumn;
    return columns;
}

UserImportPreview UserImportCsv::read(const QString& text, const QStringList& customAttributes)
{
    UserImportPreview preview;
    QString body = text;
    if (body.startsWith(QChar(0xFEFF))) {
        body.remove(0, 1);
    }
    const QList<transfer::CsvReader::Record> records = transfer::CsvReader::records(body);
    if (records.isEmpty()) {
        preview.problems.append({1, {}, tr("The file is empty: it needs the header row.")});
        return preview;
    }
    // The header: every column GetCSVHeader names, once each, and nothing else but custom ones.
    const transfer::CsvReader::Record& headerRecord = records.first();
    const QStringList expected = header(customAttributes);
    QHash<QString, int> position;
    for (int i = 0; i < headerRecord.fields.size(); ++i) {
        const QString name = headerRecord.fields[i].trimmed();
        if (position.contains(name)) {
            preview.problems.append(
                {headerRecord.line, name, tr("The column appears twice in the header.")});
        } else if (!expected.contains(name) && !name.startsWith(QLatin1String("custom:"))) {
            preview.problems.append(
                {headerRecord.line, name,
                 tr("Not a column of Cognito's import header (GetCSVHeader).")});
        }
        position.insert(name, i);
    }
    for (const QString& name : expected) {
        if (!position.contains(name)) {
            preview.problems.append(
                {headerRecord.line, name,
                 tr("The header lacks this column: every column of the import header must be "
                    "present, even when its cells are empty.")});
        }
    }
    if (!preview.problems.isEmpty()) {
        return preview; // rows cannot be read against a header that is wrong
    }
    const int width = int(headerRecord.fields.size());
    QHash<QString, int> firstLineOf;
    for (qsizetype r = 1; r < records.size(); ++r) {
        const transfer::CsvReader::Record& record = records[r];
        ++preview.rowsRead;
        if (preview.rowsRead > kMaximumUsers) {
            preview.problems.append(
                {record.line,
                 {},
                 tr("More than %n users: Cognito imports at most that many per file.", nullptr,
                    kMaximumUsers)});
            break;
        }
        const auto problem = [&](const QString& column, const QString& message) {
            preview.problems.append({record.line, column, message});
        };
        const int before = int(preview.problems.size());
        if (!record.problem.isEmpty()) {
            problem({}, tr("Not valid CSV: %1.").arg(record.problem));
            continue;
        }
        if (record.fields.size() != width) {
            problem({}, tr("The row has %1 fields; the header has %2.")
                            .arg(record.fields.size())
                            .arg(width));
            continue;
        }
        const auto cell = [&](const QString& column) { return record.fields[position[column]]; };
        PoolUser user;
        user.username = cell(kUsernameColumn);
        if (user.username.isEmpty()) {
            problem(kUsernameColumn, tr("Every user needs a username."));
        } else if (auto valid = shape::checkUsername(user.username); !valid) {
            problem(kUsernameColumn, valid.failure().message);
        } else if (firstLineOf.contains(user.username)) {
            problem(kUsernameColumn,
                    tr("The username is already on line %1.").arg(firstLineOf[user.username]));
        } else {
            firstLineOf.insert(user.username, record.line);
        }
        const auto mfa = boolean(cell(kMfaColumn));
        if (!mfa) {
            problem(kMfaColumn, tr("Must be true or false."));
        }
        for (auto it = position.cbegin(); it != position.cend(); ++it) {
            const QString& name = it.key();
            const QString value = record.fields[it.value()];
            if (name == kUsernameColumn || name == kMfaColumn || value.isEmpty()) {
                continue;
            }
            if (auto valid = shape::checkAttribute(name, value, name); !valid) {
                problem(name, valid.failure().message);
                continue;
            }
            user.attributes.insert(name, value);
        }
        bool flagsRead = true;
        for (const QString& flag : {kEmailVerified, kPhoneVerified}) {
            const QString value = cell(flag);
            if (!value.isEmpty() && !boolean(value)) {
                problem(flag, tr("Must be true, false or empty."));
                flagsRead = false;
            } else if (!value.isEmpty()) {
                user.attributes.insert(flag, value.toLower());
            }
        }
        const bool emailVerified = boolean(cell(kEmailVerified)).value_or(false);
        const bool phoneVerified = boolean(cell(kPhoneVerified)).value_or(false);
        // A flag that is not a boolean is reported once, above, not again here.
        if (!emailVerified && !phoneVerified && flagsRead) {
            problem(kEmailVerified,
                    tr("Either email_verified or phone_number_verified must be true, so the user "
                       "can receive the code to set a password."));
        }
        if (const QString email = cell(kEmail); !email.isEmpty()) {
            if (auto valid = attributes::checkEmail(email); !valid) {
                problem(kEmail, valid.failure().message);
            }
        } else if (emailVerified) {
            problem(kEmail, tr("email_verified is true, so the email address is needed."));
        }
        if (const QString phone = cell(kPhone); !phone.isEmpty()) {
            if (auto valid = attributes::checkPhoneNumber(phone); !valid) {
                problem(kPhone, tr("%1 Write it as + and the country code and number, digits only "
                                   "(+14325551212).")
                                    .arg(valid.failure().message));
            }
        } else if (phoneVerified || mfa.value_or(false)) {
            problem(kPhone, tr("phone_number_verified or cognito:mfa_enabled is true, so the "
                               "phone number is needed."));
        }
        if (const QString updated = cell(QStringLiteral("updated_at")); !updated.isEmpty()) {
            bool number = false;
            updated.toLongLong(&number);
            if (!number) {
                problem(QStringLiteral("updated_at"),
                        tr("Must be a number: seconds since 1970-01-01 UTC."));
            }
        }
        if (preview.problems.size() != before) {
            continue;
        }
        user.userStatus = QStringLiteral("RESET_REQUIRED");
        if (*mfa) {
            user.userMfaSettingList = {QString::fromLatin1(factors::kSms)};
        }
        preview.users.append(user);
        preview.lines.append(record.line);
    }
    return preview;
}

} // namespace tessera::pool
