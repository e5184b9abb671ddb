<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>CalendarCommand</name>
    <message>
        <location filename="../app/cli/CalendarCommand.cpp" line="+61" />
        <source>warning: %1</source>
        <translation>warning: %1</translation>
    </message>
    <message>
        <location line="+71" />
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <location line="+3" />
        <source>yes: make-up working day, %1</source>
        <translation>yes: make-up working day, %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>no: weekend</source>
        <translation>no: weekend</translation>
    </message>
    <message>
        <location line="+3" />
        <source>no: public holiday, %1</source>
        <translation>no: public holiday, %1</translation>
    </message>
    <message>
        <location line="+23" />
        <source>%1 — source: %2</source>
        <translation>%1 — source: %2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Public holidays (days off):</source>
        <translation>Public holidays (days off):</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Make-up working days:</source>
        <translation>Make-up working days:</translation>
    </message>
    <message>
        <location line="+12" />
        <source>The calendar has no data for %1 (it covers %2); Monday to Friday are counted as working days there.</source>
        <translation>The calendar has no data for %1 (it covers %2); Monday to Friday are counted as working days there.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Count working days: deadlines, working days, a year's holidays.</source>
        <translation>Count working days: deadlines, working days, a year's holidays.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Working days by the national holiday calendar (public holidays and make-up working days); the start day of a period is not counted.
deadline DATE N: print the date N working days after DATE.
is-workday DATE: print yes or no; exit status 0 for a working day, 1 otherwise.
year YEAR: list the year's public holidays and make-up working days.
Dates are written YYYY-MM-DD. Outside the years the calendar covers, Monday to Friday are counted as working days and a warning says so. Exit status 2: usage error.</source>
        <translation>Working days by the national holiday calendar (public holidays and make-up working days); the start day of a period is not counted.
deadline DATE N: print the date N working days after DATE.
is-workday DATE: print yes or no; exit status 0 for a working day, 1 otherwise.
year YEAR: list the year's public holidays and make-up working days.
Dates are written YYYY-MM-DD. Outside the years the calendar covers, Monday to Friday are counted as working days and a warning says so. Exit status 2: usage error.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Print one JSON object.</source>
        <translation>Print one JSON object.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>deadline, is-workday or year.</source>
        <translation>deadline, is-workday or year.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>DATE N, DATE or YEAR, as the action needs.</source>
        <translation>DATE N, DATE or YEAR, as the action needs.</translation>
    </message>
    <message>
        <location line="+5" />
        <location line="+54" />
        <source>“%1” is not a number of working days; give a whole number from 0 to %2.</source>
        <translation>“%1” is not a number of working days; give a whole number from 0 to %2.</translation>
    </message>
    <message>
        <location line="-38" />
        <source>Give one action: deadline, is-workday or year.</source>
        <translation>Give one action: deadline, is-workday or year.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Give a start date and a number of working days.</source>
        <translation>Give a start date and a number of working days.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Give one year.</source>
        <translation>Give one year.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Give one date.</source>
        <translation>Give one date.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>“%1” is not a year from %2 to %3.</source>
        <translation>“%1” is not a year from %2 to %3.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>“%1” is not a date; write it as YYYY-MM-DD, e.g. 2025-10-08.</source>
        <translation>“%1” is not a date; write it as YYYY-MM-DD, e.g. 2025-10-08.</translation>
    </message>
</context>
<context>
    <name>CatalogCommand</name>
    <message>
        <location filename="../app/cli/CatalogCommand.cpp" line="+27" />
        <source>Import, export or describe the matter catalog of this workstation.</source>
        <translation>Import, export or describe the matter catalog of this workstation.</translation>
    </message>
    <message>
        <location line="+18" />
        <source>The catalog file.</source>
        <translation>The catalog file.</translation>
    </message>
    <message>
        <location line="-11" />
        <source>import FILE: replace the workstation's catalog with a catalog file (JSON, see docs/catalog-format.md); a file with any error is rejected whole and changes nothing.
