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
    QTextStream out(stdout);
    QTextStream err(stderr);
    const SystemClock clock;
    return runCli(QCoreApplication::arguments(), out, err, clock);
}
