<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AuditCommand</name>
    <message>
        <location filename="../app/cli/AuditCommand.cpp" line="+16" />
        <source>List the audit trail of this workstation or verify its hash chain.</source>
        <translation>List the audit trail of this workstation or verify its hash chain.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>list: the newest entries first — sequence number, time, who, what, on what.
verify: recompute the SM3 hash chain; exits 1 when an entry was changed or removed outside OneWindow.</source>
        <translation>list: the newest entries first — sequence number, time, who, what, on what.
verify: recompute the SM3 hash chain; exits 1 when an entry was changed or removed outside OneWindow.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>At most this many entries (list).</source>
        <translation>At most this many entries (list).</translation>
    </message>
    <message>
        <location line="+1" />
        <source>count</source>
        <translation>count</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Only entries of this action, e.g. clerk.login (list).</source>
        <translation>Only entries of this action, e.g. clerk.login (list).</translation>
    </message>
    <message>
        <location line="+1" />
        <source>action</source>
        <translation>action</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Print JSON (list).</source>
        <translation>Print JSON (list).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>list or verify.</source>
        <translation>list or verify.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>--limit takes a number from 1 to 100000.</source>
        <translation>--limit takes a number from 1 to 100000.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Give one action: list or verify.</source>
        <translation>Give one action: list or verify.</translation>
    </message>
    <message>
        <location line="+36" />
        <source>The audit trail has no entries yet.</source>
        <translation>The audit trail has no entries yet.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>The audit trail is broken at entry %1: an entry was changed or removed outside OneWindow. Keep this database as evidence and tell the administrator.</source>
        <translation>The audit trail is broken at entry %1: an entry was changed or removed outside OneWindow. Keep this database as evidence and tell the administrator.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The audit trail is intact. Entries checked: %1.</source>
        <translation>The audit trail is intact. Entries checked: %1.</translation>
    </message>
</context>
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
    <name>CaseCommand</name>
    <message>
        <location filename="../app/cli/CaseCommand.cpp" line="+48" />
        <source>At most this many cases (list).</source>
        <translation>At most this many cases (list).</translation>
    </message>
    <message>
        <location line="+1" />
        <source>count</source>
        <translation>count</translation>
    </message>
    <message>
        <location line="-13" />
        <source>List the cases of this workstation, show one, or import a backlog.</source>
        <translation>List the cases of this workstation, show one, or import a backlog.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>list: the newest cases, newest first.
show RECEIPT: one case with its steps and materials (ID numbers masked).
import FILE: accept the cases of a JSON Lines file, one per line, as at the counter (format: docs/case-import.md); bad lines are reported as FILE:LINE and skipped. Exit status 0 when every line was imported, 1 when some were not, 2 when the file cannot be read.</source>
        <translation>list: the newest cases, newest first.
