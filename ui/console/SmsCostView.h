// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pool/MfaConfig.h"
#include "pool/lab/SmsCostProjection.h"

#include <QWidget>

class QChart;
class QDoubleSpinBox;
class QLabel;
class QLineSeries;
class QPushButton;
class QSpinBox;
class QTableWidget;
class QValueAxis;

namespace tessera::ui::console {

class PoolSession;

// The "SMS costs" tab: what a pool's SMS codes will cost over 12 months, against TOTP and email
// at nothing per message, and when moving SMS users to TOTP pays for itself. The inputs start
// from the pool (its users, its policy, and on the local engine its counted factor mix), prices
// from a dated sample table the person edits; everything is saved per connection and pool. The
// arithmetic is SmsCostProjection's.
class SmsCostView : public QWidget
{
    Q_OBJECT

public:
    explicit SmsCostView(PoolSession& session, QWidget* parent = nullptr);

    // The pool to project for: its inputs come back from the settings when saved before, else
    // from the pool and its policy; read when the view is shown.
    void setPool(const QString& poolId, const pool::MfaConfig& mfa, qint64 estimatedUsers);

    pool::lab::SmsCostInputs inputs() const;
    pool::lab::SmsPriceTable prices() const;
    // The chart's lines, a point per month.
    QList<QPointF> smsLine() const;
    QList<QPointF> freeLine() const;
    QString breakEvenText() const;
    QString problem() const;

signals:
    // The chart and the sentences were computed again.
    void projected();

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    QWidget* createInputs();
    QWidget* createPrices();
    QWidget* createChart();
    void load();
    void fillFromPolicy();
    void setShares(const pool::lab::SmsShares& shares, const QString& source);
    void fillPrices(const QList<pool::lab::SmsPriceTable::Price>& prices,
                    const QHash<QString, double>& shares);
    void project();
    void onEdited();
    QString settingsGroup() const;
    void save() const;
    bool restore();
    void applyPalette();

    PoolSession& m_session;
    QString m_poolId;
    QString m_connection;
    pool::MfaConfig m_mfa;
    qint64 m_estimatedUsers = 0;
    bool m_filling = false;
    bool m_stale = false;

    QSpinBox* m_users = nullptr;
    QDoubleSpinBox* m_signIns = nullptr;
    QDoubleSpinBox* m_challenged = nullptr;
    QDoubleSpinBox* m_smsShare = nullptr;
    QDoubleSpinBox* m_growth = nullptr;
    QLabel* m_sharesSource = nullptr;
    QPushButton* m_fromPolicy = nullptr;
    QLabel* m_sampleNote = nullptr;
    QTableWidget* m_prices = nullptr;
    QPushButton* m_addCountry = nullptr;
    QPushButton* m_removeCountry = nullptr;
    QDoubleSpinBox* m_movedShare = nullptr;
    QDoubleSpinBox* m_moveCost = nullptr;
    QChart* m_chart = nullptr;
    QLineSeries* m_sms = nullptr;
    QLineSeries* m_free = nullptr;
    QValueAxis* m_months = nullptr;
    QValueAxis* m_cost = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_breakEven = nullptr;
    QLabel* m_problem = nullptr;
};

} // namespace tessera::ui::console
