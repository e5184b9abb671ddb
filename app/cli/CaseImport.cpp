#include "CaseImport.h"

#include "CaseImportLine.h"
#include "CommandLine.h"

#include "core/Clock.h"
#include "core/DataDirectory.h"
#include "core/Workstation.h"
#include "core/accounts/AccountRules.h"
#include "core/accounts/StationIdentity.h"
#include "core/calendar/WorkCalendar.h"
#include "core/cases/AcceptanceService.h"
#include "core/storage/CatalogRepository.h"
#include "core/sync/SyncSettings.h"

#include <QFile>
#include <QFileInfo>

namespace ow::cli {
namespace {

// Reads a file line by line without ever holding more than one line (at most MaxLineBytes) in
// memory; a longer line is skipped to its end and reported as too long.
class LineSource
{
public:
    explicit LineSource(QFile &file)
        : m_file(file)
    {}

    bool next(QByteArray *line, bool *tooLong)
    {
        if (m_file.atEnd())
            return false;
        // Room for the longest line allowed and its line feed (readLine keeps one byte back).
        *line = m_file.readLine(CaseImport::MaxLineBytes + 2);
        // Cut short before its line feed with more to come: the line is longer than allowed.
        *tooLong = !line->endsWith('\n') && !m_file.atEnd();
        if (*tooLong) {
            bool ended = false;
            while (!ended && !m_file.atEnd())
                ended = m_file.readLine(64 * 1024).endsWith('\n');
            line->clear();
        }
        if (m_first) {
            m_first = false;
            if (line->startsWith("\xEF\xBB\xBF")) // a byte-order mark some editors write
                line->remove(0, 3);
        }
        while (line->endsWith('\n') || line->endsWith('\r'))
            line->chop(1);
        return true;
    }

private:
    QFile &m_file;
    bool m_first = true;
};

} // namespace

int CaseImport::run(const CaseImportOptions &options, CliContext &context)
{
    const QString command = QStringLiteral("case");
    if (const QString why =
            core::AccountRules::checkLogin(core::AccountRules::normalizeLogin(options.clerk));
        !why.isEmpty())
        return CommandLine::usageError(context, command, tr("--clerk: %1").arg(why));
    if (const QString why = core::AccountRules::checkWindowName(options.window.trimmed());
        !why.isEmpty())
        return CommandLine::usageError(context, command, tr("--window: %1").arg(why));

    const QFileInfo info(options.file);
    if (!info.exists()) {
        context.err << tr("%1: no such file.").arg(options.file) << Qt::endl;
        return ExitUsage;
    }
    if (info.isDir()) {
        context.err << tr("%1 is a directory, not a case-import file.").arg(options.file)
                    << Qt::endl;
        return ExitUsage;
    }
    QFile file(options.file);
    if (!file.open(QIODevice::ReadOnly)) {
        context.err << tr("Cannot read %1: %2").arg(options.file, file.errorString()) << Qt::endl;
        return ExitUsage;
    }

    QString openError;
    const auto ws =
        core::Workstation::open(core::DataDirectory::resolve(context.dataDir), &openError);
    if (!ws) {
        context.err << openError << Qt::endl;
        return ExitFailure;
    }
    core::StorageError error;
    const core::Catalog catalog = core::CatalogRepository(ws->database()).load(&error);
    if (error) {
        context.err << error.message << Qt::endl;
        return ExitFailure;
    }
    if (catalog.matters().isEmpty()) {
        context.err << tr("This workstation has no catalog yet: import one first with "
                          "“onewindow-cli catalog import FILE”.")
                    << Qt::endl;
        return ExitFailure;
    }

    const core::Clock &clock = core::Clock::system();
    // Deadlines count on the hub's calendars where sync brought them, else the built-in ones.
    const core::WorkCalendar calendar = ws->calendar();
    core::AcceptanceService service(ws->database(), ws->vault(), catalog, calendar, clock);
    CaseImportDefaults defaults;
    defaults.clerk = options.clerk;
    // As the workbench names its window: its own setting, else the window it was enrolled for.
    defaults.window = options.window.trimmed();
    if (defaults.window.isEmpty())
        defaults.window = core::StationIdentity::read(ws->database()).windowName;
    if (defaults.window.isEmpty()) {
        core::StorageError unreadable; // unreadable settings: no default, each line says why
        defaults.window = core::SyncSettings::read(ws->database(), &unreadable).windowName;
    }
    const QString fileName = info.fileName();

    qint64 lineNumber = 0;
    qint64 imported = 0;
    qint64 skipped = 0;
    bool stopped = false;
    const auto report = [&](const QString &reason) {
        context.err << QStringLiteral("%1:%2: %3").arg(options.file).arg(lineNumber).arg(reason)
                    << Qt::endl;
    };
    // One line: imported, skipped with its reason reported, or — on a storage failure — the
    // end of the import.
    const auto importLine = [&](const QByteArray &line, bool tooLong) {
        if (tooLong) {
            report(tr("the line is longer than %1 bytes").arg(MaxLineBytes));
            ++skipped;
            return;
        }
        if (line.trimmed().isEmpty())
            return; // blank lines separate nothing and are not cases
        defaults.today = clock.today();
        defaults.source = QStringLiteral("%1:%2").arg(fileName).arg(lineNumber);
        const CaseImportLineResult parsed = CaseImportLine::parse(line, defaults);
        if (!parsed.ok()) {
            report(parsed.error);
            ++skipped;
            return;
        }
        const core::AcceptanceResult result = service.submit(parsed.request);
        if (result.storageError) {
            // Receipt numbers used up, a full disk, a locked database: the next lines would
            // fail the same way, so stop here with everything before this line kept.
            report(result.storageError.message);
            stopped = true;
            return;
        }
        if (!result.problems.isEmpty()) {
            report(result.problems.join(QStringLiteral("; ")));
            ++skipped;
            return;
        }
        ++imported;
        context.out << QStringLiteral("%1:%2: %3\n")
                           .arg(options.file)
                           .arg(lineNumber)
                           .arg(result.summary.receiptNumber);
        // At once: should the import be interrupted, what was printed is what is in.
        context.out.flush();
    };
    LineSource lines(file);
    QByteArray line;
    bool tooLong = false;
    while (!stopped && lines.next(&line, &tooLong)) {
        ++lineNumber;
        importLine(line, tooLong);
        if (lineNumber % ProgressEvery == 0 && !stopped)
            context.err << tr("%1 lines read: %2 imported, %3 skipped")
                               .arg(lineNumber)
                               .arg(imported)
                               .arg(skipped)
                        << Qt::endl;
    }
    if (!stopped && file.error() != QFileDevice::NoError) {
        report(tr("reading the file failed: %1").arg(file.errorString()));
        stopped = true;
    }
    if (stopped)
        context.err << tr("The import stopped at line %1: that line and the rest of the file "
                          "were not imported. Import them again once the cause is fixed.")
                           .arg(lineNumber)
                    << Qt::endl;
    context.out << tr("imported %1, skipped %2").arg(imported).arg(skipped) << Qt::endl;
    return stopped || skipped > 0 ? ExitFailure : ExitOk;
}

} // namespace ow::cli