show RECEIPT: one case with its steps and materials (ID numbers masked).
import FILE: accept the cases of a JSON Lines file, one per line, as at the counter (format: docs/case-import.md); bad lines are reported as FILE:LINE and skipped. Exit status 0 when every line was imported, 1 when some were not, 2 when the file cannot be read.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Print JSON (list, show).</source>
        <translation>Print JSON (list, show).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Login recorded as the accepting clerk of imported cases, unless a line names one (import; default: import).</source>
        <translation>Login recorded as the accepting clerk of imported cases, unless a line names one (import; default: import).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>login</source>
        <translation>login</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Window recorded on imported cases, unless a line names one (import; default: this workstation's window, or the one it was enrolled for).</source>
        <translation>Window recorded on imported cases, unless a line names one (import; default: this workstation's window, or the one it was enrolled for).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <location line="+2" />
        <source>list, show or import.</source>
        <translation>list, show or import.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Give one action: list, show RECEIPT, or import FILE.</source>
        <translation>Give one action: list, show RECEIPT, or import FILE.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>--limit and --json do not apply to import.</source>
        <translation>--limit and --json do not apply to import.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>--clerk and --window apply to import only.</source>
        <translation>--clerk and --window apply to import only.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>--limit takes a number from 1 to 100000.</source>
        <translation>--limit takes a number from 1 to 100000.</translation>
    </message>
    <message numerus="yes">
        <location line="+35" />
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n case(s)</numerusform>
            <numerusform>%n case(s)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10" />
        <source>No case has the receipt number %1.</source>
        <translation>No case has the receipt number %1.</translation>
    </message>
    <message>
        <location line="+40" />
        <source>receipt: %1</source>
        <translation>receipt: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>subject: %1</source>
        <translation>subject: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>applicant: %1</source>
        <translation>applicant: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>status: %1</source>
        <translation>status: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>deadline: %1</source>
        <translation>deadline: %1</translation>
    </message>
    <message>
        <location line="+5" />
        <source>  step %1: %2 (%3) — %4, due %5</source>
        <translation>  step %1: %2 (%3) — %4, due %5</translation>
    </message>
    <message>
        <location line="+8" />
        <source>  material: %1 — %2</source>
        <translation>  material: %1 — %2</translation>
    </message>
    <message>
        <location line="+3" />
        <source>at the hub: no news yet (not synced, or no department has acted)</source>
        <translation>at the hub: no news yet (not synced, or no department has acted)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>at the hub: %1, due %2 (as of %3)</source>
        <translation>at the hub: %1, due %2 (as of %3)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>  step %1 (%2): %3, due %4%5</source>
        <translation>  step %1 (%2): %3, due %4%5</translation>
    </message>
</context>
<context>
    <name>CaseImport</name>
    <message>
        <location filename="../app/cli/CaseImport.cpp" line="+68" />
        <source>--clerk: %1</source>
        <translation>--clerk: %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>--window: %1</source>
        <translation>--window: %1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1: no such file.</source>
        <translation>%1: no such file.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 is a directory, not a case-import file.</source>
        <translation>%1 is a directory, not a case-import file.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <location line="+18" />
        <source>This workstation has no catalog yet: import one first with “onewindow-cli catalog import FILE”.</source>
        <translation>This workstation has no catalog yet: import one first with “onewindow-cli catalog import FILE”.</translation>
    </message>
    <message>
        <location line="+33" />
        <source>the line is longer than %1 bytes</source>
        <translation>the line is longer than %1 bytes</translation>
    </message>
    <message>
        <location line="+42" />
        <source>%1 lines read: %2 imported, %3 skipped</source>
        <translation>%1 lines read: %2 imported, %3 skipped</translation>
    </message>
    <message>
        <location line="+7" />
        <source>reading the file failed: %1</source>
        <translation>reading the file failed: %1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The import stopped at line %1: that line and the rest of the file were not imported. Import them again once the cause is fixed.</source>
        <translation>The import stopped at line %1: that line and the rest of the file were not imported. Import them again once the cause is fixed.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>imported %1, skipped %2</source>
        <translation>imported %1, skipped %2</translation>
    </message>
</context>
<context>
    <name>CaseImportLine</name>
    <message>
        <location filename="../app/cli/CaseImportLine.cpp" line="+54" />
        <source>unknown key %1 (known keys: %2)</source>
        <translation>unknown key %1 (known keys: %2)</translation>
    </message>
    <message>
        <location line="+18" />
        <source>%1 must be a text string</source>
        <translation>%1 must be a text string</translation>
    </message>
    <message>
        <location line="+10" />
        <location line="+206" />
        <source>%1 is missing</source>
        <translation>%1 is missing</translation>
    </message>
    <message>
        <location line="-196" />
        <location line="+103" />
        <location line="+37" />
        <source>%1 must be a JSON object</source>
        <translation>%1 must be a JSON object</translation>
    </message>
    <message>
        <location line="-128" />
        <source>%1 must be a JSON list</source>
        <translation>%1 must be a JSON list</translation>
    </message>
    <message>
        <location line="+19" />
        <location line="+63" />
        <location line="+130" />
        <location line="+8" />
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="-156" />
        <location line="+79" />
        <location line="+56" />
        <source>%1 must be one of: %2</source>
        <translation>%1 must be one of: %2</translation>
    </message>
    <message>
        <location line="-52" />
        <source>the material %1 is listed twice</source>
        <translation>the material %1 is listed twice</translation>
    </message>
    <message>
        <location line="+18" />
        <source>not valid JSON (at character %1): %2</source>
        <translation>not valid JSON (at character %1): %2</translation>
    </message>
    <message>
        <location line="+6" />
        <source>a line must be one JSON object</source>
        <translation>a line must be one JSON object</translation>
    </message>
    <message>
        <location line="+46" />
        <source>no window: give --window NAME or a "window" key</source>
        <translation>no window: give --window NAME or a "window" key</translation>
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
    <name>ClerkCommand</name>
    <message>
        <location filename="../app/cli/ClerkCommand.cpp" line="+54" />
        <source>Add, list and change the clerk accounts of this workstation.</source>
        <translation>Add, list and change the clerk accounts of this workstation.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>add LOGIN --name NAME --role ROLES [--window W]: create an account; the password is read from standard input with --password-stdin, otherwise asked for twice.
list [--json]: every account with its roles and state.
passwd LOGIN: set a new password (this also ends a lockout).
disable LOGIN, enable LOGIN: stop or allow log-ins.
roles LOGIN ROLES: replace the account's roles.
ROLES is a comma-separated list of clerk, supervisor and admin.</source>
        <translation>add LOGIN --name NAME --role ROLES [--window W]: create an account; the password is read from standard input with --password-stdin, otherwise asked for twice.
list [--json]: every account with its roles and state.
passwd LOGIN: set a new password (this also ends a lockout).
disable LOGIN, enable LOGIN: stop or allow log-ins.
roles LOGIN ROLES: replace the account's roles.
ROLES is a comma-separated list of clerk, supervisor and admin.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The clerk's name as printed on receipts (add).</source>
        <translation>The clerk's name as printed on receipts (add).</translation>
    </message>
    <message>
        <location line="+0" />
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Roles, e.g. clerk,supervisor (add).</source>
        <translation>Roles, e.g. clerk,supervisor (add).</translation>
    </message>
    <message>
        <location line="+0" />
        <source>roles</source>
        <translation>roles</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The window the clerk usually serves (add).</source>
        <translation>The window the clerk usually serves (add).</translation>
    </message>
    <message>
        <location line="+0" />
        <source>window</source>
        <translation>window</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Read the password from the first line of standard input (add, passwd).</source>
        <translation>Read the password from the first line of standard input (add, passwd).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Print JSON (list).</source>
        <translation>Print JSON (list).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>add, list, passwd, disable, enable or roles.</source>
        <translation>add, list, passwd, disable, enable or roles.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The account's login.</source>
        <translation>The account's login.</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Give one action: add LOGIN, list, passwd LOGIN, disable LOGIN, enable LOGIN or roles LOGIN ROLES.</source>
        <translation>Give one action: add LOGIN, list, passwd LOGIN, disable LOGIN, enable LOGIN or roles LOGIN ROLES.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>clerk add needs --name and --role.</source>
        <translation>clerk add needs --name and --role.</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Added %1 (%2) with the roles %3.</source>
        <translation>Added %1 (%2) with the roles %3.</translation>
    </message>
    <message>
        <location line="+27" />
        <source>disabled</source>
        <translation>disabled</translation>
    </message>
    <message>
        <location line="+0" />
        <source>enabled</source>
        <translation>enabled</translation>
    </message>
    <message>
        <location line="+3" />
        <source>(locked until %1)</source>
        <translation>(locked until %1)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>No accounts yet; create the first administrator with “onewindow-cli clerk add LOGIN --name NAME --role admin”.</source>
        <translation>No accounts yet; create the first administrator with “onewindow-cli clerk add LOGIN --name NAME --role admin”.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>There is no account “%1”.</source>
        <translation>There is no account “%1”.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>The password of %1 was changed.</source>
        <translation>The password of %1 was changed.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>%1 can no longer log in.</source>
        <translation>%1 can no longer log in.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 can log in again.</source>
        <translation>%1 can log in again.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>%1 now has the roles %2.</source>
        <translation>%1 now has the roles %2.</translation>
    </message>
</context>
<context>
    <name>CliMain</name>
    <message>
        <location filename="../app/cli/main.cpp" line="+37" />
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
        <location line="+55" />
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
    <name>DeptCommand</name>
    <message>
        <location filename="../app/cli/DeptCommand.cpp" line="+72" />
        <source>pending</source>
        <translation>pending</translation>
    </message>
    <message>
        <location line="+2" />
        <source>in progress</source>
        <translation>in progress</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+21" />
        <source>approved</source>
        <translation>approved</translation>
    </message>
    <message>
        <location line="-19" />
        <location line="+21" />
        <source>completed</source>
        <translation>completed</translation>
    </message>
    <message>
        <location line="-19" />
        <location line="+21" />
        <source>rejected</source>
        <translation>rejected</translation>
    </message>
    <message>
        <location line="-19" />
        <source>waiting for a supplement</source>
        <translation>waiting for a supplement</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+21" />
        <source>suspended</source>
        <translation>suspended</translation>
    </message>
    <message>
        <location line="-19" />
        <source>one-time notice</source>
        <translation>one-time notice</translation>
    </message>
    <message>
        <location line="+2" />
        <source>refused</source>
        <translation>refused</translation>
    </message>
    <message>
        <location line="+7" />
        <source>received from the window</source>
        <translation>received from the window</translation>
    </message>
    <message>
        <location line="+8" />
        <source>supplement requested</source>
        <translation>supplement requested</translation>
    </message>
    <message>
        <location line="+4" />
        <source>resumed</source>
        <translation>resumed</translation>
    </message>
    <message>
        <location line="+2" />
        <source>extended</source>
        <translation>extended</translation>
    </message>
    <message>
        <location line="+17" />
        <source>%1  %2  due %3  %4  (case %5)</source>
        <translation>%1  %2  due %3  %4  (case %5)</translation>
    </message>
    <message>
        <location line="+10" />
        <source>  step %1: %2 at %3 — %4, due %5</source>
        <translation>  step %1: %2 at %3 — %4, due %5</translation>
    </message>
    <message numerus="yes">
        <location line="+6" />
        <source> (extended by %n working day(s))</source>
        <translation>
            <numerusform> (extended by %n working day(s))</numerusform>
            <numerusform> (extended by %n working day(s))</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3" />
        <source> (suspended since %1)</source>
        <translation> (suspended since %1)</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+106" />
        <source> — “%1”</source>
        <translation> — “%1”</translation>
    </message>
    <message numerus="yes">
        <location line="-70" />
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n case(s)</numerusform>
            <numerusform>%n case(s)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+27" />
        <source>No case with the id or receipt number %1 is visible to you.</source>
        <translation>No case with the id or receipt number %1 is visible to you.</translation>
    </message>
    <message>
        <location line="+21" />
        <source>receipt: %1</source>
        <translation>receipt: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>case: %1</source>
        <translation>case: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>subject: %1</source>
        <translation>subject: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>applicant: %1 %2</source>
        <translation>applicant: %1 %2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>accepted: %1 at %2 by %3 (station %4)</source>
        <translation>accepted: %1 at %2 by %3 (station %4)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>status: %1</source>
        <translation>status: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>deadline: %1</source>
        <translation>deadline: %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>history:</source>
        <translation>history:</translation>
    </message>
    <message>
        <location line="+7" />
        <source> (step %1)</source>
        <translation> (step %1)</translation>
    </message>
    <message>
        <location line="+30" />
        <source>Case %1 is now %2, due %3.</source>
        <translation>Case %1 is now %2, due %3.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Work on department steps at the hub: list cases, show one, act on a step.</source>
        <translation>Work on department steps at the hub: list cases, show one, act on a step.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>list: the cases with a step of your department (an administrator sees all).
show CASE: one case with its steps and history.
act CASE POSITION ACTION: act on step POSITION of the case; ACTION is approve, complete, reject, supplement, suspend, resume or extend (reject, supplement, suspend and extend need --opinion; extend needs --days).
CASE is a case id or a receipt number. The password is read from OW_HUB_PASSWORD, else from standard input. Exit status 0 on success, 1 when the hub refused or could not be reached.</source>
        <translation>list: the cases with a step of your department (an administrator sees all).
show CASE: one case with its steps and history.
act CASE POSITION ACTION: act on step POSITION of the case; ACTION is approve, complete, reject, supplement, suspend, resume or extend (reject, supplement, suspend and extend need --opinion; extend needs --days).
CASE is a case id or a receipt number. The password is read from OW_HUB_PASSWORD, else from standard input. Exit status 0 on success, 1 when the hub refused or could not be reached.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>The hub's address, e.g. http://127.0.0.1:8470.</source>
        <translation>The hub's address, e.g. http://127.0.0.1:8470.</translation>
    </message>
    <message>
        <location line="+0" />
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Your hub account.</source>
        <translation>Your hub account.</translation>
    </message>
    <message>
        <location line="+0" />
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Only cases with this status: in_progress, completed, rejected, supplement, suspended, notice or refused (list).</source>
        <translation>Only cases with this status: in_progress, completed, rejected, supplement, suspended, notice or refused (list).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <location line="+2" />
        <source>At most this many cases (list; default 100).</source>
        <translation>At most this many cases (list; default 100).</translation>
    </message>
    <message>
        <location line="+0" />
        <source>count</source>
        <translation>count</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Your opinion, told to the applicant (act).</source>
        <translation>Your opinion, told to the applicant (act).</translation>
    </message>
    <message>
        <location line="+0" />
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Working days added by extend, 1 to 60 (act).</source>
        <translation>Working days added by extend, 1 to 60 (act).</translation>
    </message>
    <message>
        <location line="+0" />
        <source>days</source>
        <translation>days</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Print the hub's JSON answer.</source>
        <translation>Print the hub's JSON answer.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>list, show or act.</source>
        <translation>list, show or act.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Give one of: list, show CASE, act CASE POSITION ACTION.</source>
        <translation>Give one of: list, show CASE, act CASE POSITION ACTION.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Give --hub URL and --user NAME.</source>
        <translation>Give --hub URL and --user NAME.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>--status and --limit go with list only.</source>
        <translation>--status and --limit go with list only.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>--opinion and --days go with act only.</source>
        <translation>--opinion and --days go with act only.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>--limit takes a number from 1 to %1.</source>
        <translation>--limit takes a number from 1 to %1.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>POSITION is the step's number: 1, 2, 3 …</source>
        <translation>POSITION is the step's number: 1, 2, 3 …</translation>
    </message>
    <message>
        <location line="+4" />
        <source>ACTION must be one of: %1.</source>
        <translation>ACTION must be one of: %1.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>--days takes a whole number.</source>
        <translation>--days takes a whole number.</translation>
    </message>
</context>
<context>
    <name>DeptHubSession</name>
    <message>
        <location filename="../app/cli/DeptHubSession.cpp" line="+18" />
        <source>--hub must be the hub's address, e.g. http://127.0.0.1:8470 (not “%1”).</source>
        <translation>--hub must be the hub's address, e.g. http://127.0.0.1:8470 (not “%1”).</translation>
    </message>
    <message>
        <location line="+48" />
        <source>Cannot reach the hub at %1: %2</source>
        <translation>Cannot reach the hub at %1: %2</translation>
    </message>
    <message>
        <location line="+9" />
        <source>The hub answered %1 %2.</source>
        <translation>The hub answered %1 %2.</translation>
    </message>
</context>
<context>
    <name>PasswordInput</name>
    <message>
        <location filename="../app/cli/PasswordInput.cpp" line="+77" />
        <source>%1 is set but empty.</source>
        <translation>%1 is set but empty.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Password: </source>
        <translation>Password: </translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+18" />
        <source>The password on standard input is too long.</source>
        <translation>The password on standard input is too long.</translation>
    </message>
    <message>
        <location line="-14" />
        <source>No password: give it on standard input or in %1.</source>
        <translation>No password: give it on standard input or in %1.</translation>
    </message>
    <message>
        <location line="+18" />
        <source>No password on standard input.</source>
        <translation>No password on standard input.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Give the password on standard input with --password-stdin, or run the command in a terminal.</source>
        <translation>Give the password on standard input with --password-stdin, or run the command in a terminal.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>New password: </source>
        <translation>New password: </translation>
    </message>
    <message>
        <location line="+2" />
        <source>No password given; nothing was changed.</source>
        <translation>No password given; nothing was changed.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Repeat the password: </source>
        <translation>Repeat the password: </translation>
    </message>
    <message>
        <location line="+2" />
        <source>The two passwords differ; nothing was changed.</source>
        <translation>The two passwords differ; nothing was changed.</translation>
    </message>
</context>
<context>
    <name>ReceiptsCommand</name>
    <message>
        <location filename="../app/cli/ReceiptsCommand.cpp" line="+15" />
        <source>Grant this window a block of receipt numbers, or show what is left.</source>
        <translation>Grant this window a block of receipt numbers, or show what is left.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>grant PREFIX FIRST LAST: let this window hand out PREFIX-000FIRST to PREFIX-000LAST without the network (normally the hub grants blocks).
status: the blocks and how many numbers are left.</source>
        <translation>grant PREFIX FIRST LAST: let this window hand out PREFIX-000FIRST to PREFIX-000LAST without the network (normally the hub grants blocks).
status: the blocks and how many numbers are left.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>grant or status.</source>
        <translation>grant or status.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Give one action: grant PREFIX FIRST LAST, or status.</source>
        <translation>Give one action: grant PREFIX FIRST LAST, or status.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>FIRST and LAST must be whole numbers.</source>
        <translation>FIRST and LAST must be whole numbers.</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Granted %1 to %2.</source>
        <translation>Granted %1 to %2.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>%1 … %2: %3 left (from %4, %5)</source>
        <translation>%1 … %2: %3 left (from %4, %5)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>numbers left: %1</source>
        <translation>numbers left: %1</translation>
    </message>
</context>
<context>
    <name>SettingsCommand</name>
    <message>
        <location filename="../app/cli/SettingsCommand.cpp" line="+14" />
        <source>Show or change the workstation's settings (idle screen lock).</source>
        <translation>Show or change the workstation's settings (idle screen lock).</translation>
    </message>
    <message>
        <location line="+7" />
        <source>idle-lock [MINUTES]: show, or set, after how many minutes without keyboard or mouse input the workbench locks its screen: 0 (never) to 120; the default is 5.</source>
        <translation>idle-lock [MINUTES]: show, or set, after how many minutes without keyboard or mouse input the workbench locks its screen: 0 (never) to 120; the default is 5.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>idle-lock.</source>
        <translation>idle-lock.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The new value.</source>
        <translation>The new value.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Give one setting: idle-lock [MINUTES].</source>
        <translation>Give one setting: idle-lock [MINUTES].</translation>
    </message>
    <message>
        <location line="+12" />
        <source>“%1” is not a number of minutes.</source>
        <translation>“%1” is not a number of minutes.</translation>
    </message>
    <message>
        <location line="+20" />
        <source>idle lock: never</source>
        <translation>idle lock: never</translation>
    </message>
    <message>
        <location line="+0" />
        <source>idle lock: %1 min</source>
        <translation>idle lock: %1 min</translation>
    </message>
</context>
<context>
    <name>SyncCommand</name>
    <message>
        <location filename="../app/cli/SyncCommand.cpp" line="+48" />
        <source>Enrol at the hub, show the sync state, or sync now.</source>
        <translation>Enrol at the hub, show the sync state, or sync now.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1  sent %2, refused %3, to retry %4; %5 changes applied (%6 skipped); %7 verified</source>
        <translation>%1  sent %2, refused %3, to retry %4; %5 changes applied (%6 skipped); %7 verified</translation>
    </message>
    <message>
        <location line="+10" />
        <source>; new receipt block</source>
        <translation>; new receipt block</translation>
    </message>
    <message>
        <location line="+1" />
        <source> — up to date</source>
        <translation> — up to date</translation>
    </message>
    <message>
        <location line="+0" />
        <source> — %1</source>
        <translation> — %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>not complete</source>
        <translation>not complete</translation>
    </message>
    <message>
        <location line="+8" />
        <source>enrol: register this workstation at a hub (an administrator's password from %1 or standard input).
status: what waits to be sent, what was refused, the last error.
once: one sync cycle; exit 0 when everything due was confirmed and pulled.
watch: sync until interrupted (Ctrl+C), one line per cycle.</source>
        <translation>enrol: register this workstation at a hub (an administrator's password from %1 or standard input).
status: what waits to be sent, what was refused, the last error.
once: one sync cycle; exit 0 when everything due was confirmed and pulled.
watch: sync until interrupted (Ctrl+C), one line per cycle.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The hub's address (enrol).</source>
        <translation>The hub's address (enrol).</translation>
    </message>
    <message>
        <location line="+1" />
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <location line="+2" />
        <source>This workstation's station id (enrol).</source>
        <translation>This workstation's station id (enrol).</translation>
    </message>
    <message>
        <location line="+0" />
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The window's name (enrol).</source>
        <translation>The window's name (enrol).</translation>
    </message>
    <message>
        <location line="+1" />
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The hub administrator (enrol).</source>
        <translation>The hub administrator (enrol).</translation>
    </message>
    <message>
        <location line="+1" />
        <source>login</source>
        <translation>login</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Receipt numbers to ask for at enrolment.</source>
        <translation>Receipt numbers to ask for at enrolment.</translation>
    </message>
    <message>
        <location line="+0" />
        <source>count</source>
        <translation>count</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Print JSON (status).</source>
        <translation>Print JSON (status).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Seconds between cycles (watch).</source>
        <translation>Seconds between cycles (watch).</translation>
    </message>
    <message>
        <location line="+0" />
        <location line="+4" />
        <source>seconds</source>
        <translation>seconds</translation>
    </message>
    <message>
        <location line="-1" />
        <source>Seconds to wait for each answer of the hub.</source>
        <translation>Seconds to wait for each answer of the hub.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>enrol, status, once or watch.</source>
        <translation>enrol, status, once or watch.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Give one action: enrol, status, once or watch.</source>
        <translation>Give one action: enrol, status, once or watch.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>--timeout takes a number of seconds from 1 to 600.</source>
        <translation>--timeout takes a number of seconds from 1 to 600.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>--interval takes a number of seconds from 1 to 86400.</source>
        <translation>--interval takes a number of seconds from 1 to 86400.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>enrol needs --hub URL and --user ADMIN.</source>
        <translation>enrol needs --hub URL and --user ADMIN.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>“%1” is not a hub address; give one like http://hub:8080.</source>
        <translation>“%1” is not a hub address; give one like http://hub:8080.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>--block-size takes a number from 1 to 10000.</source>
        <translation>--block-size takes a number from 1 to 10000.</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Give this workstation's station id with --station.</source>
        <translation>Give this workstation's station id with --station.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>“%1” is not a station id: use 1 to 24 letters, digits and '-', not starting or ending with '-'.</source>
        <translation>“%1” is not a station id: use 1 to 24 letters, digits and '-', not starting or ending with '-'.</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Enrolled at %1 as station %2 (window %3).</source>
        <translation>Enrolled at %1 as station %2 (window %3).</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Hub key: %1</source>
        <translation>Hub key: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Receipt numbers %1 to %2 granted.</source>
        <translation>Receipt numbers %1 to %2 granted.</translation>
    </message>
    <message>
        <location line="+61" />
        <source>hub: %1 (station %2, window %3)</source>
        <translation>hub: %1 (station %2, window %3)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>hub: not enrolled (onewindow-cli sync enrol)</source>
        <translation>hub: not enrolled (onewindow-cli sync enrol)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>queued: %1, failed (will retry): %2, refused: %3, confirmed: %4</source>
        <translation>queued: %1, failed (will retry): %2, refused: %3, confirmed: %4</translation>
    </message>
    <message>
        <location line="+7" />
        <source>oldest unsent: %1 (%2 minutes ago)</source>
        <translation>oldest unsent: %1 (%2 minutes ago)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>oldest unsent: none</source>
        <translation>oldest unsent: none</translation>
    </message>
    <message>
        <location line="+1" />
        <source>cursor: %1</source>
        <translation>cursor: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>last success: %1</source>
        <translation>last success: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>last error: %1</source>
        <translation>last error: %1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>receipt numbers left: %1</source>
        <translation>receipt numbers left: %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>  refused %1: %2</source>
        <translation>  refused %1: %2</translation>
    </message>
    <message>
        <location line="+22" />
        <source>refused by the hub: %1</source>
        <translation>refused by the hub: %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Sync did not complete.</source>
        <translation>Sync did not complete.</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Cannot watch for Ctrl+C; not starting.</source>
        <translation>Cannot watch for Ctrl+C; not starting.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Stopped.</source>
        <translation>Stopped.</translation>
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
    <name>VerifyReceiptCommand</name>
    <message>
        <location filename="../app/cli/VerifyReceiptCommand.cpp" line="+55" />
        <source>acceptance receipt</source>
        <translation>acceptance receipt</translation>
    </message>
    <message>
        <location line="+2" />
        <source>one-time notice of missing materials</source>
        <translation>one-time notice of missing materials</translation>
    </message>
    <message>
        <location line="+2" />
        <source>notice of refusal</source>
        <translation>notice of refusal</translation>
    </message>
    <message>
        <location line="+4" />
        <source>commitment letter</source>
        <translation>commitment letter</translation>
    </message>
    <message>
        <location line="+38" />
        <source>“%1” is neither a file nor the text of a seal.</source>
        <translation>“%1” is neither a file nor the text of a seal.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1 cannot be read: %2</source>
        <translation>%1 cannot be read: %2</translation>
    </message>
    <message>
        <location line="+3" />
        <source>not a file</source>
        <translation>not a file</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1 is too large to be a OneWindow document.</source>
        <translation>%1 is too large to be a OneWindow document.</translation>
    </message>
    <message>
        <location line="+35" />
        <source>The key file %1 cannot be read: %2</source>
        <translation>The key file %1 cannot be read: %2</translation>
    </message>
    <message>
        <location line="+8" />
        <source>%1 is not an SM2 public key in PEM form (“-----BEGIN PUBLIC KEY-----”).</source>
        <translation>%1 is not an SM2 public key in PEM form (“-----BEGIN PUBLIC KEY-----”).</translation>
    </message>
    <message>
        <location line="+20" />
        <source>This workstation has no key yet (%1). Give the public key of the window that sealed the document with --public-key.</source>
        <translation>This workstation has no key yet (%1). Give the public key of the window that sealed the document with --public-key.</translation>
    </message>
    <message>
        <location line="+40" />
        <source>VALID: the seal is genuine.</source>
        <translation>VALID: the seal is genuine.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>INVALID: %1</source>
        <translation>INVALID: %1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>What the seal claims (not to be trusted):</source>
        <translation>What the seal claims (not to be trusted):</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Document:    %1</source>
        <translation>Document:    %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Number:      %1</source>
        <translation>Number:      %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Issued:      %1</source>
        <translation>Issued:      %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Matter code: %1</source>
        <translation>Matter code: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Deadline:    %1</source>
        <translation>Deadline:    %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Key ID:      %1</source>
        <translation>Key ID:      %1</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Check the SM2 seal of a printed receipt or notice (PDF or QR text).</source>
        <translation>Check the SM2 seal of a printed receipt or notice (PDF or QR text).</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Checks the SM2 e-seal of an acceptance receipt, one-time notice, notice of refusal or commitment letter, offline. Give the PDF that OneWindow wrote, or the text of the document's QR code (as a scanner reads it, or in a file). The seal is checked against the public key given with --public-key (the sealing window's key, PEM), or else against this workstation's own key.
Compare what the seal states (kind, number, date, matter code, deadline) with the paper. Exit status: 0 genuine, 1 not genuine, 2 usage error or the check could not be made.</source>
        <translation>Checks the SM2 e-seal of an acceptance receipt, one-time notice, notice of refusal or commitment letter, offline. Give the PDF that OneWindow wrote, or the text of the document's QR code (as a scanner reads it, or in a file). The seal is checked against the public key given with --public-key (the sealing window's key, PEM), or else against this workstation's own key.
Compare what the seal states (kind, number, date, matter code, deadline) with the paper. Exit status: 0 genuine, 1 not genuine, 2 usage error or the check could not be made.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>The sealing window's SM2 public key (PEM file).</source>
        <translation>The sealing window's SM2 public key (PEM file).</translation>
    </message>
    <message>
        <location line="+1" />
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Print one JSON object.</source>
        <translation>Print one JSON object.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>A PDF written by OneWindow, or the text of its QR code.</source>
        <translation>A PDF written by OneWindow, or the text of its QR code.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Give one PDF file or one seal text.</source>
        <translation>Give one PDF file or one seal text.</translation>
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
