// SPDX-License-Identifier: GPL-3.0-or-later
#include "SmsCostView.h"

#include "PoolSession.h"
#include "pool/PoolBackend.h"
#include "widgets/InlineMessage.h"

#include <QAbstractButton>
#include <QChart>
#include <QChartView>
#include <QCryptographicHash>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QShowEvent>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QValueAxis>

namespace tessera::ui::console {

namespace {

using pool::lab::SmsCostProjection;
using pool::lab::SmsPriceTable;

enum PriceColumn
{
    CountryColumn,
    PriceColumn,
    ShareColumn,
    PriceColumnCount
};

constexpr int kMonths = 12;

QDoubleSpinBox* percentBox(double minimum, double maximum)
{
    auto* box = new QDoubleSpinBox;
    box->setRange(minimum, maximum);
    box->setDecimals(1);
    box->setSuffix(QStringLiteral(" %"));
    return box;
}

QString money(double amount, const QString& currency)
{
    return SmsCostView::tr("%1 %2").arg(QLocale().toString(amount, 'f', 2), currency);
}

} // namespace

SmsCostView::SmsCostView(PoolSession& session, QWidget* parent)
    : QWidget(parent), m_session(session)
{
    auto* layout = new QVBoxLayout(this);
    // What goes in, what comes out, then the price table, which is long and edited least.
    layout->addWidget(createInputs());
    layout->addWidget(createChart(), 1);
    layout->addWidget(createPrices());
    fillPrices(SmsPriceTable::sample().prices, {{QStringLiteral("US"), 1.0}});
}

QWidget* SmsCostView::createInputs()
{
    auto* box = new QWidget;
    // The inputs' form, then the sentence on where the shares come from and its button in a
    // plain column (a wrapped sentence inside the form was given one line too few).
    auto* column = new QVBoxLayout(box);
    column->setContentsMargins(0, 0, 0, 0);
    auto* form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    column->addLayout(form);
    m_users = new QSpinBox;
    m_users->setRange(0, 1'000'000'000);
    m_users->setGroupSeparatorShown(true);
    m_users->setAccessibleName(tr("Users"));
    m_users->setAccessibleDescription(tr("Users now; starts from the pool's estimated users."));
    m_signIns = new QDoubleSpinBox;
    m_signIns->setRange(0, 10'000);
    m_signIns->setDecimals(1);
    m_signIns->setValue(8);
    m_signIns->setAccessibleName(tr("Sign-ins per user per month"));
    m_challenged = percentBox(0, 100);
    m_challenged->setAccessibleName(tr("Share of sign-ins challenged"));
    m_challenged->setAccessibleDescription(
        tr("Sign-ins asked for an MFA code; starts from the MFA policy."));
    m_smsShare = percentBox(0, 100);
    m_smsShare->setAccessibleName(tr("Share of challenged users on SMS"));
    m_smsShare->setAccessibleDescription(
        tr("Challenged users whose code comes by text; the rest use TOTP or email."));
    m_growth = percentBox(-99, 1000);
    m_growth->setValue(2);
    m_growth->setAccessibleName(tr("User growth per month"));
    form->addRow(tr("Use&rs:"), m_users);
    form->addRow(tr("&Sign-ins per user per month:"), m_signIns);
    form->addRow(tr("Share of sign-ins c&hallenged:"), m_challenged);
    form->addRow(tr("Share of challenged users &on SMS:"), m_smsShare);
    form->addRow(tr("User &growth per month:"), m_growth);
    m_sharesSource = new QLabel;
    m_sharesSource->setWordWrap(true);
    m_sharesSource->setAccessibleName(tr("Where the shares come from"));
    m_sharesSource->setForegroundRole(QPalette::PlaceholderText);
    m_fromPolicy = new QPushButton(tr("Reset &from the pool"));
    m_fromPolicy->setAccessibleName(tr("Reset inputs from the pool"));
    m_fromPolicy->setAccessibleDescription(
        tr("Users, and the shares from the MFA policy and the factor mix, read again."));
    column->addWidget(m_sharesSource);
    column->addWidget(m_fromPolicy, 0, Qt::AlignLeft);
    connect(m_fromPolicy, &QPushButton::clicked, this, [this] {
        // The saved inputs are forgotten: the pool's own figures come back, and stay followed.
        QSettings().remove(settingsGroup());
        fillPrices(SmsPriceTable::sample().prices, {{QStringLiteral("US"), 1.0}});
        fillFromPolicy();
    });
    for (QDoubleSpinBox* input : {m_signIns, m_challenged, m_smsShare, m_growth}) {
        connect(input, &QDoubleSpinBox::valueChanged, this, &SmsCostView::onEdited);
    }
    connect(m_users, &QSpinBox::valueChanged, this, &SmsCostView::onEdited);
    return box;
}

QWidget* SmsCostView::createPrices()
{
    auto* box = new QWidget;
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    const SmsPriceTable sample = SmsPriceTable::sample();
    m_sampleNote = new QLabel(tr("Prices as of %1, in %2. %3")
                                  .arg(QLocale().toString(sample.asOf, QLocale::LongFormat),
                                       sample.currency, sample.note));
    m_sampleNote->setWordWrap(true);
    m_sampleNote->setAccessibleName(tr("About the sample prices"));
    layout->addWidget(m_sampleNote);
    m_prices = new QTableWidget(0, PriceColumnCount);
    m_prices->setHorizontalHeaderLabels(
        {tr("Country"), tr("Price per SMS (%1)").arg(sample.currency), tr("Share of texts (%)")});
    m_prices->setAccessibleName(tr("SMS prices by destination country"));
    m_prices->setAccessibleDescription(
        tr("Editable: a country code (ISO 3166, such as US), its price per text, and the share "
           "of texts sent there; the shares add up to 100."));
    m_prices->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_prices->horizontalHeader()->setAccessibleName(tr("Price columns"));
    m_prices->verticalHeader()->hide();
    // The corner button selects every cell; it is a control like any other.
    if (auto* corner = m_prices->findChild<QAbstractButton*>()) {
        corner->setAccessibleName(tr("Select all prices"));
    }
    m_prices->setMinimumHeight(m_prices->fontMetrics().lineSpacing() * 10);
    layout->addWidget(m_prices);
    auto* buttons = new QHBoxLayout;
    m_addCountry = new QPushButton(tr("Add countr&y"));
    m_addCountry->setAccessibleName(tr("Add country"));
    m_removeCountry = new QPushButton(tr("Remo&ve country"));
    m_removeCountry->setAccessibleName(tr("Remove country"));
    buttons->addWidget(m_addCountry);
    buttons->addWidget(m_removeCountry);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    connect(m_prices, &QTableWidget::itemChanged, this, &SmsCostView::onEdited);
    connect(m_addCountry, &QPushButton::clicked, this, [this] {
        const int row = m_prices->rowCount();
        m_filling = true;
        m_prices->insertRow(row);
        m_prices->setItem(row, CountryColumn, new QTableWidgetItem);
        m_prices->setItem(row, PriceColumn, new QTableWidgetItem(QStringLiteral("0")));
        m_prices->setItem(row, ShareColumn, new QTableWidgetItem(QStringLiteral("0")));
        m_filling = false;
        m_prices->setCurrentCell(row, CountryColumn);
        m_prices->editItem(m_prices->item(row, CountryColumn));
    });
    connect(m_removeCountry, &QPushButton::clicked, this, [this] {
        if (m_prices->currentRow() >= 0) {
            m_prices->removeRow(m_prices->currentRow());
            onEdited();
        }
    });
    return box;
}

QWidget* SmsCostView::createChart()
{
    auto* box = new QWidget;
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    m_sms = new QLineSeries;
    m_sms->setName(tr("SMS"));
    m_free = new QLineSeries;
    m_free->setName(tr("TOTP or email (nothing per message)"));
    m_chart = new QChart;
    m_chart->addSeries(m_sms);
    m_chart->addSeries(m_free);
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_chart->setBackgroundVisible(false);
    m_chart->setTitle(tr("Cost per month"));
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_months = new QValueAxis;
    m_months->setRange(1, kMonths);
    m_months->setTickCount(kMonths);
    m_months->setLabelFormat(QStringLiteral("%d"));
    m_months->setTitleText(tr("Month"));
    m_cost = new QValueAxis;
    m_cost->setLabelFormat(QStringLiteral("%.0f"));
    m_cost->setTitleText(SmsPriceTable::sample().currency);
    m_chart->addAxis(m_months, Qt::AlignBottom);
    m_chart->addAxis(m_cost, Qt::AlignLeft);
    for (QLineSeries* series : {m_sms, m_free}) {
        series->attachAxis(m_months);
        series->attachAxis(m_cost);
    }
    auto* view = new QChartView(m_chart);
    view->setRenderHint(QPainter::Antialiasing);
    view->setAccessibleName(tr("SMS cost over 12 months"));
    view->setAccessibleDescription(
        tr("Lines: what SMS codes cost each month, against TOTP or email at nothing per "
           "message. The sentences below say the same in words."));
    view->setMinimumHeight(300);
    layout->addWidget(view, 1);
    m_summary = new QLabel;
    m_summary->setWordWrap(true);
    m_summary->setAccessibleName(tr("SMS cost summary"));
    m_problem = new QLabel;
    m_problem->setWordWrap(true);
    m_problem->setAccessibleName(tr("SMS cost problem"));
    m_problem->hide();
    layout->addWidget(m_summary);
    layout->addWidget(m_problem);

    auto* moving = new QFormLayout;
    moving->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_movedShare = percentBox(0, 100);
    m_movedShare->setValue(100);
    m_movedShare->setAccessibleName(tr("Share of SMS users moved to TOTP"));
    m_moveCost = new QDoubleSpinBox;
    m_moveCost->setRange(0, 10'000);
    m_moveCost->setDecimals(2);
    m_moveCost->setValue(1);
    m_moveCost->setAccessibleName(tr("Cost of moving one user"));
    m_moveCost->setAccessibleDescription(
        tr("Paid once per user moved: support time, messages asking them to switch."));
    moving->addRow(tr("Share of SMS users moved to &TOTP:"), m_movedShare);
    moving->addRow(tr("Cost of mov&ing one user (%1):").arg(SmsPriceTable::sample().currency),
                   m_moveCost);
    layout->addLayout(moving);
    m_breakEven = new QLabel;
    m_breakEven->setWordWrap(true);
    m_breakEven->setAccessibleName(tr("Break-even of moving to TOTP"));
    layout->addWidget(m_breakEven);
    for (QDoubleSpinBox* input : {m_movedShare, m_moveCost}) {
        connect(input, &QDoubleSpinBox::valueChanged, this, &SmsCostView::onEdited);
    }
    applyPalette();
    return box;
}

void SmsCostView::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        applyPalette();
    }
}

void SmsCostView::applyPalette()
{
    // Qt Charts draws with its own theme colours: text follows the window's instead.
    const QColor text = palette().color(QPalette::WindowText);
    m_chart->legend()->setLabelColor(text);
    m_chart->setTitleBrush(text);
    for (QValueAxis* axis : {m_months, m_cost}) {
        axis->setLabelsColor(text);
        axis->setTitleBrush(text);
        axis->setGridLineColor(palette().color(QPalette::Mid));
    }
}

void SmsCostView::setPool(const QString& poolId, const pool::MfaConfig& mfa, qint64 estimatedUsers)
{
    m_connection = m_session.connection().key();
    m_poolId = poolId;
    m_mfa = mfa;
    m_estimatedUsers = estimatedUsers;
    m_stale = true;
    if (isVisible()) {
        load();
    }
}

void SmsCostView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_stale) {
        load();
    }
}

