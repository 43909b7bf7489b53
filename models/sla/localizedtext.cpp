// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/sla/localizedtext.h"

namespace dueline {

QString LocalizedText::text(const QString &language) const
{
    if (m_texts.isEmpty())
        return {};
    auto it = m_texts.constFind(language);
    if (it != m_texts.constEnd())
        return *it;
    const int underscore = language.indexOf(QLatin1Char('_'));
    if (underscore > 0) {
        it = m_texts.constFind(language.left(underscore));
        if (it != m_texts.constEnd())
            return *it;
    }
    for (auto i = m_texts.constBegin(); i != m_texts.constEnd(); ++i) {
        if (i.key().startsWith(language + QLatin1Char('_')))
            return i.value();
    }
    it = m_texts.constFind(QStringLiteral("en"));
    if (it != m_texts.constEnd())
        return *it;
    return m_texts.constBegin().value();
}

} // namespace dueline
