// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "otp/OtpParameters.h"

#include <QCborMap>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QUuid>

namespace tessera::vault {

// Lengths for new text (an edit, a new group), in characters, beside the label limits of
// otp::OtpParameters. Text a vault already holds is kept and shown whatever its length.
inline constexpr int kMaxNoteLength = 4096;
inline constexpr int kMaxGroupNameLength = otp::kMaxLabelLength;
Status checkNote(const QString& note);
Status checkGroupName(const QString& name);

// A named, ordered folder for entries. Fields a newer Tessera wrote are kept in unknownFields.
struct Group
{
    QUuid id;
    QString name;
    QCborMap unknownFields;
};

// One account in the vault: its OTP generator plus what the user keeps beside it. The UUID never
// changes, so the UI, the CLI and sync can name an entry even when issuer and account repeat.
// Move-only because the parameters hold a secret; clone() makes an explicit copy.
class Entry
{
public:
    explicit Entry(otp::OtpParameters parameters, QUuid id = QUuid::createUuid(),
                   QDateTime created = QDateTime::currentDateTimeUtc());

    Entry(Entry&&) noexcept = default;
    Entry& operator=(Entry&&) noexcept = default;
    Entry clone() const;

    const QUuid& id() const { return m_id; }
    const otp::OtpParameters& parameters() const { return m_parameters; }
    void setParameters(otp::OtpParameters parameters) { m_parameters = std::move(parameters); }
    // HOTP: the counter moves on each time a code is shown.
    void setCounter(quint64 counter) { m_parameters.setCounter(counter); }

    const QList<QUuid>& groups() const { return m_groups; }
    void setGroups(QList<QUuid> groups) { m_groups = std::move(groups); }
    bool isFavourite() const { return m_favourite; }
    void setFavourite(bool favourite) { m_favourite = favourite; }
    const QString& note() const { return m_note; }
    void setNote(QString note) { m_note = std::move(note); }
    // A reference into the icon pack (e.g. "github"), not image data.
    const QString& iconReference() const { return m_iconReference; }
    void setIconReference(QString reference) { m_iconReference = std::move(reference); }
    const QDateTime& created() const { return m_created; }
    void setCreated(QDateTime created) { m_created = std::move(created); }
    // Invalid until a code was first shown.
    const QDateTime& lastUsed() const { return m_lastUsed; }
    void setLastUsed(QDateTime lastUsed) { m_lastUsed = std::move(lastUsed); }

    // Fields written by a newer Tessera, written back unchanged so a round trip loses nothing.
    const QCborMap& unknownFields() const { return m_unknownFields; }
    void setUnknownFields(QCborMap fields) { m_unknownFields = std::move(fields); }

    // "issuer:account", or the account alone when there is no issuer.
    QString displayName() const;

private:
    QUuid m_id;
    otp::OtpParameters m_parameters;
    QList<QUuid> m_groups;
    bool m_favourite = false;
    QString m_note;
    QString m_iconReference;
    QDateTime m_created;
    QDateTime m_lastUsed;
    QCborMap m_unknownFields;
};

} // namespace tessera::vault
