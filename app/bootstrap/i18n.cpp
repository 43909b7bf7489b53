// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/bootstrap/i18n.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

namespace dueline::i18n {

namespace {

struct Installed
{
    QString language = QStringLiteral("en");
    QTranslator *ours = nullptr;
    QTranslator *qt = nullptr;
};

Installed &installed()
{
    static Installed state;
    return state;
}

void removeTranslator(QTranslator *&translator)
{
    if (!translator)
        return;
    QCoreApplication::removeTranslator(translator);
    delete translator;
    translator = nullptr;
}

} // namespace

QStringList supportedLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("ru"), QStringLiteral("zh_CN")};
}

QString matchLanguage(const QString &name)
{
    QString value = name.trimmed();
    value = value.left(value.indexOf(QLatin1Char('.'))); // drop an encoding: ru_RU.UTF-8
    value = value.left(value.indexOf(QLatin1Char('@'))); // and a modifier: sr_RS@latin
    value.replace(QLatin1Char('-'), QLatin1Char('_'));
    if (value.isEmpty())
        return {};
    const QString lower = value.toLower();
    for (const QString &language : supportedLanguages()) {
        if (lower == language.toLower())
            return language;
    }
    if (lower == QLatin1String("c") || lower == QLatin1String("posix"))
        return {};
    // Anything else through QLocale: "ru_RU", "en_GB", "zh_Hans_CN", "zh_SG" …
    const QLocale locale(value);
    if (locale.language() == QLocale::C)
        return {};
    switch (locale.language()) {
    case QLocale::English:
        return QStringLiteral("en");
    case QLocale::Russian:
        return QStringLiteral("ru");
    case QLocale::Chinese:
        // Only Simplified Chinese is translated; Traditional script readers get English.
        return locale.script() == QLocale::TraditionalChineseScript ? QString()
                                                                    : QStringLiteral("zh_CN");
    default:
        return {};
    }
}

QString resolveLanguage(const QString &preference, const QLocale &systemLocale)
{
    QString preferred = matchLanguage(preference);
    if (!preferred.isEmpty())
        return preferred;
    // The first of the user's preferred languages that we have (LANGUAGE=ru:en …).
    for (const QString &name : systemLocale.uiLanguages()) {
        QString language = matchLanguage(name);
        if (!language.isEmpty())
            return language;
    }
    return QStringLiteral("en");
}

QString chooseLanguage(const QString &commandLineValue, const QLocale &systemLocale)
{
    QString fromCommandLine = matchLanguage(commandLineValue);
    if (!fromCommandLine.isEmpty())
        return fromCommandLine;
    return resolveLanguage(QSettings().value(QLatin1String(settingsKey)).toString(), systemLocale);
}

bool installTranslators(const QString &language)
{
    Installed &state = installed();
    const QString wanted = matchLanguage(language);
    if (wanted.isEmpty())
        return false;

    auto *ours = new QTranslator(QCoreApplication::instance());
    if (!ours->load(QStringLiteral(":/i18n/dueline_") + wanted)) {
        delete ours;
        return false;
    }
    auto *qt = new QTranslator(QCoreApplication::instance());
    if (!qt->load(QStringLiteral("qtbase_") + wanted,
                  QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        delete qt; // English, or a system without Qt's translations: Qt's own strings stay English
        qt = nullptr;
    }

    // The locale first, so that widgets retranslating themselves already format numbers and
    // dates for the new language. Keep the system's locale when it speaks that language.
    const QLocale system = QLocale::system();
    QLocale::setDefault(matchLanguage(system.name()) == wanted ? system : QLocale(wanted));

    removeTranslator(state.ours);
    removeTranslator(state.qt);
    if (qt)
        QCoreApplication::installTranslator(qt);
    QCoreApplication::installTranslator(ours);
    state.ours = ours;
    state.qt = qt;
    state.language = wanted;
    return true;
}

QString currentLanguage()
{
    return installed().language;
}

} // namespace dueline::i18n
