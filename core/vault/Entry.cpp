// SPDX-License-Identifier: GPL-3.0-or-later
#include "Entry.h"

#include "util/TextLimits.h"

#include <QCoreApplication>

namespace tessera::vault {

Status checkNote(const QString& note)
{
    return checkLength(QCoreApplication::translate("Entry", "the note"), note, kMaxNoteLength);
}

Status checkGroupName(const QString& name)
{
    return checkLength(QCoreApplication::translate("Entry", "the group name"), name,
                       kMaxGroupNameLength);
}

Entry::Entry(otp::OtpParameters parameters, QUuid id, QDateTime created)
    : m_id(id), m_parameters(std::move(parameters)), m_created(std::move(created))
{}

Entry Entry::clone() const
{
    Entry copy(m_parameters.clone(), m_id, m_created);
    copy.m_groups = m_groups;
    copy.m_favourite = m_favourite;
    copy.m_note = m_note;
    copy.m_iconReference = m_iconReference;
    copy.m_lastUsed = m_lastUsed;
    copy.m_unknownFields = m_unknownFields;
    return copy;
}

QString Entry::displayName() const
{
    const QString& issuer = m_parameters.issuer();
    return issuer.isEmpty() ? m_parameters.account()
                            : issuer + QLatin1Char(':') + m_parameters.account();
}

} // namespace tessera::vault
