// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/catalog/catalog.h"
#include "models/sla/clocksource.h"

#include <QCommandLineParser>
#include <QIODevice>
#include <QStringDecoder>
#include <QTextStream>

#include <memory>
#include <vector>

namespace dueline {

// Person-readable output on its way to a terminal: QTextStream writes UTF-8 to this device,
// which escapes control characters (textcolumns::escapeControls) and passes the text on to
// `target`.
class TerminalTextDevice : public QIODevice
{
public:
    explicit TerminalTextDevice(QTextStream &target);
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 size) override;

private:
    QTextStream &m_target;
    QStringDecoder m_decoder{QStringDecoder::Utf8}; // keeps a character split between writes
};

// What every command gets: output streams, the clock, and the catalog (loaded on first use).
// out() and err() are for people: control characters from data (subjects, names, bodies) are
// escaped there, once for every command. data() is exact, for --json and export.
class CliContext
{
public:
    CliContext(QTextStream &out, QTextStream &err, const dueline::ClockSource &clock);
    ~CliContext();
    CliContext(const CliContext &) = delete;
    CliContext &operator=(const CliContext &) = delete;

    QTextStream &out() { return m_textOut; }
    QTextStream &err() { return m_textErr; }
    // The exact standard output, after the person-readable text written so far.
    QTextStream &data();
    // Writes all pending output through.
    void flush();
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
    TerminalTextDevice m_outDevice;
    TerminalTextDevice m_errDevice;
    QTextStream m_textOut;
    QTextStream m_textErr;
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

} // namespace dueline
