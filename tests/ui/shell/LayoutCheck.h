// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractScrollArea>
#include <QCoreApplication>
#include <QFontMetrics>
#include <QGroupBox>
#include <QLabel>
#include <QRegularExpression>
#include <QScrollArea>
#include <QScrollBar>
#include <QSizeGrip>
#include <QStringList>
#include <QTabBar>
#include <QTextDocument>
#include <QTranslator>
#include <QWidget>

#include <algorithm>

namespace tessera::test {

// A translator into a pseudo-language: every letter accented and each line about 40 % longer,
// in brackets, so that text cut off or laid over its neighbours shows in a geometry check and on a
// screenshot. Placeholders (%1, %L1, %n, {name}), accelerators with their letter (&File), HTML tags
// and entities and line breaks stay as they are, so the code that fills them in still works.
class PseudoTranslator : public QTranslator
{
public:
    using QTranslator::QTranslator;

    bool isEmpty() const override { return false; }

    QString translate(const char* context, const char* source, const char* disambiguation,
                      int n) const override
    {
        Q_UNUSED(disambiguation)
        Q_UNUSED(n)
        // Key names would no longer parse as shortcuts.
        if (source == nullptr || qstrcmp(context, "QShortcut") == 0) {
            return {};
        }
        return pseudo(QString::fromUtf8(source));
    }

    static QString pseudo(const QString& text)
    {
        static const QRegularExpression kept(QStringLiteral(
            R"(%L?\d{1,2}|%n|\{[A-Za-z_#][A-Za-z0-9_#]*\}|<[^>]*>|&[a-z]+;|&#\d+;|&&|&[A-Za-z0-9])"));
        if (!text.contains(QRegularExpression(QStringLiteral("[A-Za-z]")))) {
            return text;
        }
        QStringList lines;
        for (const QString& line : text.split(QLatin1Char('\n'))) {
            QString out;
            int letters = 0;
            for (qsizetype i = 0; i < line.size();) {
                const QRegularExpressionMatch match =
                    kept.match(line, i, QRegularExpression::NormalMatch,
                               QRegularExpression::AnchorAtOffsetMatchOption);
                if (match.hasMatch()) {
                    out += match.captured();
                    i += match.capturedLength();
                    continue;
                }
                const QChar c = line.at(i++);
                if (c.isLetter()) {
                    ++letters;
                }
                out += accented(c);
            }
            if (letters > 0) {
                // 40 % more characters, at least two, as words so that wrapping still works.
                const int extra = std::max(2, (int(line.size()) * 2 + 4) / 5 - 2);
                QString padding;
                while (padding.size() < extra) {
                    padding += padding.isEmpty() ? QStringLiteral("ŵ") : QStringLiteral(" ŵ");
                    while (padding.size() < extra && !padding.endsWith(QStringLiteral("ŵŵŵŵŵ"))) {
                        padding += QStringLiteral("ŵ");
                    }
                }
                out = QStringLiteral("[%1 %2]").arg(out, padding);
            }
            lines << out;
        }
        return lines.join(QLatin1Char('\n'));
    }

private:
    static QChar accented(QChar c)
    {
        static const QString plain = QStringLiteral("aceinosuyzACEINOSUYZ");
        static const QString marked = QStringLiteral("áçéîñöšüýžÅÇÉÎÑÖŠÜÝŽ");
        const qsizetype at = plain.indexOf(c);
        return at >= 0 ? marked.at(at) : c;
    }
};

// Widget geometry problems in a shown window: a label or button narrower (or a wrapped label
// lower) than its text needs, and visible siblings laid over each other. Each problem names the
// widgets by class, accessible name or object name and text.
class LayoutCheck
{
public:
    static QStringList problems(QWidget* window)
    {
        QStringList found;
        const QList<QWidget*> widgets = window->findChildren<QWidget*>();
        for (QWidget* widget : widgets) {
            if (!widget->isVisibleTo(window) || widget->isWindow() || insideItemView(widget)) {
                continue;
            }
            if (const QString cut = textCut(widget); !cut.isEmpty()) {
                found << cut;
            }
        }
        for (auto* scroll : window->findChildren<QScrollArea*>()) {
            if (scroll->isVisibleTo(window)) {
                found << sidewaysScrolling(scroll);
            }
        }
        for (QWidget* parent : QList<QWidget*>{window} + widgets) {
            if (parent->isVisibleTo(window) || parent == window) {
                found << overlaps(parent, window);
            }
        }
        return found;
    }

