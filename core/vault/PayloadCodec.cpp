// SPDX-License-Identifier: GPL-3.0-or-later
#include "PayloadCodec.h"

#include "SecureBufferDevice.h"

#include <QCborStreamReader>
#include <QCborStreamWriter>
#include <QCborValue>
#include <QCoreApplication>

#include <functional>
#include <limits>

namespace tessera::vault::payload {

namespace {

// Field names. Short, stable, and documented in docs/vault-format.md.
const QString kEntries = QStringLiteral("entries");
const QString kGroups = QStringLiteral("groups");
const QString kId = QStringLiteral("id");
const QString kName = QStringLiteral("name");
const QString kType = QStringLiteral("type");
const QString kAlgorithm = QStringLiteral("algorithm");
const QString kDigits = QStringLiteral("digits");
const QString kPeriod = QStringLiteral("period");
const QString kCounter = QStringLiteral("counter");
const QString kSecret = QStringLiteral("secret");
const QString kIssuer = QStringLiteral("issuer");
const QString kAccount = QStringLiteral("account");
const QString kExtra = QStringLiteral("extra");
const QString kFavourite = QStringLiteral("favourite");
const QString kNote = QStringLiteral("note");
const QString kIcon = QStringLiteral("icon");
const QString kCreated = QStringLiteral("created");
const QString kLastUsed = QStringLiteral("lastUsed");

// Bounds on what decode() accepts, so a hostile file cannot ask for unbounded work.
constexpr qsizetype kMaxSecretBytes = 1024;
constexpr int kMaxDepth = 64;

// lupdate loses track of the class it is in after a namespace-qualified return type.
using crypto::SecureBytes;

// The translation context of this file's messages (lupdate records PayloadCodecText::tr calls
// under it).
struct PayloadCodecText
{
    Q_DECLARE_TR_FUNCTIONS(tessera::vault::payload::PayloadCodec)
};

// ---- writing ----

void writeUnknown(QCborStreamWriter& writer, const QCborMap& unknown, const QStringList& known)
{
    for (auto it = unknown.constBegin(); it != unknown.constEnd(); ++it) {
        if (it.key().isString() && known.contains(it.key().toString())) {
            continue;
        }
        it.key().toCbor(writer);
        it.value().toCbor(writer);
    }
}

qsizetype unknownCount(const QCborMap& unknown, const QStringList& known)
{
    qsizetype count = 0;
    for (auto it = unknown.constBegin(); it != unknown.constEnd(); ++it) {
        if (!(it.key().isString() && known.contains(it.key().toString()))) {
            ++count;
        }
    }
    return count;
}

const QStringList& groupKeys()
{
    static const QStringList keys = {kId, kName};
    return keys;
}

const QStringList& entryKeys()
{
    static const QStringList keys = {kId,     kType,   kAlgorithm, kDigits,  kPeriod, kCounter,
                                     kSecret, kIssuer, kAccount,   kExtra,   kGroups, kFavourite,
                                     kNote,   kIcon,   kCreated,   kLastUsed};
    return keys;
}

const QStringList& vaultKeys()
{
    static const QStringList keys = {kGroups, kEntries};
    return keys;
}

void writeUuid(QCborStreamWriter& writer, const QUuid& id)
{
    writer.append(id.toString(QUuid::WithoutBraces));
}

void writeTime(QCborStreamWriter& writer, const QDateTime& time)
{
    if (time.isValid()) {
        writer.append(time.toMSecsSinceEpoch());
    } else {
        writer.appendNull();
    }
}

void writeEntry(QCborStreamWriter& writer, const Entry& entry)
{
    const auto& p = entry.parameters();
    writer.startMap(quint64(entryKeys().size() + unknownCount(entry.unknownFields(), entryKeys())));
    writer.append(kId);
    writeUuid(writer, entry.id());
    writer.append(kType);
    writer.append(otp::typeName(p.type()));
    writer.append(kAlgorithm);
    writer.append(otp::algorithmName(p.algorithm()));
    writer.append(kDigits);
    writer.append(qint64(p.digits()));
    writer.append(kPeriod);
    writer.append(qint64(p.period()));
    writer.append(kCounter);
    writer.append(quint64(p.counter()));
    writer.append(kSecret);
    writer.appendByteString(reinterpret_cast<const char*>(p.secret().data()),
                            qsizetype(p.secret().size()));
    writer.append(kIssuer);
    writer.append(p.issuer());
    writer.append(kAccount);
    writer.append(p.account());
    writer.append(kExtra);
    writer.startArray(quint64(p.extraParameters().size()));
    for (const auto& [key, value] : p.extraParameters()) {
        writer.startArray(2);
        writer.append(key);
        writer.append(value);
        writer.endArray();
    }
    writer.endArray();
    writer.append(kGroups);
    writer.startArray(quint64(entry.groups().size()));
    for (const QUuid& group : entry.groups()) {
        writeUuid(writer, group);
    }
    writer.endArray();
    writer.append(kFavourite);
    writer.append(entry.isFavourite());
    writer.append(kNote);
    writer.append(entry.note());
    writer.append(kIcon);
    writer.append(entry.iconReference());
    writer.append(kCreated);
    writeTime(writer, entry.created());
    writer.append(kLastUsed);
    writeTime(writer, entry.lastUsed());
    writeUnknown(writer, entry.unknownFields(), entryKeys());
    writer.endMap();
}

// ---- reading ----

// A recursive-descent reader over QCborStreamReader. Every accessor records the first problem
// and turns later calls into no-ops, so the decoding code reads straight through.
class Reader
{
public:
    explicit Reader(const QByteArray& data) : m_reader(data) {}

