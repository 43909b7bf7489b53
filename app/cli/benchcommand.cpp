// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/commands.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

#include <random>

namespace dueline {

namespace {

// dueline-cli bench sla [--json] [--count N] [--seed S] [--workload-out FILE]
// Due computations per second on the Stormbpmn business-hours calendar (Mon–Fri 11:00–20:00
// Moscow with the Russian production calendar): random starts over 2024–2026, targets from
// 10 minutes to 30 business days, one thread.
class BenchCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("bench"); }
    QString summary() const override
    {
        return QCoreApplication::translate(
                "cli", "Benchmarks: \"bench sla\" measures due computations per second.");
    }
    void setup(QCommandLineParser &parser) override
    {
        parser.addPositionalArgument(QStringLiteral("what"),
                                     QCoreApplication::translate("cli", "What to measure: sla."));
        parser.addOption({QStringLiteral("json"),
                          QCoreApplication::translate("cli", "Print one JSON object.")});
        parser.addOption(
                {QStringLiteral("count"),
                 QCoreApplication::translate("cli", "Distinct random cases (default 1000000)."),
                 QStringLiteral("N"), QStringLiteral("1000000")});
        parser.addOption({QStringLiteral("rounds"),
                          QCoreApplication::translate("cli", "Passes over the cases (default 5)."),
                          QStringLiteral("N"), QStringLiteral("5")});
        parser.addOption({QStringLiteral("seed"),
                          QCoreApplication::translate("cli", "Random seed (default 1)."),
                          QStringLiteral("S"), QStringLiteral("1")});
        parser.addOption({QStringLiteral("workload-out"),
                          QCoreApplication::translate(
                                  "cli", "Also write the cases as \"start_epoch working_seconds "
                                         "due_epoch\" lines, for other engines."),
                          QStringLiteral("FILE")});
    }
    int run(const QCommandLineParser &parser, CliContext &context) override
    {
        if (parser.positionalArguments() != QStringList{QStringLiteral("sla")})
            return context.fail(name(),
                                QCoreApplication::translate("cli", "expected \"bench sla\""));
        bool ok = false;
        const int count = parser.value(QStringLiteral("count")).toInt(&ok);
        if (!ok || count <= 0)
            return context.fail(name(), QCoreApplication::translate(
                                                "cli", "--count: expected a positive number"));
        const int rounds = parser.value(QStringLiteral("rounds")).toInt(&ok);
        if (!ok || rounds <= 0)
            return context.fail(name(), QCoreApplication::translate(
                                                "cli", "--rounds: expected a positive number"));
        const CatalogPtr catalog = context.catalog();
        if (!catalog)
            return ExitFailure;
        const Plan *plan = catalog->plan(QStringLiteral("stormbpmn/enterprise"));
        const WorkCalendarPtr calendar = plan ? catalog->calendar(plan->calendarId) : nullptr;
        if (!calendar)
            return context.fail(
                    name(),
                    QStringLiteral("the stormbpmn/enterprise plan is missing from the catalog"));

        std::mt19937_64 random(parser.value(QStringLiteral("seed")).toULongLong());
        const Instant from = QDateTime(QDate(2024, 1, 1), QTime(0, 0), QTimeZone("Europe/Moscow"))
                                     .toSecsSinceEpoch();
        const Instant to = QDateTime(QDate(2027, 1, 1), QTime(0, 0), QTimeZone("Europe/Moscow"))
                                   .toSecsSinceEpoch();
        std::uniform_int_distribution<Instant> startDist(0, (to - from) / 60 - 1);
        std::uniform_int_distribution<int> kindDist(0, 2), minutesDist(10, 600), hoursDist(1, 72),
                daysDist(1, 30);
        std::vector<ClockInput> inputs(static_cast<std::size_t>(count));
        std::vector<Target> targets(static_cast<std::size_t>(count));
        for (std::size_t i = 0; i < inputs.size(); ++i) {
            inputs[i].start = from + startDist(random) * 60;
            switch (kindDist(random)) {
            case 0:
                targets[i] = Target::of(minutesDist(random), TargetUnit::Minutes);
                break;
            case 1:
                targets[i] = Target::of(hoursDist(random), TargetUnit::Hours);
                break;
            default:
                targets[i] = Target::of(daysDist(random), TargetUnit::BusinessDays);
                break;
            }
        }

        QElapsedTimer timer;
        timer.start();
        Instant checksum = 0;
        for (int r = 0; r < rounds; ++r) {
            for (std::size_t i = 0; i < inputs.size(); ++i)
                checksum ^= SlaClock::due(*calendar, targets[i], inputs[i]);
        }
        const qint64 nanoseconds = timer.nsecsElapsed();
        const double computations = double(count) * rounds;
        const double perSecond = computations / (double(nanoseconds) / 1e9);

        if (parser.isSet(QStringLiteral("workload-out"))) {
            QFile file(parser.value(QStringLiteral("workload-out")));
            if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
                return context.fail(name(),
                                    file.fileName() + QStringLiteral(": ") + file.errorString());
            QByteArray lines;
            for (std::size_t i = 0; i < inputs.size(); ++i) {
                const Instant start = calendar->nextWorkingStart(inputs[i].start);
                const qint64 required = SlaClock::requiredSeconds(*calendar, targets[i], start);
                lines += QByteArray::number(inputs[i].start) + ' ' + QByteArray::number(required) +
                         ' ' + QByteArray::number(SlaClock::due(*calendar, targets[i], inputs[i])) +
                         '\n';
            }
            file.write(lines);
        }
        if (parser.isSet(QStringLiteral("json"))) {
            const QJsonObject o{{QStringLiteral("benchmark"), QStringLiteral("sla")},
                                {QStringLiteral("calendar"), calendar->id()},
                                {QStringLiteral("due_per_second"), qRound64(perSecond)},
                                {QStringLiteral("computations"), computations},
                                {QStringLiteral("seconds"), double(nanoseconds) / 1e9},
                                {QStringLiteral("checksum"), QString::number(checksum)}};
            context.data() << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact))
                           << Qt::endl;
        } else {
            context.out()
                    << QStringLiteral(
                               "%1 due computations in %2 s on %3: %4 per second (one thread)\n")
                               .arg(qint64(computations))
                               .arg(double(nanoseconds) / 1e9, 0, 'f', 3)
                               .arg(calendar->id())
                               .arg(qRound64(perSecond));
        }
        return ExitOk;
    }
};

} // namespace

std::unique_ptr<Command> makeBenchCommand()
{
    return std::make_unique<BenchCommand>();
}

} // namespace dueline