    static QString describe(const QWidget* widget)
    {
        QString text;
        if (const auto* label = qobject_cast<const QLabel*>(widget)) {
            text = label->text();
        } else if (const auto* button = qobject_cast<const QAbstractButton*>(widget)) {
            text = button->text();
        } else if (const auto* box = qobject_cast<const QGroupBox*>(widget)) {
            text = box->title();
        }
        QString name = widget->accessibleName();
        if (name.isEmpty()) {
            name = widget->objectName();
        }
        return QStringLiteral("%1 '%2' \"%3\"")
            .arg(QString::fromLatin1(widget->metaObject()->className()), name, text.left(60));
    }

private:
    // A page in a resizable scroll area scrolls down, not sideways: a wider text wraps, or the
    // window is made wider. Names the widgets that want more width than the viewport has.
    static QStringList sidewaysScrolling(QScrollArea* scroll)
    {
        if (!scroll->widgetResizable() || scroll->widget() == nullptr ||
            !scroll->horizontalScrollBar()->isVisible()) {
            return {};
        }
        const int available = scroll->viewport()->width();
        QStringList wide;
        for (QWidget* child : scroll->widget()->findChildren<QWidget*>()) {
            if (child->isVisibleTo(scroll) && child->minimumSizeHint().width() > available / 3 &&
                qobject_cast<QGroupBox*>(child) == nullptr) {
                wide << QStringLiteral("%1 (%2 px)")
                            .arg(describe(child))
                            .arg(child->minimumSizeHint().width());
            }
        }
        return {
            QStringLiteral("%1 scrolls sideways: its page needs %2 px, the view has %3; widest: %4")
                .arg(describe(scroll))
                .arg(scroll->widget()->minimumSizeHint().width())
                .arg(available)
                .arg(wide.join(QStringLiteral(", ")))};
    }

    // Widgets an item view places in its cells are as wide as the column: the user widens it. (A
    // page in a QScrollArea is checked like any other: sidewaysScrolling() keeps it as wide as the
    // view.)
    static bool insideItemView(const QWidget* widget)
    {
        for (const QWidget* p = widget->parentWidget(); p != nullptr; p = p->parentWidget()) {
            if (qobject_cast<const QAbstractItemView*>(p) != nullptr) {
                return true;
            }
        }
        return false;
    }

    static QString tooSmall(const QWidget* widget, const char* dimension, const char* what,
                            int size, int needed)
    {
        return QStringLiteral("%1 is %2 px %3, its %4 needs %5")
            .arg(describe(widget))
            .arg(size)
            .arg(QLatin1String(dimension), QLatin1String(what))
            .arg(needed);
    }

    static QString textCut(QWidget* widget)
    {
        // Widgets told to ignore their size hint elide on purpose (long names, paths).
        if (widget->sizePolicy().horizontalPolicy() == QSizePolicy::Ignored) {
            return {};
        }
        if (auto* label = qobject_cast<QLabel*>(widget)) {
            if (label->text().isEmpty()) {
                return {};
            }
            if (label->wordWrap()) {
                const int needed = label->heightForWidth(label->width());
                if (label->height() + 1 < needed) {
                    return tooSmall(label, "high", "wrapped text", label->height(), needed);
                }
                return {};
            }
            const int needed = label->minimumSizeHint().width();
            if (label->width() + 1 < needed) {
                return tooSmall(label, "wide", "text", label->width(), needed);
            }
            return {};
        }
        if (auto* button = qobject_cast<QAbstractButton*>(widget)) {
            if (button->text().isEmpty()) {
                return {};
            }
            const QFontMetrics metrics(button->font());
            const QString shown = QString(button->text()).remove(QLatin1Char('&'));
            const int needed = button->sizeHint().width();
            if (button->width() + 1 < needed ||
                button->width() < metrics.horizontalAdvance(shown)) {
                return tooSmall(button, "wide", "text", button->width(), needed);
            }
            return {};
        }
        if (auto* box = qobject_cast<QGroupBox*>(widget);
            box != nullptr && !box->title().isEmpty()) {
            const int needed = QFontMetrics(box->font()).horizontalAdvance(box->title());
            if (box->width() < needed) {
                return tooSmall(box, "wide", "title", box->width(), needed);
            }
        }
        return {};
    }

    static QStringList overlaps(QWidget* parent, QWidget* window)
    {
        // A QTabBar with more tabs than room lays out its own scroll buttons, touching by one
        // pixel by Qt's design: they are not ours to place.
        if (qobject_cast<QTabBar*>(parent) != nullptr) {
            return {};
        }
        QList<QWidget*> children;
        for (QObject* child : parent->children()) {
            auto* widget = qobject_cast<QWidget*>(child);
            if (widget == nullptr || widget->isWindow() || !widget->isVisibleTo(window) ||
                widget->size().isEmpty() || widget->objectName().startsWith(QLatin1String("qt_")) ||
                qobject_cast<QScrollBar*>(widget) != nullptr ||
                qobject_cast<QSizeGrip*>(widget) != nullptr) {
                continue;
            }
            children << widget;
        }
        QStringList found;
        for (qsizetype i = 0; i < children.size(); ++i) {
            for (qsizetype j = i + 1; j < children.size(); ++j) {
                const QRect shared = children[i]->geometry() & children[j]->geometry();
                if (!shared.isEmpty()) {
                    found << QStringLiteral("%1 and %2 overlap in %3x%4 px")
                                 .arg(describe(children[i]), describe(children[j]))
                                 .arg(shared.width())
                                 .arg(shared.height());
                }
            }
        }
        return found;
    }
};

} // namespace tessera::test
