// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>
#include <QWidget>

class QLabel;

namespace dueline {

class CommandLabel;
class IconView;

// A placeholder for a view with nothing to show yet: a large icon, a title, one line saying
// what will be there, one saying how to fill it and, optionally, a command line that does,
// centred in the available space.
// The owner sets (and, on QEvent::LanguageChange, resets) the texts.
class EmptyStateWidget : public QWidget
{
    Q_OBJECT
    Q_PROPERTY(QString title READ title WRITE setTitle)
    Q_PROPERTY(QString description READ description WRITE setDescription)
    Q_PROPERTY(QString hint READ hint WRITE setHint)
    Q_PROPERTY(QString command READ command WRITE setCommand)
public:
    explicit EmptyStateWidget(QWidget *parent = nullptr);

    // A freedesktop icon name, looked up through Icons::get().
    QString iconName() const { return m_iconName; }
    void setIconName(const QString &name);
    QIcon icon() const;

    QString title() const;
    void setTitle(const QString &title);

    // What the view will show.
    QString description() const;
    void setDescription(const QString &description);

    // How to fill it.
    QString hint() const;
    void setHint(const QString &hint);

    // A command that fills it, shown verbatim in a monospace box the user can select and copy
    // (hidden when empty). Not translated.
    QString command() const;
    void setCommand(const QString &command);

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateFonts();

    QString m_iconName;
    IconView *m_icon = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_description = nullptr;
    QLabel *m_hint = nullptr;
    CommandLabel *m_command = nullptr;
};

} // namespace dueline