    bool failed() const { return !m_problem.isEmpty(); }
    const QString& problem() const { return m_problem; }
    void fail(const QString& what)
    {
        if (m_problem.isEmpty()) {
            m_problem = what;
        }
    }

    bool atEnd()
    {
        return !failed() && m_reader.lastError() == QCborError::NoError && !m_reader.hasNext();
    }

    // Calls `field(key)` for each member of the map at the cursor; `field` must consume the value.
    void forEachMember(const QString& what, const std::function<void(const QString&)>& field)
    {
        if (failed() || !m_reader.isMap() || ++m_depth > kMaxDepth) {
            fail(PayloadCodecText::tr("%1 is not a map").arg(what));
            return;
        }
        m_reader.enterContainer();
        while (!failed() && m_reader.hasNext()) {
            if (!m_reader.isString()) {
                fail(PayloadCodecText::tr("%1 has a key that is not text").arg(what));
                return;
            }
            const QString key = string(what);
            if (failed()) {
                return;
            }
            field(key);
        }
        leave(what);
    }

    void forEachElement(const QString& what, const std::function<void()>& element)
    {
        if (failed() || !m_reader.isArray() || ++m_depth > kMaxDepth) {
            fail(PayloadCodecText::tr("%1 is not a list").arg(what));
            return;
        }
        m_reader.enterContainer();
        while (!failed() && m_reader.hasNext()) {
            element();
        }
        leave(what);
    }

    QString string(const QString& what)
    {
        if (failed() || !m_reader.isString()) {
            fail(PayloadCodecText::tr("%1 is not text").arg(what));
            return {};
        }
        QString out;
        auto chunk = m_reader.readString();
        while (chunk.status == QCborStreamReader::Ok) {
            out += chunk.data;
            chunk = m_reader.readString();
        }
        if (chunk.status == QCborStreamReader::Error) {
            fail(PayloadCodecText::tr("%1 is not valid text").arg(what));
        }
        return out;
    }

    SecureBytes secretBytes(const QString& what)
    {
        SecureBytes out;
        if (failed() || !m_reader.isByteArray()) {
            fail(PayloadCodecText::tr("%1 is not a byte string").arg(what));
            return out;
        }
        QCborStreamReader::StringResult<qsizetype> chunk;
        do {
            const qsizetype size = std::max<qsizetype>(m_reader.currentStringChunkSize(), 0);
            const std::size_t old = out.size();
            if (qsizetype(old) + size > kMaxSecretBytes) {
                fail(PayloadCodecText::tr("%1 is longer than %2 bytes")
                         .arg(what)
                         .arg(kMaxSecretBytes));
                return {};
            }
            out.resize(old + std::size_t(size));
            chunk = m_reader.readStringChunk(reinterpret_cast<char*>(out.data() + old), size);
            if (chunk.status == QCborStreamReader::Ok) {
                out.resize(old + std::size_t(chunk.data));
            }
        } while (chunk.status == QCborStreamReader::Ok);
        if (chunk.status == QCborStreamReader::Error) {
            fail(PayloadCodecText::tr("%1 is not a valid byte string").arg(what));
        }
        return out;
    }

    qint64 integer(const QString& what, qint64 minimum, qint64 maximum)
    {
        if (failed() || !m_reader.isInteger()) {
            fail(PayloadCodecText::tr("%1 is not a whole number").arg(what));
            return 0;
        }
        const qint64 value = m_reader.toInteger();
        if (m_reader.isNegativeInteger() || value < minimum || value > maximum) {
            fail(PayloadCodecText::tr("%1 is out of range").arg(what));
            return 0;
        }
        m_reader.next();
        return value;
    }

