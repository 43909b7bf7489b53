// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/report/reportlanguage.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTranslator>

namespace dueline {

// Dueline's translations for the language, and the English source for any text they lack: a
// text is never looked up further, in the interface's translators installed before.
class ReportLanguage::Translator : public QTranslator
{
public:
    bool loadLanguage(const QString &language)
    {
        return m_inner.load(QStringLiteral(":/i18n/dueline_") + language);
    }
    QString translate(const char *context, const char *sourceText, const char *disambiguation,
                      int n) const override
    {
        QString text = m_inner.translate(context, sourceText, disambiguation, n);
        if (!text.isNull() || !sourceText)
            return text;
        return QString::fromUtf8(sourceText);
    }
    bool isEmpty() const override { return false; }

private:
    QTranslator m_inner;
};

// Swallows the QEvent::LanguageChange that installing and removing a translator send.
class ReportLanguage::Blocker : public QObject
{
public:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::LanguageChange)
            return true;
        return QObject::eventFilter(watched, event);
    }
};

QString ReportLanguage::supported(const QString &language)
{
    const QString name = language.trimmed().replace(QLatin1Char('-'), QLatin1Char('_'));
    if (name.startsWith(QLatin1String("ru"), Qt::CaseInsensitive))
        return QStringLiteral("ru");
    if (name.startsWith(QLatin1String("zh"), Qt::CaseInsensitive))
        return QStringLiteral("zh_CN");
    return QStringLiteral("en");
}

ReportLanguage::ReportLanguage(const QString &language)
    : m_translator(std::make_unique<Translator>())
    , m_blocker(std::make_unique<Blocker>())
    , m_language(supported(language))
    , m_locale(m_language)
{
    m_loaded = m_translator->loadLanguage(m_language);
    if (!m_loaded) {
        m_language = QStringLiteral("en");
        m_locale = QLocale(m_language);
        m_loaded = m_translator->loadLanguage(m_language);
    }
    if (QCoreApplication *app = QCoreApplication::instance())
        app->installEventFilter(m_blocker.get());
    QLocale::setDefault(m_locale);
    QCoreApplication::installTranslator(m_translator.get());
}

ReportLanguage::~ReportLanguage()
{
    QCoreApplication::removeTranslator(m_translator.get());
    QLocale::setDefault(m_previousLocale);
    if (QCoreApplication *app = QCoreApplication::instance())
        app->removeEventFilter(m_blocker.get());
}

} // namespace dueline
