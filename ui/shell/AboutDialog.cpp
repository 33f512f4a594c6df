// SPDX-License-Identifier: GPL-3.0-or-later
#include "AboutDialog.h"

#include "authenticator/IssuerIcons.h"
#include "core/Version.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <openssl/crypto.h>

#include <algorithm>

namespace tessera::ui {

namespace {

constexpr int kIconSize = 64;

// A library Tessera links, as shown to the user. Only libraries actually linked into this
// build belong here; planned ones are added when they are linked.
struct Component
{
    QString name;
    QString version;
    QString licence;
};

} // namespace

AboutDialog::AboutDialog(QWidget* parent) : QDialog(parent)
{
    setWindowTitle(tr("About Tessera"));

    auto* licence = new QLabel(
        tr("Tessera is free software: you can redistribute it and/or modify it under the terms "
           "of the <a href=\"https://www.gnu.org/licenses/gpl-3.0.html\">GNU General Public "
           "License</a>, version 3 or any later version (GPL-3.0-or-later). It comes with "
           "absolutely no warranty."),
        this);
    licence->setObjectName(QStringLiteral("licenceLabel"));
    licence->setWordWrap(true);
    licence->setTextFormat(Qt::RichText);
    licence->setOpenExternalLinks(true);

    auto* componentsTitle =
        new QLabel(tr("Tessera is built on these libraries and artwork:"), this);

    // Simple Icons' own caveat: CC0 covers the drawings, not the brands.
    auto* trademarks =
        new QLabel(tr("The issuer icons are brand marks, trademarks of their respective owners. "
                      "They only help you recognise an account and imply no endorsement."),
                   this);
    trademarks->setObjectName(QStringLiteral("trademarkLabel"));
    trademarks->setWordWrap(true);
    trademarks->setForegroundRole(QPalette::PlaceholderText);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 16);
    layout->setSpacing(12);
    layout->addWidget(createHeader());
    layout->addWidget(licence);
    layout->addSpacing(4);
    layout->addWidget(componentsTitle);
    layout->addWidget(createComponentTable());
    layout->addWidget(trademarks);
    layout->addSpacing(4);
    layout->addWidget(buttons);

    setMinimumWidth(fontMetrics().averageCharWidth() * 70);
    // Wrapped labels need more height than the size hint says once their text is longer (as it
    // is in most languages): start as high as the text needs at this width.
    const int width = std::max(minimumWidth(), sizeHint().width());
    resize(width, heightForWidth(width));
}

QWidget* AboutDialog::createHeader()
{
    auto* header = new QWidget(this);

    auto* icon = new QLabel(header);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/tessera.svg"))
                        .pixmap(QSize(kIconSize, kIconSize), devicePixelRatioF()));
    icon->setFixedSize(kIconSize, kIconSize);

    auto* name = new QLabel(tr("Tessera"), header);
    name->setObjectName(QStringLiteral("nameLabel"));
    QFont nameFont = name->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.6);
    nameFont.setWeight(QFont::DemiBold);
    name->setFont(nameFont);

    auto* version =
        new QLabel(tr("Version %1").arg(QString::fromLatin1(tessera::kVersion)), header);
    version->setObjectName(QStringLiteral("versionLabel"));
    version->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* description = new QLabel(
        tr("An authenticator and an MFA console for user pools, on your desktop."), header);
    description->setObjectName(QStringLiteral("descriptionLabel"));
    description->setWordWrap(true);

    auto* text = new QVBoxLayout;
    text->setSpacing(2);
    text->addWidget(name);
    text->addWidget(version);
    text->addSpacing(4);
    text->addWidget(description);

    auto* layout = new QHBoxLayout(header);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(16);
    layout->addWidget(icon, 0, Qt::AlignTop);
    layout->addLayout(text, 1);
    return header;
}

QTreeWidget* AboutDialog::createComponentTable()
{
    // Versions are read at run time, because with shared libraries the one running can differ
    // from the one Tessera was compiled against, and a bug report needs the running one.
    const QList<Component> components{
        {tr("Qt"), QString::fromLatin1(qVersion()), QStringLiteral("LGPL-3.0-only")},
        {tr("OpenSSL"), QString::fromLatin1(OpenSSL_version(OPENSSL_VERSION_STRING)),
         QStringLiteral("Apache-2.0")},
        {tr("Simple Icons (issuer icons)"), bundledIssuerIcons().version(),
         QStringLiteral("CC0-1.0")},
    };

    auto* table = new QTreeWidget(this);
    table->setObjectName(QStringLiteral("componentTable"));
    table->setAccessibleName(tr("Libraries"));
    table->setHeaderLabels({tr("Library"), tr("Version"), tr("Licence")});
    table->setRootIsDecorated(false);
    table->setSelectionMode(QAbstractItemView::NoSelection);
    table->setFocusPolicy(Qt::NoFocus);
    table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    for (const Component& component : components) {
        new QTreeWidgetItem(table, {component.name, component.version, component.licence});
    }
    table->header()->setStretchLastSection(true);
    for (int column = 0; column < table->columnCount() - 1; ++column) {
        table->resizeColumnToContents(column);
        table->setColumnWidth(column, table->columnWidth(column) + 24);
    }
    // Exactly as tall as its rows: the list is short and empty space under it looks broken.
    const int rowHeight = table->sizeHintForRow(0);
    table->setFixedHeight(table->header()->sizeHint().height() +
                          rowHeight * int(components.size()) + 2 * table->frameWidth());
    return table;
}

} // namespace tessera::ui