void SmsCostView::load()
{
    m_stale = false;
    if (!restore()) {
        fillFromPolicy();
        return;
    }
    project();
}

void SmsCostView::fillFromPolicy()
{
    m_filling = true;
    m_users->setValue(int(std::min<qint64>(m_estimatedUsers, m_users->maximum())));
    m_filling = false;
    setShares(SmsCostProjection::sharesFrom(m_mfa),
              tr("The shares come from the MFA policy alone: an upper bound, as if every user "
                 "had a factor."));
    if (m_session.localEngine() == nullptr || m_poolId.isEmpty()) {
        return;
    }
    // The local engine counts every user's factors at once: the real mix replaces the bound.
    const QString poolId = m_poolId;
    m_session.request<pool::EnrolmentSummary>(
        m_session.backend()->enrolmentSummary(poolId), this,
        [this, poolId](const Expected<pool::EnrolmentSummary, pool::PoolError>& users) {
            if (poolId != m_poolId || !users) {
                return;
            }
            if (m_estimatedUsers <= 0) {
                m_filling = true;
                m_users->setValue(int(std::min<qint64>(users->counted, m_users->maximum())));
                m_filling = false;
            }
            setShares(SmsCostProjection::sharesFrom(m_mfa, *users),
                      tr("The shares come from the MFA policy and the factors the pool's %n "
                         "user(s) have set up (SMS: those with SMS among those with a factor).",
                         nullptr, int(users->counted)));
        });
}