    quint64 unsignedInteger(const QString& what)
    {
        if (failed() || !m_reader.isUnsignedInteger()) {
            fail(PayloadCodecText::tr("%1 is not a whole number of 0 or more").arg(what));
            return 0;
        }
        const quint64 value = m_reader.toUnsignedInteger();
        m_reader.next();
        return value;
    }

    bool boolean(const QString& what)
    {
        if (failed() || !m_reader.isBool()) {
            fail(PayloadCodecText::tr("%1 is not true or false").arg(what));
            return false;
        }
        const bool value = m_reader.toBool();
        m_reader.next();
        return value;
    }

    QDateTime time(const QString& what)
    {
        if (failed()) {
            return {};
        }
        if (m_reader.isNull()) {
            m_reader.next();
            return {};
        }
        if (!m_reader.isInteger()) {
            fail(PayloadCodecText::tr("%1 is not a time").arg(what));
            return {};
        }
        const qint64 ms = m_reader.toInteger();
        m_reader.next();
        return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
    }

    QUuid uuid(const QString& what)
    {
        const QUuid id = QUuid::fromString(string(what));
        if (!failed() && id.isNull()) {
            fail(PayloadCodecText::tr("%1 is not a UUID").arg(what));
        }
        return id;
    }

    // Keeps a value this version does not understand.
    void keepUnknown(QCborMap& into, const QString& key)
    {
        if (failed()) {
            return;
        }
        const QCborValue value = QCborValue::fromCbor(m_reader);
        if (m_reader.lastError() != QCborError::NoError) {
            fail(PayloadCodecText::tr("an unknown field '%1' is not valid CBOR").arg(key));
            return;
        }
        into.insert(key, value);
    }

private:
    void leave(const QString& what)
    {
        --m_depth;
        if (!failed() &&
            (m_reader.lastError() != QCborError::NoError || !m_reader.leaveContainer())) {
            fail(PayloadCodecText::tr("%1 ends early").arg(what));
        }
    }

