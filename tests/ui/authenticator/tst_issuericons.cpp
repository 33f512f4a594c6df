// SPDX-License-Identifier: GPL-3.0-or-later
// Issuer icons in the token list: every bundled icon readable on light and dark palettes, glyphs
// rendered once and reused by every repaint, crisp at the screen's pixel ratio, initials for
// issuers the set does not know.
#include "Screenshot.h"
#include "TestVault.h"
#include "authenticator/IssuerIcons.h"
#include "authenticator/TokenDelegate.h"
#include "authenticator/TokenListModel.h"

#include <QApplication>
#include <QListView>
#include <QPainter>
#include <QTest>

using namespace tessera;
using namespace tessera::test;
using ui::TokenListModel;

namespace {

QPalette lightPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Base, Qt::white);
    palette.setColor(QPalette::Text, QColor(0x1a, 0x1a, 0x1a));
    return palette;
}

vault::Vault sampleVault()
{
    vault::Vault content;
    for (const char* uri : {"otpauth://totp/GitHub:alice?secret=JBSWY3DPEHPK3PXP",
                            "otpauth://totp/Google:alice?secret=KRSXG5CTMVRXEZLU",
                            "otpauth://totp/Acme%20Bank:alice?secret=MFRGGZDFMZTWQ2LK"}) {
        content.addEntry(entryFor(QString::fromLatin1(uri)));
    }
    return content;
}

// Paints row `row` of `model` with `palette` into an image at `ratio`.
QImage paintRow(ui::TokenDelegate& delegate, TokenListModel& model, int row,
                const QPalette& palette, qreal ratio = 1.0)
{
    const QSize size(480, 64);
    QImage image(size * ratio, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(ratio);
    image.fill(palette.color(QPalette::Base));
    QPainter painter(&image);
    QStyleOptionViewItem option;
    option.rect = QRect(QPoint(0, 0), size);
    option.palette = palette;
    option.font = QApplication::font();
    option.fontMetrics = QFontMetrics(option.font);
    option.state = QStyle::State_Enabled;
    delegate.paint(&painter, option, model.index(row));
    painter.end();
    return image;
}

} // namespace

class TestIssuerIcons : public QObject
{
    Q_OBJECT

private slots:
    void bundleIsCompiledIn();
    void everyIconReadsOnBothPalettes_data();
    void everyIconReadsOnBothPalettes();
    void darkBrandOnDarkPaletteShows();
    void glyphsRenderOnceAndAreReused();
    void crispAtPixelRatio();
    void unknownIssuerKeepsInitials();
};

void TestIssuerIcons::bundleIsCompiledIn()
{
    QVERIFY2(ui::bundledIssuerIcons().size() >= 80,
             qPrintable(QStringLiteral("%1 icons").arg(ui::bundledIssuerIcons().size())));
    for (const icons::IssuerIcon& icon : ui::bundledIssuerIcons().icons()) {
        QVERIFY2(!ui::renderIssuerGlyph(icon.key, Qt::black, 22, 1.0).isNull(),
                 qPrintable(icon.key + QStringLiteral(" does not render")));
    }
}

void TestIssuerIcons::everyIconReadsOnBothPalettes_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<bool>("dark");
    for (const icons::IssuerIcon& icon : ui::bundledIssuerIcons().icons()) {
        QTest::newRow(qPrintable(icon.key + QStringLiteral("-light"))) << icon.key << false;
        QTest::newRow(qPrintable(icon.key + QStringLiteral("-dark"))) << icon.key << true;
    }
}

void TestIssuerIcons::everyIconReadsOnBothPalettes()
{
    QFETCH(QString, key);
    QFETCH(bool, dark);
    const QPalette palette = dark ? Screenshot::darkPalette() : lightPalette();
    const icons::IssuerIcon* icon = ui::bundledIssuerIcons().icon(key);
    QVERIFY(icon != nullptr);
    const ui::BadgeColours colours = ui::badgeColours(QColor::fromRgb(icon->rgb), palette);
    const double contrast = ui::contrastRatio(colours.glyph, colours.disc);
    QVERIFY2(contrast >= 3.0, qPrintable(QStringLiteral("%1 on %2: %3:1")
                                             .arg(colours.glyph.name(), colours.disc.name())
                                             .arg(contrast)));
}