void SmsCostView::setShares(const pool::lab::SmsShares& shares, const QString& source)
{
    m_filling = true;
    m_challenged->setValue(shares.challenged * 100);
    m_smsShare->setValue(shares.sms * 100);
    m_filling = false;
    m_sharesSource->setText(source);
    project();
}

void SmsCostView::fillPrices(const QList<SmsPriceTable::Price>& prices,
                             const QHash<QString, double>& shares)
{
    m_filling = true;
    m_prices->setRowCount(0);
    for (const SmsPriceTable::Price& price : prices) {
        const int row = m_prices->rowCount();
        m_prices->insertRow(row);
        m_prices->setItem(row, CountryColumn, new QTableWidgetItem(price.country));
        m_prices->setItem(row, PriceColumn,
                          new QTableWidgetItem(QLocale().toString(price.perMessage, 'g', 6)));
        m_prices->setItem(row, ShareColumn,
                          new QTableWidgetItem(QLocale().toString(
                              shares.value(price.country.toUpper()) * 100, 'g', 6)));
    }
    m_filling = false;
}

pool::lab::SmsCostInputs SmsCostView::inputs() const
{
    pool::lab::SmsCostInputs inputs;
    inputs.users = m_users->value();
    inputs.signInsPerUserPerMonth = m_signIns->value();
    inputs.shareChallenged = m_challenged->value() / 100;
    inputs.shareSms = m_smsShare->value() / 100;
    inputs.monthlyGrowth = m_growth->value() / 100;
    for (int row = 0; row < m_prices->rowCount(); ++row) {
        const QTableWidgetItem* country = m_prices->item(row, CountryColumn);
        const QTableWidgetItem* share = m_prices->item(row, ShareColumn);
        const double value = share != nullptr ? QLocale().toDouble(share->text()) / 100 : 0;
        if (country != nullptr && !country->text().trimmed().isEmpty() && value != 0) {
            inputs.destinations.append({country->text().trimmed().toUpper(), value});
        }
    }
    return inputs;
}