    QCborStreamReader m_reader;
    QString m_problem;
    int m_depth = 0;
};

struct EntryFields
{
    otp::OtpSpec spec;
    QUuid id;
    QList<QUuid> groups;
    bool favourite = false;
    QString note;
    QString icon;
    QDateTime created;
    QDateTime lastUsed;
    QCborMap unknown;
    bool hasSecret = false;
    bool hasType = false;
};

std::optional<otp::OtpType> typeFromName(const QString& name)
{
    for (const auto type : {otp::OtpType::Totp, otp::OtpType::Hotp, otp::OtpType::Steam}) {
        if (otp::typeName(type) == name) {
            return type;
        }
    }
    return std::nullopt;
}

void readEntry(Reader& reader, Vault& vault)
{
    EntryFields f;
    const QString what = PayloadCodecText::tr("entry %1").arg(vault.size() + 1);
    reader.forEachMember(what, [&](const QString& key) {
        if (key == kId) {
            f.id = reader.uuid(what + QLatin1Char('.') + key);
        } else if (key == kType) {
            const auto type = typeFromName(reader.string(key));
            if (!type) {
                reader.fail(PayloadCodecText::tr("%1 has an unknown type").arg(what));
            }
            f.spec.type = type.value_or(otp::OtpType::Totp);
            f.hasType = true;
        } else if (key == kAlgorithm) {
            const auto algorithm = otp::algorithmFromName(reader.string(key));
            if (!algorithm) {
                reader.fail(PayloadCodecText::tr("%1 has an unknown algorithm").arg(what));
            }
            f.spec.algorithm = algorithm.value_or(otp::HashAlgorithm::Sha1);
        } else if (key == kDigits) {
            f.spec.digits = int(reader.integer(key, 1, 100));
        } else if (key == kPeriod) {
            f.spec.period = int(reader.integer(key, 1, std::numeric_limits<int>::max()));
        } else if (key == kCounter) {
            f.spec.counter = reader.unsignedInteger(key);
        } else if (key == kSecret) {
            f.spec.secret = reader.secretBytes(what + QLatin1Char('.') + key);
            f.hasSecret = true;
        } else if (key == kIssuer) {
            f.spec.issuer = reader.string(key);
        } else if (key == kAccount) {
            f.spec.account = reader.string(key);
        } else if (key == kExtra) {
            reader.forEachElement(key, [&] {
                QStringList pair;
                reader.forEachElement(key, [&] { pair.append(reader.string(key)); });
                if (pair.size() != 2) {
                    reader.fail(PayloadCodecText::tr("%1 has an extra parameter that is not a pair")
                                    .arg(what));
                    return;
                }
                f.spec.extraParameters.append({pair[0], pair[1]});
            });
        } else if (key == kGroups) {
            reader.forEachElement(key, [&] { f.groups.append(reader.uuid(key)); });
        } else if (key == kFavourite) {
            f.favourite = reader.boolean(key);
        } else if (key == kNote) {
            f.note = reader.string(key);
        } else if (key == kIcon) {
            f.icon = reader.string(key);
        } else if (key == kCreated) {
            f.created = reader.time(key);
        } else if (key == kLastUsed) {
            f.lastUsed = reader.time(key);
        } else {
            reader.keepUnknown(f.unknown, key);
        }
    });
    if (reader.failed()) {
        return;
    }
    if (f.id.isNull() || !f.hasSecret || !f.hasType) {
        reader.fail(PayloadCodecText::tr("%1 lacks its id, type or secret").arg(what));
        return;
    }
    // restore(): a vault written before the length limits must still open.
    auto parameters = otp::OtpParameters::restore(std::move(f.spec));
    if (!parameters) {
        reader.fail(PayloadCodecText::tr("%1 is invalid: %2").arg(what, parameters.error()));
        return;
    }
    Entry entry(std::move(*parameters), f.id, f.created);
    entry.setGroups(std::move(f.groups));
    entry.setFavourite(f.favourite);
    entry.setNote(std::move(f.note));
    entry.setIconReference(std::move(f.icon));
    entry.setLastUsed(std::move(f.lastUsed));
    entry.setUnknownFields(std::move(f.unknown));
    vault.addEntry(std::move(entry));
}

void readGroup(Reader& reader, QList<Group>& groups)
{
    Group group;
    const QString what = PayloadCodecText::tr("group %1").arg(groups.size() + 1);
    reader.forEachMember(what, [&](const QString& key) {
        if (key == kId) {
            group.id = reader.uuid(key);
        } else if (key == kName) {
            group.name = reader.string(key);
        } else {
            reader.keepUnknown(group.unknownFields, key);
        }
    });
    if (!reader.failed() && group.id.isNull()) {
        reader.fail(PayloadCodecText::tr("%1 has no id").arg(what));
    }
    groups.append(std::move(group));
}

} // namespace

Expected<crypto::SecureBytes> encode(const Vault& vault)
{
    SecureBufferDevice device;
    {
        QCborStreamWriter writer(&device);
        writer.startMap(quint64(2 + unknownCount(vault.unknownFields(), vaultKeys())));
        writer.append(kGroups);
        writer.startArray(quint64(vault.groups().size()));
        for (const Group& group : vault.groups()) {
            writer.startMap(quint64(2 + unknownCount(group.unknownFields, groupKeys())));
            writer.append(kId);
            writeUuid(writer, group.id);
            writer.append(kName);
            writer.append(group.name);
            writeUnknown(writer, group.unknownFields, groupKeys());
            writer.endMap();
        }
        writer.endArray();
        writer.append(kEntries);
        writer.startArray(quint64(vault.entries().size()));
        for (const Entry& entry : vault.entries()) {
            writeEntry(writer, entry);
        }
        writer.endArray();
        writeUnknown(writer, vault.unknownFields(), vaultKeys());
        writer.endMap();
    }
    return device.take();
}

Expected<Vault> decode(QByteArrayView cbor)
{
    // fromRawData: the reader works on the decrypted bytes in place, without copying them.
    const QByteArray data = QByteArray::fromRawData(cbor.data(), cbor.size());
    Reader reader(data);
    Vault vault;
    QList<Group> groups;
    QCborMap unknown;
    bool hasEntries = false;
    reader.forEachMember(PayloadCodecText::tr("the vault content"), [&](const QString& key) {
        if (key == kGroups) {
            reader.forEachElement(key, [&] { readGroup(reader, groups); });
        } else if (key == kEntries) {
            hasEntries = true;
            reader.forEachElement(key, [&] { readEntry(reader, vault); });
        } else {
            reader.keepUnknown(unknown, key);
        }
    });
    if (!reader.failed() && !hasEntries) {
        reader.fail(PayloadCodecText::tr("the vault content has no entries list"));
    }
    if (!reader.failed() && !reader.atEnd()) {
        reader.fail(PayloadCodecText::tr("the vault content has bytes after its end"));
    }
    if (reader.failed()) {
        return makeError(
            PayloadCodecText::tr("the vault content is damaged: %1").arg(reader.problem()));
    }
    vault.setGroups(std::move(groups));
    vault.setUnknownFields(std::move(unknown));
    return vault;
}

} // namespace tessera::vault::payload