export [FILE]: write the catalog as JSON to FILE or standard output.
info: how many matters, bundles and departments, and where they came from.
search QUERY: the matters and bundles a clerk would find by typing QUERY (hanzi, pinyin initials or full pinyin, or a code), best first.</source>
        <translation>import FILE: replace the workstation's catalog with a catalog file (JSON, see docs/catalog-format.md); a file with any error is rejected whole and changes nothing.
export [FILE]: write the catalog as JSON to FILE or standard output.
info: how many matters, bundles and departments, and where they came from.
search QUERY: the matters and bundles a clerk would find by typing QUERY (hanzi, pinyin initials or full pinyin, or a code), best first.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>At most this many results (search).</source>
        <translation>At most this many results (search).</translation>
    </message>
    <message>
        <location line="+1" />
        <source>count</source>
        <translation>count</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Print JSON (search).</source>
        <translation>Print JSON (search).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>import, export, info or search.</source>
        <translation>import, export, info or search.</translation>
    </message>
    <message>
        <location line="+18" />
        <source>--limit takes a number from 1 to 1000.</source>
        <translation>--limit takes a number from 1 to 1000.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Give one action: import FILE, export [FILE], info or search QUERY.</source>
        <translation>Give one action: import FILE, export [FILE], info or search QUERY.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 is larger than a catalog can be (256 MB).</source>
        <translation>%1 is larger than a catalog can be (256 MB).</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The catalog was not imported; nothing was changed.</source>
        <translation>The catalog was not imported; nothing was changed.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Imported %1 matters, %2 bundles and %3 departments from %4.</source>
        <translation>Imported %1 matters, %2 bundles and %3 departments from %4.</translation>
    </message>
    <message>
        <location line="+28" />
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Exported %1 matters to %2.</source>
        <translation>Exported %1 matters to %2.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>matters: %1</source>
        <translation>matters: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>bundles: %1</source>
        <translation>bundles: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>departments: %1</source>
        <translation>departments: %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>imported from %1 at %2</source>
        <translation>imported from %1 at %2</translation>
    </message>
    <message>
        <location line="+36" />
        <source>one thing</source>
        <translation>one thing</translation>
    </message>
    <message>
        <location line="+5" />
        <source>No matter or bundle matches “%1”.</source>
        <translation>No matter or bundle matches “%1”.</translation>
    </message>
</context>
<context>
    <name>CliMain</name>
    <message>
        <location filename="../app/cli/main.cpp" line="+29" />
        <source>Usage: onewindow-cli [--data-dir DIR] [--lang zh_CN|en] [--verbose] &lt;command&gt; [arguments]

Commands:
</source>
        <translation>Usage: onewindow-cli [--data-dir DIR] [--lang zh_CN|en] [--verbose] &lt;command&gt; [arguments]

Commands:
</translation>
    </message>
    <message>
        <location line="+4" />
        <source>
Run “onewindow-cli &lt;command&gt; --help” for a command's options.
</source>
        <translation>
