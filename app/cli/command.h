#pragma once

#include "models/catalog/catalog.h"
#include "models/sla/clocksource.h"

#include <QCommandLineParser>
#include <QTextStream>

#include <memory>
#include <vector>

// What every command gets: output streams, the clock, and the catalog (loaded on first use).
class CliContext
{
public:
    CliContext(QTextStream &out, QTextStream &err, const dueline::ClockSource &clock)
        : m_out(out)
        , m_err(err)
        , m_clock(clock)
    { }
    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }
    const dueline::ClockSource &clock() const { return m_clock; }

    // The built-in catalog plus the team's files (--catalog, DUELINE_CATALOG, data folder).
    // On a bad file prints the error and returns null.
    dueline::CatalogPtr catalog();
    void setExtraCatalogFiles(const QStringList &files) { m_extraCatalogFiles = files; }
    const QStringList &extraCatalogFiles() const { return m_extraCatalogFiles; }
    // --allow-insecure-tls: connect to a PostgreSQL server that is not on this computer with an
    // sslmode weaker than verify-full (otherwise refused, connectionpolicy::isInsecure()).
    void setAllowInsecureTls(bool allow) { m_allowInsecureTls = allow; }
    bool allowInsecureTls() const { return m_allowInsecureTls; }
    // Replaces the catalog (with the team catalog files of the database a command opened).
    void setCatalog(dueline::CatalogPtr catalog) { m_catalog = std::move(catalog); }

    // Prints "dueline-cli COMMAND: message" on stderr and returns the exit code for errors.
    int fail(const QString &command, const QString &message);

private:
    QTextStream &m_out;
    QTextStream &m_err;
    const dueline::ClockSource &m_clock;
    QStringList m_extraCatalogFiles;
    dueline::CatalogPtr m_catalog;
    bool m_allowInsecureTls = false;
};

// One sub-command of dueline-cli. Commands are registered in one place: commands.cpp.
class Command
{
public:
    virtual ~Command();
    virtual QString name() const = 0;
    virtual QString summary() const = 0;
    // Options and positional arguments of the command (help and version are added for it).
    virtual void setup(QCommandLineParser &parser) = 0;
    virtual int run(const QCommandLineParser &parser, CliContext &context) = 0;
};

std::vector<std::unique_ptr<Command>> createCommands();

// Exit codes.
enum ExitCode { ExitOk = 0, ExitFailure = 1, ExitUsage = 2 };

// Runs dueline-cli with `arguments` (argv[0] included).
int runCli(const QStringList &arguments, QTextStream &out, QTextStream &err,
           const dueline::ClockSource &clock);
