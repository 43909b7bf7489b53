// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/bootstrap/i18n.h"
#include "app/bootstrap/systemclock.h"
#include "app/cli/command.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Dueline"));
    QCoreApplication::setApplicationName(QStringLiteral("Dueline"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DUELINE_VERSION));
    // Messages in the user's language: DUELINE_LANG, else the GUI's setting, else the locale.
    // JSON output and its keys never change with the language.
    dueline::i18n::installTranslators(
            dueline::i18n::chooseLanguage(qEnvironmentVariable("DUELINE_LANG")));
    QTextStream out(stdout);
    QTextStream err(stderr);
    const dueline::SystemClock clock;
    return dueline::runCli(QCoreApplication::arguments(), out, err, clock);
}