pool::lab::SmsPriceTable SmsCostView::prices() const
{
    SmsPriceTable table = SmsPriceTable::sample();
    table.prices.clear();
    for (int row = 0; row < m_prices->rowCount(); ++row) {
        const QTableWidgetItem* country = m_prices->item(row, CountryColumn);
        const QTableWidgetItem* price = m_prices->item(row, PriceColumn);
        if (country != nullptr && price != nullptr && !country->text().trimmed().isEmpty()) {
            table.prices.append(
                {country->text().trimmed().toUpper(), QLocale().toDouble(price->text().trimmed())});
        }
    }
    return table;
}

void SmsCostView::project()
{
    if (m_filling) {
        return;
    }
    const pool::lab::SmsCostInputs in = inputs();
    const SmsPriceTable table = prices();
    const auto line = SmsCostProjection::project(in, table, kMonths);
    const auto breakEven =
        SmsCostProjection::breakEven(in, table, m_movedShare->value() / 100, m_moveCost->value());
    QList<QPointF> sms;
    QList<QPointF> flat;
    double top = 0;
    if (line) {
        for (const auto& month : *line) {
            sms.append({double(month.month), month.cost});
            flat.append({double(month.month), 0});
            top = std::max(top, month.cost);
        }
    }
    m_sms->replace(sms);
    m_free->replace(flat);
    m_cost->setRange(0, top > 0 ? top * 1.1 : 1);
    m_cost->applyNiceNumbers();
    // Small pools cost cents a month: whole numbers alone would label every line 0.
    m_cost->setLabelFormat(m_cost->max() < 10 ? QStringLiteral("%.2f") : QStringLiteral("%.0f"));
    const QString error = !line ? line.error() : !breakEven ? breakEven.error() : QString();
    showInlineMessage(m_problem, error.isEmpty() ? QString() : tr("Cannot project: %1.").arg(error),
                      true);
    m_problem->setVisible(!error.isEmpty());
    if (!line || !breakEven) {
        m_summary->clear();
        m_breakEven->clear();
        emit projected();
        return;
    }
    double total = 0;
    for (const auto& month : *line) {
        total += month.cost;
    }
    const auto& first = line->first();
    const auto& last = line->last();
    m_summary->setText(
        tr("Month 1: %n text(s), %1. Month 12: %2 texts, %3. Over 12 months: %4, where TOTP or "
           "email would cost nothing per message.",
           nullptr, int(std::llround(first.messages)))
            .arg(money(first.cost, table.currency))
            .arg(QLocale().toString(std::llround(last.messages)))
            .arg(money(last.cost, table.currency), money(total, table.currency)));
    const QString moved = QLocale().toString(m_movedShare->value(), 'g', 3);
    if (breakEven->firstMonthSaving <= 0) {
        m_breakEven->setText(tr("No texts are sent, so moving users to TOTP saves nothing."));
    } else if (breakEven->oneTimeCost <= 0) {
        m_breakEven->setText(tr("Moving %1% of the SMS users to TOTP costs nothing up front and "
                                "saves %2 from the first month.")
                                 .arg(moved, money(breakEven->firstMonthSaving, table.currency)));
    } else if (breakEven->month) {
        m_breakEven->setText(
            tr("Moving %1% of the SMS users to TOTP costs %2 once and saves %3 in the first "
               "month: it has paid for itself by month %4.")
                .arg(moved, money(breakEven->oneTimeCost, table.currency),
                     money(breakEven->firstMonthSaving, table.currency))
                .arg(*breakEven->month));
    } else {
        m_breakEven->setText(
            tr("Moving %1% of the SMS users to TOTP costs %2 once and saves %3 in the first "
               "month: it would not pay for itself within %n month(s).",
               nullptr, SmsCostProjection::kMaxMonths)
                .arg(moved, money(breakEven->oneTimeCost, table.currency),
                     money(breakEven->firstMonthSaving, table.currency)));
    }
    emit projected();
}

