// SPDX-License-Identifier: GPL-3.0-or-later
#include "UserFilterBar.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>

namespace tessera::ui::console {

namespace {

// What each searchable attribute is called in the field list.
QString attributeLabel(const QString& attribute)
{
    if (attribute == QLatin1String("username")) {
        return UserFilterBar::tr("Username");
    }
    if (attribute == QLatin1String("email")) {
        return UserFilterBar::tr("Email");
    }
    if (attribute == QLatin1String("phone_number")) {
        return UserFilterBar::tr("Phone number");
    }
    if (attribute == QLatin1String("name")) {
        return UserFilterBar::tr("Name");
    }
    if (attribute == QLatin1String("given_name")) {
        return UserFilterBar::tr("Given name");
    }
    if (attribute == QLatin1String("family_name")) {
        return UserFilterBar::tr("Family name");
    }
    if (attribute == QLatin1String("preferred_username")) {
        return UserFilterBar::tr("Preferred username");
    }
    if (attribute == QLatin1String("cognito:user_status")) {
        return UserFilterBar::tr("Status (CONFIRMED, …)");
    }
    if (attribute == QLatin1String("status")) {
        return UserFilterBar::tr("Enabled (Enabled / Disabled)");
    }
    return UserFilterBar::tr("User ID (sub)");
}

} // namespace

UserFilterBar::UserFilterBar(QWidget* parent) : QWidget(parent)
{
    auto* layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    m_search = new QLineEdit;
    m_search->setPlaceholderText(tr("Search usernames"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search usernames"));
    m_search->setAccessibleDescription(
        tr("Lists the users whose username starts with this text (username ^= \"text\")."));
    layout->addWidget(m_search, 0, 0, 1, 4);

    m_attribute = new QComboBox;
    for (const QString& attribute : pool::UserFilter::searchableAttributes()) {
        m_attribute->addItem(attributeLabel(attribute), attribute);
    }
    // Both combo boxes elide their longest entries rather than widening the console.
    m_attribute->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_attribute->setMinimumContentsLength(10);
    m_attribute->setAccessibleName(tr("Filter field"));
    m_attribute->setAccessibleDescription(
        tr("The attribute to filter on: ListUsers can search only these."));
    m_operator = new QComboBox;
    m_operator->addItem(tr("starts with"), QStringLiteral("^="));
    m_operator->addItem(tr("is exactly"), QStringLiteral("="));
    m_operator->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_operator->setMinimumContentsLength(8);
    m_operator->setAccessibleName(tr("Filter operator"));
    m_value = new QLineEdit;
    m_value->setPlaceholderText(tr("Value"));
    m_value->setAccessibleName(tr("Filter value"));
    layout->addWidget(m_attribute, 1, 0);
    layout->addWidget(m_operator, 1, 1);
    layout->addWidget(m_value, 1, 2, 1, 2);

    m_text = new QLineEdit;
    m_text->setPlaceholderText(tr("Cognito filter, e.g. email ^= \"ann\""));
    m_text->setAccessibleName(tr("Cognito filter"));
    m_text->setAccessibleDescription(
        tr("The filter as ListUsers receives it; edit it here or with the fields above."));
    QFont mono = m_text->font();
    mono.setFamily(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::Monospace);
    m_text->setFont(mono);
    m_apply = new QPushButton(tr("&Apply filter"));
    m_apply->setAccessibleName(tr("Apply filter"));
    m_clear = new QPushButton(tr("Show a&ll"));
    m_clear->setAccessibleName(tr("Show all users"));
    layout->addWidget(m_text, 2, 0, 1, 2);
    layout->addWidget(m_apply, 2, 2);
    layout->addWidget(m_clear, 2, 3);
    layout->setColumnStretch(2, 1);

    m_problem = new QLabel;
    m_problem->setWordWrap(true);
    m_problem->setAccessibleName(tr("Filter problem"));
    m_problem->hide();
    layout->addWidget(m_problem, 3, 0, 1, 4);

    m_searchDelay.setSingleShot(true);
    m_searchDelay.setInterval(250);
    connect(&m_searchDelay, &QTimer::timeout, this, &UserFilterBar::quickSearchEdited);
    connect(m_search, &QLineEdit::textEdited, this, [this] { m_searchDelay.start(); });
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_searchDelay.stop();
        quickSearchEdited();
    });
    connect(m_attribute, &QComboBox::currentIndexChanged, this, &UserFilterBar::fieldsEdited);
    connect(m_operator, &QComboBox::currentIndexChanged, this, &UserFilterBar::fieldsEdited);
    connect(m_value, &QLineEdit::textEdited, this, &UserFilterBar::fieldsEdited);
    connect(m_value, &QLineEdit::returnPressed, this, &UserFilterBar::apply);
    connect(m_text, &QLineEdit::textEdited, this, &UserFilterBar::textEdited);
    connect(m_text, &QLineEdit::returnPressed, this, &UserFilterBar::apply);
    connect(m_apply, &QPushButton::clicked, this, &UserFilterBar::apply);
    connect(m_clear, &QPushButton::clicked, this, [this] {
        m_search->clear();
        setFilter(std::nullopt);
    });
}

QString UserFilterBar::filterText() const
{
    return m_text->text();
}

QString UserFilterBar::problem() const
{
    return pool::UserFilter::explanation(m_text->text());
}

void UserFilterBar::fieldsEdited()
{
    if (m_updating) {
        return;
    }
    const auto filter =
        pool::UserFilter::make(m_attribute->currentData().toString(),
                               m_operator->currentData().toString() == QLatin1String("^=")
                                   ? pool::UserFilter::Match::Prefix
                                   : pool::UserFilter::Match::Exact,
                               m_value->text());
    m_text->setText(filter ? filter->toString() : QString());
    textEdited();
}

void UserFilterBar::textEdited()
{
    const QString problemText = problem();
    m_problem->setText(problemText);
    m_problem->setVisible(!problemText.isEmpty());
    m_apply->setEnabled(problemText.isEmpty());
    if (!problemText.isEmpty() || m_text->text().trimmed().isEmpty()) {
        return;
    }
    // A valid text shows in the fields too.
    const auto parsed = pool::UserFilter::parse(m_text->text());
    if (parsed) {
        m_updating = true;
        m_attribute->setCurrentIndex(m_attribute->findData(parsed->attribute()));
        m_operator->setCurrentIndex(
            m_operator->findData(parsed->prefix() ? QStringLiteral("^=") : QStringLiteral("=")));
        m_value->setText(parsed->value());
        m_updating = false;
    }
}

void UserFilterBar::quickSearchEdited()
{
    const QString prefix = m_search->text();
    if (prefix.isEmpty()) {
        setFilter(std::nullopt);
        return;
    }
    setFilter(
        pool::UserFilter::make(QStringLiteral("username"), pool::UserFilter::Match::Prefix, prefix)
            .value());
}

void UserFilterBar::apply()
{
    const QString text = m_text->text();
    if (text.trimmed().isEmpty()) {
        setFilter(std::nullopt);
        return;
    }
    const auto parsed = pool::UserFilter::parse(text);
    if (!parsed) {
        textEdited();
        return;
    }
    setFilter(*parsed);
}

void UserFilterBar::setFilter(const std::optional<pool::UserFilter>& filter)
{
    showFilter(filter);
    if (m_applied == filter) {
        return;
    }
    m_applied = filter;
    emit filterChanged(filter);
}

void UserFilterBar::showFilter(const std::optional<pool::UserFilter>& filter)
{
    m_updating = true;
    if (filter) {
        m_attribute->setCurrentIndex(m_attribute->findData(filter->attribute()));
        m_operator->setCurrentIndex(
            m_operator->findData(filter->prefix() ? QStringLiteral("^=") : QStringLiteral("=")));
        m_value->setText(filter->value());
        m_text->setText(filter->toString());
    } else {
        m_value->clear();
        m_text->clear();
    }
    m_updating = false;
    m_problem->hide();
    m_apply->setEnabled(true);
}

} // namespace tessera::ui::console
