// SPDX-License-Identifier: GPL-3.0-or-later
// The Adaptive MFA tab over the local engine, driven as a person drives it: levels and IP ranges
// edited, the change plan reviewed and applied, the configuration read back from the store and
// the history; a bad range stops the review with its message; a backend without risk
// configuration disables the editor with the reason; accessible names; screenshots.
#include "../shell/Screenshot.h"
#include "ConsoleTestSupport.h"
#include "console/ChangePlanDialog.h"
#include "console/IacExportDialog.h"
#include "console/PoolConsolePage.h"
#include "console/RiskConfigEditor.h"
#include "pool/PolicyHistory.h"
#include "pool/local/LocalPoolEngine.h"
#include "pool/local/SamplePool.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QJsonArray>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace tessera;
using namespace tessera::ui::console;

namespace {

const QString kLowAction = QStringLiteral("Low-risk action");
const QString kHighAction = QStringLiteral("High-risk action");
const QString kAllowed = QStringLiteral("Always-allowed IP ranges");
const QString kBlocked = QStringLiteral("Blocked IP ranges");

void choose(QComboBox* combo, pool::RiskAction action)
{
    combo->setCurrentIndex(combo->findData(int(action)));
}

// Typed, as a person types a line; several lines pasted at once.
void setText(QPlainTextEdit* edit, const QString& text)
{
    if (text.contains(QLatin1Char('\n'))) {
        edit->setPlainText(text);
        return;
    }
    edit->setFocus();
    edit->selectAll();
    QTest::keyClicks(edit, text);
}

} // namespace