void SmsCostView::onEdited()
{
    if (m_filling) {
        return;
    }
    project();
    // Only what the person changed is kept: a pool never looked at keeps following its policy.
    save();
}

QList<QPointF> SmsCostView::smsLine() const
{
    return m_sms->points();
}

QList<QPointF> SmsCostView::freeLine() const
{
    return m_free->points();
}

QString SmsCostView::breakEvenText() const
{
    return m_breakEven->text();
}

QString SmsCostView::problem() const
{
    return m_problem->isHidden() ? QString() : m_problem->text();
}

QString SmsCostView::settingsGroup() const
{
    // Connection keys hold paths and URLs: hashed, so they make one settings key. No secret is
    // kept here - only counts, shares and prices.
    const QByteArray id = QCryptographicHash::hash(
        (m_connection + QLatin1Char('\n') + m_poolId).toUtf8(), QCryptographicHash::Sha256);
    return QStringLiteral("pool/smsCost/") + QString::fromLatin1(id.toHex().left(32));
}

void SmsCostView::save() const
{
    if (m_poolId.isEmpty()) {
        return;
    }
    QSettings settings;
    settings.beginGroup(settingsGroup());
    settings.setValue(QStringLiteral("users"), m_users->value());
    settings.setValue(QStringLiteral("signIns"), m_signIns->value());
    settings.setValue(QStringLiteral("challenged"), m_challenged->value());
    settings.setValue(QStringLiteral("sms"), m_smsShare->value());
    settings.setValue(QStringLiteral("growth"), m_growth->value());
    settings.setValue(QStringLiteral("moved"), m_movedShare->value());
    settings.setValue(QStringLiteral("moveCost"), m_moveCost->value());
    QStringList rows;
    for (int row = 0; row < m_prices->rowCount(); ++row) {
        QStringList cells;
        for (int column = 0; column < PriceColumnCount; ++column) {
            const QTableWidgetItem* item = m_prices->item(row, column);
            const QString text = item != nullptr ? item->text() : QString();
            // Numbers are kept locale-free, so the table reads back under another language.
            cells << (column == CountryColumn ? text
                                              : QString::number(QLocale().toDouble(text), 'g', 10));
        }
        rows << cells.join(QLatin1Char('\t'));
    }
    settings.setValue(QStringLiteral("prices"), rows);
}

