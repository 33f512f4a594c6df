// SPDX-License-Identifier: GPL-3.0-or-later
#include "IacExportDialog.h"

#include "vault/AtomicFile.h"
#include "widgets/InlineMessage.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSyntaxHighlighter>
#include <QVBoxLayout>

namespace tessera::ui::console {

namespace {

// Comments, quoted strings and keys, in colours taken from the palette so light and dark both
// read well. Enough for YAML, HCL and JSON, which share these three shapes.
class ConfigHighlighter : public QSyntaxHighlighter
{
public:
    explicit ConfigHighlighter(QTextDocument* document) : QSyntaxHighlighter(document) {}

protected:
    void highlightBlock(const QString& text) override
    {
        const QPalette palette = QApplication::palette();
        QTextCharFormat key;
        key.setFontWeight(QFont::Bold);
        QTextCharFormat string;
        string.setForeground(palette.color(QPalette::Link));
        QTextCharFormat comment;
        comment.setForeground(palette.color(QPalette::PlaceholderText));
        comment.setFontItalic(true);

        static const QRegularExpression keys(
            QStringLiteral(R"(^\s*(-\s*)?("?[A-Za-z_][A-Za-z0-9_]*"?)\s*[:=])"));
        if (const auto match = keys.match(text); match.hasMatch()) {
            setFormat(int(match.capturedStart(2)), int(match.capturedLength(2)), key);
        }
        static const QRegularExpression strings(QStringLiteral(R"("(?:[^"\\]|\\.)*")"));
        for (auto it = strings.globalMatch(text); it.hasNext();) {
            const auto match = it.next();
            // A quoted key followed by ':' stays a key.
            const qsizetype end = match.capturedEnd();
            if (end < text.size() && text.mid(end).trimmed().startsWith(QLatin1Char(':'))) {
                continue;
            }
            setFormat(int(match.capturedStart()), int(match.capturedLength()), string);
        }
        if (text.trimmed().startsWith(QLatin1Char('#'))) {
            setFormat(0, int(text.size()), comment);
        }
    }
};

} // namespace

IacExportDialog::IacExportDialog(pool::iac::PoolMfaSnapshot snapshot, QWidget* parent)
    : QDialog(parent), m_snapshot(std::move(snapshot))
{
    setWindowTitle(tr("Export configuration of %1").arg(m_snapshot.pool.name));
    auto* layout = new QVBoxLayout(this);
    auto* top = new QHBoxLayout;
    auto* label = new QLabel(tr("&Format:"));
    m_format = new QComboBox;
    m_format->addItem(tr("AWS CloudFormation (YAML)"), int(pool::iac::Format::CloudFormation));
    m_format->addItem(tr("Terraform (HCL)"), int(pool::iac::Format::Terraform));
    m_format->addItem(tr("AWS CLI input (set-user-pool-mfa-config)"),
                      int(pool::iac::Format::CliJson));
    m_format->setAccessibleName(tr("Format"));
    m_format->setAccessibleDescription(tr("The infrastructure-as-code format to export to."));
    label->setBuddy(m_format);
    top->addWidget(label);
    top->addWidget(m_format, 1);
    layout->addLayout(top);

    m_preview = new QPlainTextEdit;
    m_preview->setReadOnly(true);
    m_preview->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_preview->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_preview->setAccessibleName(tr("Preview"));
    m_preview->setAccessibleDescription(tr("The exported configuration, as it will be copied or "
                                           "saved."));
    new ConfigHighlighter(m_preview->document());
    layout->addWidget(m_preview, 1);
    m_omitted = new QLabel;
    m_omitted->setWordWrap(true);
    m_omitted->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_omitted->setAccessibleName(tr("Not exported"));
    layout->addWidget(m_omitted);
    m_status = new QLabel;
    m_status->setAccessibleName(tr("Status"));
    layout->addWidget(m_status);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    auto* copyButton = buttons->addButton(tr("&Copy"), QDialogButtonBox::ActionRole);
    copyButton->setAccessibleName(tr("Copy"));
    copyButton->setAccessibleDescription(tr("Copies the configuration to the clipboard."));
    auto* saveButton = buttons->addButton(tr("&Save…"), QDialogButtonBox::ActionRole);
    saveButton->setAccessibleName(tr("Save"));
    saveButton->setAccessibleDescription(tr("Saves the configuration to a file."));
    connect(copyButton, &QPushButton::clicked, this, &IacExportDialog::copy);
    connect(saveButton, &QPushButton::clicked, this, &IacExportDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_format, &QComboBox::currentIndexChanged, this, &IacExportDialog::render);
    render();
    resize(720, 560);
}

QString IacExportDialog::text() const
{
    return m_document.text;
}

void IacExportDialog::setFormat(pool::iac::Format format)
{
    m_format->setCurrentIndex(m_format->findData(int(format)));
}

void IacExportDialog::render()
{
    m_document =
        pool::iac::exportSnapshot(m_snapshot, pool::iac::Format(m_format->currentData().toInt()));
    m_preview->setPlainText(m_document.text);
    m_omitted->setText(m_document.omitted.isEmpty()
                           ? QString()
                           : tr("Not in this format, set by hand: %1")
                                 .arg(m_document.omitted.join(QLatin1String("; "))));
    m_status->clear();
}

void IacExportDialog::copy()
{
    // Configuration, not a secret: no clipboard guard.
    QApplication::clipboard()->setText(m_document.text);
    showInlineMessage(m_status, tr("Copied."), false);
}

void IacExportDialog::save()
{
    const auto format = pool::iac::Format(m_format->currentData().toInt());
    const QString suggested = QDir::home().filePath(m_snapshot.pool.name + QStringLiteral("-mfa") +
                                                    pool::iac::fileSuffix(format));
    const QString path = QFileDialog::getSaveFileName(this, tr("Save configuration"), suggested);
    if (path.isEmpty()) {
        return;
    }
    if (auto written = vault::writeFileAtomically(path, m_document.text.toUtf8()); !written) {
        showInlineMessage(m_status, written.error(), true);
        return;
    }
    showInlineMessage(m_status, tr("Saved to %1.").arg(QDir::toNativeSeparators(path)), false);
}

} // namespace tessera::ui::console