void TestIssuerIcons::darkBrandOnDarkPaletteShows()
{
    vault::Vault content = sampleVault();
    TokenListModel model(content, [] { return kNow; });
    model.setTicking(false);
    ui::TokenDelegate delegate;
    const QPalette dark = Screenshot::darkPalette();
    const QImage image = paintRow(delegate, model, 0, dark); // GitHub, #181717
    const QColor disc = ui::badgeColours(QColor(0x18, 0x17, 0x17), dark).disc;
    // The glyph's pixels inside the 40 px badge at (12, 12).
    int readable = 0;
    for (int y = 12; y < 52; ++y) {
        for (int x = 12; x < 52; ++x) {
            readable += ui::contrastRatio(image.pixelColor(x, y), disc) >= 3.0 ? 1 : 0;
        }
    }
    QVERIFY2(readable > 150, qPrintable(QStringLiteral("%1 readable pixels").arg(readable)));
}

void TestIssuerIcons::glyphsRenderOnceAndAreReused()
{
    vault::Vault content = sampleVault();
    TokenListModel model(content, [] { return kNow; });
    model.setTicking(false);
    QListView view;
    auto* delegate = new ui::TokenDelegate(&view);
    view.setItemDelegate(delegate);
    view.setModel(&model);
    view.resize(480, 300);
    (void)view.grab();
    QCOMPARE(delegate->badgeCache().renders(), 2); // GitHub and Google; Acme Bank has initials
    for (int second = 1; second <= 5; ++second) {
        model.tick();
        (void)view.grab();
    }
    QVERIFY2(delegate->badgeCache().renders() == 2, "repaints must reuse the rendered glyphs");
}

void TestIssuerIcons::crispAtPixelRatio()
{
    ui::IssuerBadgeCache cache;
    const auto* badge = cache.badge(QStringLiteral("github"), lightPalette(), 22, 2.0);
    QVERIFY(badge != nullptr);
    QCOMPARE(badge->glyph.size(), QSize(44, 44));
    QCOMPARE(badge->glyph.devicePixelRatio(), 2.0);
    QVERIFY(cache.badge(QStringLiteral("github"), lightPalette(), 22, 1.0) != nullptr);
    QCOMPARE(cache.renders(), 2);
    QVERIFY(cache.badge(QStringLiteral("no-such-icon"), lightPalette(), 22, 1.0) == nullptr);

    // Painted on a 2x device, the delegate asks for the 2x glyph.
    vault::Vault content = sampleVault();
    TokenListModel model(content, [] { return kNow; });
    model.setTicking(false);
    ui::TokenDelegate delegate;
    (void)paintRow(delegate, model, 0, lightPalette(), 2.0);
    QCOMPARE(delegate.badgeCache().renders(), 1);
    QVERIFY(delegate.badgeCache().renders() == 1);
}

void TestIssuerIcons::unknownIssuerKeepsInitials()
{
    vault::Vault content = sampleVault();
    TokenListModel model(content, [] { return kNow; });
    model.setTicking(false);
    QVERIFY(model.index(2).data(TokenListModel::IconKeyRole).toString().isEmpty());
    QCOMPARE(model.index(2).data(TokenListModel::InitialsRole).toString(), QStringLiteral("AB"));
    ui::TokenDelegate delegate;
    const QImage image = paintRow(delegate, model, 2, lightPalette());
    QCOMPARE(delegate.badgeCache().renders(), 0);
    // The initials badge is a saturated disc with white letters.
    QVERIFY2(image.pixelColor(32, 16).saturation() > 60, "a coloured initials disc is drawn");
}

QTEST_MAIN(TestIssuerIcons)
#include "tst_issuericons.moc"