bool SmsCostView::restore()
{
    QSettings settings;
    settings.beginGroup(settingsGroup());
    if (!settings.contains(QStringLiteral("users"))) {
        fillPrices(SmsPriceTable::sample().prices, {{QStringLiteral("US"), 1.0}});
        return false;
    }
    m_filling = true;
    m_users->setValue(settings.value(QStringLiteral("users")).toInt());
    m_signIns->setValue(settings.value(QStringLiteral("signIns")).toDouble());
    m_challenged->setValue(settings.value(QStringLiteral("challenged")).toDouble());
    m_smsShare->setValue(settings.value(QStringLiteral("sms")).toDouble());
    m_growth->setValue(settings.value(QStringLiteral("growth")).toDouble());
    m_movedShare->setValue(settings.value(QStringLiteral("moved")).toDouble());
    m_moveCost->setValue(settings.value(QStringLiteral("moveCost")).toDouble());
    m_prices->setRowCount(0);
    const QStringList rows = settings.value(QStringLiteral("prices")).toStringList();
    for (const QString& line : rows) {
        const QStringList cells = line.split(QLatin1Char('\t'));
        const int row = m_prices->rowCount();
        m_prices->insertRow(row);
        for (int column = 0; column < PriceColumnCount; ++column) {
            const QString cell = cells.value(column);
            m_prices->setItem(
                row, column,
                new QTableWidgetItem(
                    column == CountryColumn ? cell : QLocale().toString(cell.toDouble(), 'g', 6)));
        }
    }
    m_filling = false;
    m_sharesSource->setText(tr("Saved for this pool; \"Reset from the pool\" reads the pool and "
                               "its policy again."));
    return true;
}

} // namespace tessera::ui::console