class TestRiskConfigEditor : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString storePath(const QString& name) const { return m_dir.filePath(name); }

    // A store with one pool, MFA optional with TOTP, made through the engine.
    void makeStore(const QString& name)
    {
        pool::local::LocalPoolOptions options;
        options.path = storePath(name);
        pool::local::LocalPoolEngine engine(options);
        QVERIFY(engine.open());
        QVERIFY(engine.execute(QStringLiteral("CreateUserPool"),
                               {{QStringLiteral("PoolName"), QStringLiteral("staff")}}));
    }

    // The page connected to `store`, its one pool chosen and the Adaptive MFA tab shown.
    RiskConfigEditor* openRiskTab(PoolConsolePage& page, const QString& store)
    {
        page.setHistoryPath(storePath(QStringLiteral("history.json")));
        page.resize(1000, 760);
        page.show();
        if (!QTest::qWaitForWindowExposed(&page)) {
            return nullptr;
        }
        if (!test::openOnlyPool(page, pool::PoolConnection::local(storePath(store)))) {
            return nullptr;
        }
        auto* editor = page.findChild<RiskConfigEditor*>();
        test::showTabOf(page, editor);
        if (!QTest::qWaitFor([editor] { return editor->isAvailable(); })) {
            return nullptr;
        }
        return editor;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        makeStore(QStringLiteral("one.sqlite"));
    }

    // Edit, plan, apply, read back: the store, the editor and the history agree.
    void editReviewApplyReadBack()
    {
        QFile::remove(storePath(QStringLiteral("history.json")));
        PoolConsolePage page;
        RiskConfigEditor* editor = openRiskTab(page, QStringLiteral("one.sqlite"));
        QVERIFY2(editor, "the Adaptive MFA tab opens on the local engine");
        QVERIFY2(editor->unavailableSentence().isEmpty(), "the local engine has adaptive MFA");
        auto* review = test::findByName<QPushButton>(&page, QStringLiteral("Review risk changes"));
        QVERIFY(review);
        QVERIFY2(!review->isEnabled(), "nothing to review before an edit");

        choose(test::findByName<QComboBox>(&page, kHighAction), pool::RiskAction::Block);
        test::findByName<QCheckBox>(&page, QStringLiteral("Notify on high risk"))->setChecked(true);
        choose(test::findByName<QComboBox>(&page, QStringLiteral("Medium-risk action")),
               pool::RiskAction::MfaRequired);
        setText(test::findByName<QPlainTextEdit>(&page, kAllowed),
                QStringLiteral("192.0.2.0/24\n2001:db8::/32"));
        setText(test::findByName<QPlainTextEdit>(&page, kBlocked),
                QStringLiteral("198.51.100.7/32"));
        // The sentence under each level follows its choice.
        auto* highMeaning = page.findChildren<QLabel*>().value(0);
        for (QLabel* label : page.findChildren<QLabel*>()) {
            if (label->accessibleName() == QStringLiteral("High-risk action meaning")) {
                highMeaning = label;
            }
        }
        QVERIFY2(highMeaning->text().contains(QStringLiteral("refused")),
                 qPrintable(highMeaning->text()));
        QVERIFY(editor->listProblem().isEmpty());
        QVERIFY(review->isEnabled());

        QSignalSpy finished(&page, &PoolConsolePage::planFinished);
        QSignalSpy loaded(editor, &RiskConfigEditor::loaded);
        QTest::mouseClick(review, Qt::LeftButton);
        ChangePlanDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = page.findChild<ChangePlanDialog*>()) != nullptr &&
                    dialog->isVisible());
        // One row per changed level and list.
        const QStringList rows = {QStringLiteral("Medium-risk sign-ins: No action to MFA required"),
                                  QStringLiteral("High-risk sign-ins: No action to Block, notify"),
                                  QStringLiteral("Blocked IP ranges: none to 198.51.100.7/32"),
                                  QStringLiteral("Always-allowed IP ranges: none to "
                                                 "192.0.2.0/24, 2001:db8::/32")};
        for (const QString& row : rows) {
            bool found = false;
            for (QWidget* widget : dialog->findChildren<QWidget*>()) {
                found = found || widget->accessibleName() == row;
            }
            QVERIFY2(found, qPrintable(QStringLiteral("plan row: ") + row));
        }
        QVERIFY(test::Screenshot::saveIfAsked(test::Screenshot::grab(dialog),
                                              QStringLiteral("console-risk-plan.png")));
        QTest::mouseClick(test::findByName<QPushButton>(dialog, QStringLiteral("Apply")),
                          Qt::LeftButton);
        QTRY_COMPARE(finished.count(), 1);
        QCOMPARE(finished.first().first().toString(), QString());

        // The store, read by another engine.
        {
            pool::local::LocalPoolOptions options;
            options.path = storePath(QStringLiteral("one.sqlite"));
            pool::local::LocalPoolEngine check(options);
            QVERIFY(check.open());
            const auto read =
                check.execute(QStringLiteral("DescribeRiskConfiguration"),
                              {{QStringLiteral("UserPoolId"), page.selectedPoolId()}});
            QVERIFY(read);
            const auto config = pool::RiskConfig::fromJson(
                read->value(QStringLiteral("RiskConfiguration")).toObject());
            QVERIFY(config);
            QCOMPARE(config->highAction, pool::RiskAction::Block);
            QVERIFY(config->highNotify);
            QCOMPARE(config->mediumAction, pool::RiskAction::MfaRequired);
            QCOMPARE(config->lowAction, pool::RiskAction::NoAction);
            QCOMPARE(config->skippedIpRangeList, (QStringList{QStringLiteral("192.0.2.0/24"),
                                                              QStringLiteral("2001:db8::/32")}));
            QCOMPARE(config->blockedIpRangeList, QStringList{QStringLiteral("198.51.100.7/32")});
        }
        // The editor read it back and has nothing left to review.
        QTRY_VERIFY(loaded.count() >= 1 && editor->isAvailable());
        QVERIFY(editor->inForce().has_value());
        QCOMPARE(editor->inForce()->highAction, pool::RiskAction::Block);
        QVERIFY(!editor->isModified());
        QVERIFY(!review->isEnabled());
        QCOMPARE(page.policyInForce().risk->mediumAction, pool::RiskAction::MfaRequired);
        // The history holds the version, before and after.
        const auto versions =
            pool::PolicyHistory(storePath(QStringLiteral("history.json")))
                .versions(
                    pool::PoolConnection::local(storePath(QStringLiteral("one.sqlite"))).key(),
                    page.selectedPoolId());
        QVERIFY(versions);
        QCOMPARE(versions->size(), 1);
        QVERIFY(versions->first().after.risk.has_value());
        QCOMPARE(versions->first().after.risk->highAction, pool::RiskAction::Block);
        QCOMPARE(versions->first().after.risk->blockedIpRangeList,
                 QStringList{QStringLiteral("198.51.100.7/32")});
        QVERIFY(!versions->first().before.risk.value_or(pool::RiskConfig{}).isConfigured());

        // The export as code carries the edited settings, before they are applied too.
        choose(test::findByName<QComboBox>(&page, kLowAction), pool::RiskAction::MfaIfConfigured);
        QTest::mouseClick(test::findByName<QPushButton>(
                              &page, QStringLiteral("Export risk configuration as code")),
                          Qt::LeftButton);
        IacExportDialog* exported = nullptr;
        QTRY_VERIFY((exported = page.findChild<IacExportDialog*>()) != nullptr);
        const QString text = exported->text();
        QVERIFY2(text.contains(QStringLiteral("198.51.100.7/32")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("MFA_IF_CONFIGURED")), qPrintable(text));
        exported->close();
        // Revert puts back what is in force.
        QTest::mouseClick(
            test::findByName<QPushButton>(&page, QStringLiteral("Revert risk changes")),
            Qt::LeftButton);
        QVERIFY(!editor->isModified());
    }

    // A range that is not a CIDR range shows the reason beside its list and stops the review.
    void badRangeStopsReview_data()
    {
        QTest::addColumn<QString>("list");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("message");
        QTest::newRow("host bits set") << kBlocked << QStringLiteral("192.0.2.1/24")
                                       << QStringLiteral("the range it names is 192.0.2.0/24");
        QTest::newRow("no prefix")
            << kAllowed << QStringLiteral("192.0.2.1") << QStringLiteral("write 192.0.2.1/32");
        QTest::newRow("not an address") << kBlocked << QStringLiteral("10.0.0.300/8")
                                        << QStringLiteral("is not an IPv4 or IPv6 address");
        QTest::newRow("IPv6 prefix too long")
            << kAllowed << QStringLiteral("2001:db8::/129") << QStringLiteral("from 0 to 128");
        QTest::newRow("in both lists")
            << kAllowed << QStringLiteral("198.51.100.7/32") << QStringLiteral("is in both");
    }

    void badRangeStopsReview()
    {
        QFETCH(QString, list);
        QFETCH(QString, text);
        QFETCH(QString, message);
        PoolConsolePage page;
        RiskConfigEditor* editor = openRiskTab(page, QStringLiteral("one.sqlite"));
        QVERIFY(editor);
        // The first test applied a blocked 198.51.100.7/32; an edit makes the editor reviewable.
        choose(test::findByName<QComboBox>(&page, kLowAction), pool::RiskAction::MfaIfConfigured);
        auto* review = test::findByName<QPushButton>(&page, QStringLiteral("Review risk changes"));
        QVERIFY(review->isEnabled());
        setText(test::findByName<QPlainTextEdit>(&page, list), text);
        auto* problem = test::findByName<QLabel>(&page, list + QStringLiteral(" problem"));
        QVERIFY2(problem, "the problem shows beside its list");
        QVERIFY2(problem->text().contains(message), qPrintable(problem->text()));
        QVERIFY2(!review->isEnabled(), "a bad range stops the review");
        QVERIFY(!editor->listProblem().isEmpty());
    }

    // A backend without risk configuration: the editor is disabled and says why in a sentence.
    void unavailableBackend_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("because");
        QTest::newRow("cognito-local") << QString::fromLatin1(pool::errors::kUnsupportedOperation)
                                       << QStringLiteral("no risk configuration API");
        QTest::newRow("no threat protection") << QStringLiteral("UserPoolAddOnNotEnabledException")
                                              << QStringLiteral("only with threat protection");
    }

    void unavailableBackend()
    {
        QFETCH(QString, type);
        QFETCH(QString, because);
        PoolSession session;
        test::FakeBackend* fake = test::connectFake(session);
        QVERIFY(fake);
        RiskConfigEditor editor(session);
        editor.show();
        pool::MfaPolicy policy;
        policy.pool.id = QStringLiteral("us-east-1_abc");
        editor.setPool(policy);
        QTRY_COMPARE(fake->count(QStringLiteral("DescribeRiskConfiguration")), 1);
        QVERIFY(fake->answer(QStringLiteral("DescribeRiskConfiguration"),
                             pool::PoolError{type, QStringLiteral("not here")}));
        QTRY_VERIFY(!editor.unavailableSentence().isEmpty());
        QVERIFY(!editor.isAvailable());
        QVERIFY2(editor.unavailableSentence().contains(because),
                 qPrintable(editor.unavailableSentence()));
        // One sentence, shown.
        QCOMPARE(editor.unavailableSentence().count(QStringLiteral(". ")), 0);
        auto* status = test::findByName<QLabel>(&editor, QStringLiteral("Adaptive MFA status"));
        QVERIFY(status && status->text() == editor.unavailableSentence());
        auto* levels = test::findByName<QComboBox>(&editor, kHighAction);
        QVERIFY(levels && !levels->isEnabled());
        QVERIFY(!test::findByName<QPushButton>(&editor, QStringLiteral("Review risk changes"))
                     ->isEnabled());
    }

    void everyControlHasAnAccessibleName()
    {
        PoolConsolePage page;
        RiskConfigEditor* editor = openRiskTab(page, QStringLiteral("one.sqlite"));
        QVERIFY(editor);
        QStringList unnamed;
        for (QWidget* widget : editor->findChildren<QWidget*>()) {
            const bool control =
                qobject_cast<QAbstractButton*>(widget) || qobject_cast<QComboBox*>(widget) ||
                qobject_cast<QPlainTextEdit*>(widget) || qobject_cast<QAbstractSpinBox*>(widget);
            if (control && widget->accessibleName().isEmpty()) {
                unnamed << QString::fromLatin1(widget->metaObject()->className());
            }
        }
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QLatin1String(", "))));
    }

    void screenshotsLightAndDark()
    {
        for (const bool dark : {false, true}) {
            QApplication::setPalette(dark ? test::Screenshot::darkPalette()
                                          : QApplication::style()->standardPalette());
            PoolConsolePage page;
            RiskConfigEditor* editor = openRiskTab(page, QStringLiteral("one.sqlite"));
            QVERIFY(editor);
            QTest::qWait(100);
            const QImage image = test::Screenshot::grab(&page);
            QVERIFY(test::Screenshot::distinctColours(image) > 20);
            QVERIFY(test::Screenshot::saveIfAsked(image,
                                                  dark ? QStringLiteral("console-risk-dark.png")
                                                       : QStringLiteral("console-risk-light.png")));
        }
        QApplication::setPalette(QApplication::style()->standardPalette());
    }
};

QTEST_MAIN(TestRiskConfigEditor)
#include "tst_riskconfigeditor.moc"
