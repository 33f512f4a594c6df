// SPDX-License-Identifier: GPL-3.0-or-later
#include "IssuerIconIndex.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>

namespace tessera::icons {

namespace {

// Words after a brand that still mean the brand's account ("Google Workspace", "Proton (work)").
const QSet<QString>& qualifierWords()
{
    static const QSet<QString> words{
        QStringLiteral("workspace"),  QStringLiteral("enterprise"), QStringLiteral("account"),
        QStringLiteral("accounts"),   QStringLiteral("login"),      QStringLiteral("signin"),
        QStringLiteral("sso"),        QStringLiteral("id"),         QStringLiteral("cloud"),
        QStringLiteral("business"),   QStringLiteral("admin"),      QStringLiteral("console"),
        QStringLiteral("mail"),       QStringLiteral("email"),      QStringLiteral("developer"),
        QStringLiteral("developers"), QStringLiteral("dev"),        QStringLiteral("auth"),
        QStringLiteral("identity"),   QStringLiteral("security"),   QStringLiteral("2fa"),
        QStringLiteral("mfa"),        QStringLiteral("otp"),        QStringLiteral("totp"),
        QStringLiteral("store"),      QStringLiteral("work"),       QStringLiteral("personal"),
        QStringLiteral("home"),       QStringLiteral("private"),    QStringLiteral("test"),
        QStringLiteral("staging"),    QStringLiteral("prod"),       QStringLiteral("backup"),
        QStringLiteral("old"),        QStringLiteral("new"),        QStringLiteral("main"),
    };
    return words;
}

// Legal forms that trail a company's name ("GitHub, Inc.", "Proton AG").
const QSet<QString>& companySuffixes()
{
    static const QSet<QString> words{
        QStringLiteral("inc"),     QStringLiteral("incorporated"), QStringLiteral("llc"),
        QStringLiteral("ltd"),     QStringLiteral("limited"),      QStringLiteral("gmbh"),
        QStringLiteral("corp"),    QStringLiteral("corporation"),  QStringLiteral("co"),
        QStringLiteral("company"), QStringLiteral("plc"),          QStringLiteral("ag"),
        QStringLiteral("sa"),      QStringLiteral("ab"),           QStringLiteral("oy"),
        QStringLiteral("bv"),      QStringLiteral("nv"),           QStringLiteral("srl"),
        QStringLiteral("sas"),     QStringLiteral("kk"),           QStringLiteral("llp"),
        QStringLiteral("pty"),
    };
    return words;
}

// Second-level labels of country domains ("google.co.uk", "amazon.com.au").
const QSet<QString>& secondLevelLabels()
{
    static const QSet<QString> labels{
        QStringLiteral("co"),  QStringLiteral("com"), QStringLiteral("net"),
        QStringLiteral("org"), QStringLiteral("ac"),  QStringLiteral("gov"),
        QStringLiteral("edu"), QStringLiteral("ne"),  QStringLiteral("or")};
    return labels;
}

// The label of a host name that names the service: "accounts.google.com" -> "google",
// "alice@gmail.com" -> "gmail", "https://id.atlassian.com/login" -> "atlassian". Empty when
// `text` does not look like a host name.
QString registrableLabel(QStringView text)
{
    if (const qsizetype at = text.lastIndexOf(QLatin1Char('@')); at >= 0) {
        text = text.sliced(at + 1);
    }
    if (const qsizetype scheme = text.indexOf(QLatin1String("://")); scheme >= 0) {
        text = text.sliced(scheme + 3);
    }
    if (const qsizetype end = text.indexOf(QLatin1Char('/')); end >= 0) {
        text = text.first(end);
    }
    if (const qsizetype port = text.indexOf(QLatin1Char(':')); port >= 0) {
        text = text.first(port);
    }
    if (!text.contains(QLatin1Char('.')) ||
        std::any_of(text.begin(), text.end(), [](QChar c) { return c.isSpace(); })) {
        return {};
    }
    QStringList labels = text.toString().toCaseFolded().split(QLatin1Char('.'), Qt::SkipEmptyParts);
    if (labels.size() < 2) {
        return {};
    }
    const QString topLevel = labels.takeLast();
    if (topLevel.size() == 2 && labels.size() >= 2 && secondLevelLabels().contains(labels.last())) {
        labels.removeLast();
    }
    return labels.last();
}

// Case-folded runs of letters and digits.
QStringList words(QStringView text)
{
    QStringList result;
    QString word;
    for (const QChar c : text.toString().toCaseFolded()) {
        if (c.isLetterOrNumber()) {
            word += c;
        } else if (!word.isEmpty()) {
            result << word;
            word.clear();
        }
    }
    if (!word.isEmpty()) {
        result << word;
    }
    return result;
}

bool isHex(const QString& text)
{
    return std::all_of(text.begin(), text.end(), [](QChar c) {
        return (c >= QLatin1Char('0') && c <= QLatin1Char('9')) ||
               (c.toLower() >= QLatin1Char('a') && c.toLower() <= QLatin1Char('f'));
    });
}

} // namespace

QString IssuerIconIndex::compact(QStringView name)
{
    QString result;
    result.reserve(name.size());
    for (const QChar c : name.toString().toCaseFolded()) {
        if (c.isLetterOrNumber()) {
            result += c;
        }
    }
    return result;
}

Expected<IssuerIconIndex> IssuerIconIndex::fromJson(QByteArrayView json)
{
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(json.toByteArray(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return makeError(QStringLiteral("the icon index is not JSON: %1 at offset %2")
                             .arg(parseError.errorString())
                             .arg(parseError.offset));
    }
    const QJsonValue icons = document.object().value(QLatin1String("icons"));
    if (!icons.isArray()) {
        return makeError(QStringLiteral("the icon index has no \"icons\" array"));
    }
    IssuerIconIndex index;
    index.m_version = document.object().value(QLatin1String("version")).toString();
    const QJsonArray list = icons.toArray();
    index.m_icons.reserve(std::size_t(list.size()));
    for (const QJsonValue value : list) {
        const QJsonObject object = value.toObject();
        IssuerIcon icon;
        icon.key = object.value(QLatin1String("key")).toString();
        icon.title = object.value(QLatin1String("title")).toString();
        const QString hex = object.value(QLatin1String("hex")).toString();
        if (icon.key.isEmpty() || compact(icon.key) != icon.key) {
            return makeError(QStringLiteral("icon %1 of the index has a key that is not lower-case "
                                            "letters and digits: '%2'")
                                 .arg(index.m_icons.size())
                                 .arg(icon.key));
        }
        if (hex.size() != 6 || !isHex(hex)) {
            return makeError(
                QStringLiteral("icon '%1' has no six-digit hex colour: '%2'").arg(icon.key, hex));
        }
        icon.rgb = hex.toUInt(nullptr, 16);
        QStringList names{icon.key, icon.title};
        for (const QJsonValue alias : object.value(QLatin1String("aliases")).toArray()) {
            names << alias.toString();
        }
        const auto position = qsizetype(index.m_icons.size());
        for (const QString& name : names) {
            const QString key = compact(name);
            if (key.isEmpty()) {
                continue;
            }
            const auto existing = index.m_byName.constFind(key);
            if (existing != index.m_byName.constEnd() && *existing != position) {
                return makeError(
                    QStringLiteral("the name '%1' means both '%2' and '%3'")
                        .arg(name, index.m_icons[std::size_t(*existing)].key, icon.key));
            }
            index.m_byName.insert(key, position);
        }
        index.m_icons.push_back(std::move(icon));
    }
    return index;
}

const IssuerIcon* IssuerIconIndex::byCompactName(const QString& name) const
{
    const auto found = m_byName.constFind(name);
    return found == m_byName.constEnd() ? nullptr : &m_icons[std::size_t(*found)];
}

const IssuerIcon* IssuerIconIndex::icon(QStringView key) const
{
    const IssuerIcon* found = byCompactName(compact(key));
    return found != nullptr && found->key == key ? found : nullptr;
}

const IssuerIcon* IssuerIconIndex::match(QStringView issuer) const
{
    issuer = issuer.trimmed();
    if (issuer.isEmpty() || m_icons.empty()) {
        return nullptr;
    }
    if (const IssuerIcon* exact = byCompactName(compact(issuer))) {
        return exact;
    }
    if (const QString label = registrableLabel(issuer); !label.isEmpty()) {
        return byCompactName(compact(label));
    }
    QStringList parts = words(issuer);
    while (parts.size() > 1 && companySuffixes().contains(parts.last())) {
        parts.removeLast();
    }
    // The longest run of leading words that names a brand, when every word after it qualifies.
    for (qsizetype count = parts.size(); count > 0; --count) {
        const bool restQualifies =
            std::all_of(parts.begin() + count, parts.end(),
                        [](const QString& word) { return qualifierWords().contains(word); });
        if (!restQualifies) {
            // A word that is no qualifier stays in every shorter run's rest too.
            break;
        }
        if (const IssuerIcon* found = byCompactName(parts.first(count).join(QString()))) {
            return found;
        }
    }
    return nullptr;
}

const IssuerIcon* IssuerIconIndex::forEntry(QStringView iconReference, QStringView issuer) const
{
    if (const IssuerIcon* chosen = match(iconReference)) {
        return chosen;
    }
    return match(issuer);
}

} // namespace tessera::icons
