// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/bootstrap/i18n.h"
#include "app/bootstrap/systemclock.h"
#include "app/cli/command.h"

#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QTextStream>

#include <cstdio>
#include <cstring>
#include <memory>

#include <unistd.h>

int main(int argc, char *argv[])
{
    // A PDF (report --pdf) needs fonts, hence Qt Gui: on the offscreen platform, so the command
    // line needs no display. Everything else runs without it.
    bool writesPdf = false;
    for (int i = 1; i < argc; ++i)
        writesPdf = writesPdf || std::strncmp(argv[i], "--pdf", 5) == 0;
    std::unique_ptr<QCoreApplication> app;
    if (writesPdf) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        // Qt Gui wants a runtime folder and warns on stderr when there is none (a cron job, a
        // container): make the one it would fall back to, as it expects it (private to the user).
        if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
            const QString runtime =
                    QDir::tempPath() + QStringLiteral("/runtime-") + QString::number(getuid());
            if (QDir().mkpath(runtime) &&
                QFile::setPermissions(runtime, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                       QFileDevice::ExeOwner))
                qputenv("XDG_RUNTIME_DIR", QFile::encodeName(runtime));
        }
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
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