Run “onewindow-cli &lt;command&gt; --help” for a command's options.
</translation>
    </message>
    <message>
        <location line="+47" />
        <source>Unknown language “%1”; use zh_CN or en.</source>
        <translation>Unknown language “%1”; use zh_CN or en.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Unknown command “%1”.</source>
        <translation>Unknown command “%1”.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../app/cli/CommandLine.cpp" line="+8" />
        <source>Workstation data directory (default: the platform's application data location, or $OW_DATA_DIR).</source>
        <translation>Workstation data directory (default: the platform's application data location, or $OW_DATA_DIR).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>directory</source>
        <translation>directory</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Language of messages: zh_CN or en.</source>
        <translation>Language of messages: zh_CN or en.</translation>
    </message>
    <message>
        <location line="+0" />
        <source>language</source>
        <translation>language</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Log debug messages to standard error.</source>
        <translation>Log debug messages to standard error.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Show this help.</source>
        <translation>Show this help.</translation>
    </message>
    <message>
        <location line="+49" />
        <source>Run “%1” for usage.</source>
        <translation>Run “%1” for usage.</translation>
    </message>
</context>
<context>
    <name>DatabaseCommand</name>
    <message>
        <location filename="../app/cli/DatabaseCommand.cpp" line="+15" />
        <source>Show the workstation database's schema version, or upgrade it.</source>
        <translation>Show the workstation database's schema version, or upgrade it.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>status: print where the workstation database is and its schema version, changing nothing.
migrate: create the database or upgrade it to this version's schema.</source>
        <translation>status: print where the workstation database is and its schema version, changing nothing.
migrate: create the database or upgrade it to this version's schema.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>status or migrate.</source>
        <translation>status or migrate.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Give one action: status or migrate.</source>
        <translation>Give one action: status or migrate.</translation>
    </message>
    <message>
        <location line="+10" />
        <location line="+13" />
        <source>database: %1</source>
        <translation>database: %1</translation>
    </message>
    <message>
        <location line="-12" />
        <source>state: not created yet (this version creates schema %1)</source>
        <translation>state: not created yet (this version creates schema %1)</translation>
    </message>
    <message>
        <location line="+13" />
        <source>schema version: %1 (this version knows up to %2)</source>
        <translation>schema version: %1 (this version knows up to %2)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>state: up to date</source>
        <translation>state: up to date</translation>
    </message>
    <message>
        <location line="+1" />
        <source>state: upgrade pending; run “onewindow-cli db migrate”</source>
        <translation>state: upgrade pending; run “onewindow-cli db migrate”</translation>
    </message>
</context>
<context>
    <name>ValidateCommand</name>
    <message>
        <location filename="../app/cli/ValidateCommand.cpp" line="+72" />
        <source>Check a resident ID number, unified social credit code or division code.</source>
        <translation>Check a resident ID number, unified social credit code or division code.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Checks an identifier and prints whether it is valid, its normalized form and what can be derived from it. Exit status: 0 valid, 1 invalid, 2 usage error.</source>
        <translation>Checks an identifier and prints whether it is valid, its normalized form and what can be derived from it. Exit status: 0 valid, 1 invalid, 2 usage error.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Print one JSON object.</source>
        <translation>Print one JSON object.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>id, credit-code or division.</source>
        <translation>id, credit-code or division.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The value to check.</source>
        <translation>The value to check.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Give the kind of identifier and one value.</source>
        <translation>Give the kind of identifier and one value.</translation>
    </message>
    <message>
        <location line="+21" />
        <source>%1: born %2, %3, %4, %5</source>
        <translation>%1: born %2, %3, %4, %5</translation>
    </message>
    <message>
        <location line="+19" />
        <source>%1: %2, %3, registered in %4</source>
        <translation>%1: %2, %3, registered in %4</translation>
    </message>
    <message>
        <location line="+2" />
        <source>unknown authority</source>
        <translation>unknown authority</translation>
    </message>
    <message>
        <location line="+2" />
        <source>unknown type</source>
        <translation>unknown type</translation>
    </message>
    <message>
        <location line="+16" />
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1: well formed, %2</source>
        <translation>%1: well formed, %2</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Unknown kind “%1”; use id, credit-code or division.</source>
        <translation>Unknown kind “%1”; use id, credit-code or division.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>valid: %1</source>
        <translation>valid: %1</translation>
    </message>
    <message>
        <location line="+0" />
        <source>invalid: %1</source>
        <translation>invalid: %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>warning: %1</source>
        <translation>warning: %1</translation>
    </message>
</context>
<context>
    <name>VersionCommand</name>
    <message>
        <location filename="../app/cli/VersionCommand.cpp" line="+14" />
        <source>Print the versions of OneWindow and the libraries it runs on.</source>
        <translation>Print the versions of OneWindow and the libraries it runs on.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Print one JSON object.</source>
        <translation>Print one JSON object.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>This command takes no arguments.</source>
        <translation>This command takes no arguments.</translation>
    </message>
</context>
</TS>
