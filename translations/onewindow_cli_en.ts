<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <location filename="../app/cli/VerifyReceiptCommand.cpp" line="+220"/>
        <source>VALID: the seal is genuine.</source>
        <translation>VALID: the seal is genuine.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>INVALID: %1</source>
        <translation>INVALID: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What the seal claims (not to be trusted):</source>
        <translation>What the seal claims (not to be trusted):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Document:    %1</source>
        <translation>Document:    %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number:      %1</source>
        <translation>Number:      %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued:      %1</source>
        <translation>Issued:      %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Matter code: %1</source>
        <translation>Matter code: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadline:    %1</source>
        <translation>Deadline:    %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Key ID:      %1</source>
        <translation>Key ID:      %1</translation>
    </message>
</context>
<context>
    <name>AuditCommand</name>
    <message>
        <location filename="../app/cli/AuditCommand.cpp" line="+16"/>
        <source>List the audit trail of this workstation or verify its hash chain.</source>
        <translation>List the audit trail of this workstation or verify its hash chain.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>list: the newest entries first — sequence number, time, who, what, on what.
verify: recompute the SM3 hash chain; exits 1 when an entry was changed or removed outside OneWindow.</source>
        <translation>list: the newest entries first — sequence number, time, who, what, on what.
verify: recompute the SM3 hash chain; exits 1 when an entry was changed or removed outside OneWindow.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>At most this many entries (list).</source>
        <translation>At most this many entries (list).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>count</source>
        <translation>count</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only entries of this action, e.g. clerk.login (list).</source>
        <translation>Only entries of this action, e.g. clerk.login (list).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>action</source>
        <translation>action</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print JSON (list).</source>
        <translation>Print JSON (list).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>list or verify.</source>
        <translation>list or verify.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--limit takes a number from 1 to 100000.</source>
        <translation>--limit takes a number from 1 to 100000.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give one action: list or verify.</source>
        <translation>Give one action: list or verify.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The audit trail has no entries yet.</source>
        <translation>The audit trail has no entries yet.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The audit trail is broken at entry %1: an entry was changed or removed outside OneWindow. Keep this database as evidence and tell the administrator.</source>
        <translation>The audit trail is broken at entry %1: an entry was changed or removed outside OneWindow. Keep this database as evidence and tell the administrator.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The audit trail is intact. Entries checked: %1.</source>
        <translation>The audit trail is intact. Entries checked: %1.</translation>
    </message>
</context>
<context>
    <name>CalendarCommand</name>
    <message>
        <location filename="../app/cli/CalendarCommand.cpp" line="+61"/>
        <source>warning: %1</source>
        <translation>warning: %1</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>yes: make-up working day, %1</source>
        <translation>yes: make-up working day, %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no: weekend</source>
        <translation>no: weekend</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no: public holiday, %1</source>
        <translation>no: public holiday, %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 — source: %2</source>
        <translation>%1 — source: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Public holidays (days off):</source>
        <translation>Public holidays (days off):</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Make-up working days:</source>
        <translation>Make-up working days:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The calendar has no data for %1 (it covers %2); Monday to Friday are counted as working days there.</source>
        <translation>The calendar has no data for %1 (it covers %2); Monday to Friday are counted as working days there.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Count working days: deadlines, working days, a year&apos;s holidays.</source>
        <translation>Count working days: deadlines, working days, a year&apos;s holidays.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Working days by the national holiday calendar (public holidays and make-up working days); the start day of a period is not counted.
deadline DATE N: print the date N working days after DATE.
is-workday DATE: print yes or no; exit status 0 for a working day, 1 otherwise.
year YEAR: list the year&apos;s public holidays and make-up working days.
Dates are written YYYY-MM-DD. Outside the years the calendar covers, Monday to Friday are counted as working days and a warning says so. Exit status 2: usage error.</source>
        <translation>Working days by the national holiday calendar (public holidays and make-up working days); the start day of a period is not counted.
deadline DATE N: print the date N working days after DATE.
is-workday DATE: print yes or no; exit status 0 for a working day, 1 otherwise.
year YEAR: list the year&apos;s public holidays and make-up working days.
Dates are written YYYY-MM-DD. Outside the years the calendar covers, Monday to Friday are counted as working days and a warning says so. Exit status 2: usage error.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Print one JSON object.</source>
        <translation>Print one JSON object.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>deadline, is-workday or year.</source>
        <translation>deadline, is-workday or year.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DATE N, DATE or YEAR, as the action needs.</source>
        <translation>DATE N, DATE or YEAR, as the action needs.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+54"/>
        <source>“%1” is not a number of working days; give a whole number from 0 to %2.</source>
        <translation>“%1” is not a number of working days; give a whole number from 0 to %2.</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>Give one action: deadline, is-workday or year.</source>
        <translation>Give one action: deadline, is-workday or year.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Give a start date and a number of working days.</source>
        <translation>Give a start date and a number of working days.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give one year.</source>
        <translation>Give one year.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give one date.</source>
        <translation>Give one date.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“%1” is not a year from %2 to %3.</source>
        <translation>“%1” is not a year from %2 to %3.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>“%1” is not a date; write it as YYYY-MM-DD, e.g. 2025-10-08.</source>
        <translation>“%1” is not a date; write it as YYYY-MM-DD, e.g. 2025-10-08.</translation>
    </message>
</context>
<context>
    <name>CaseCommand</name>
    <message>
        <location filename="../app/cli/CaseCommand.cpp" line="+34"/>
        <source>List the cases of this workstation or show one.</source>
        <translation>List the cases of this workstation or show one.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>list: the newest cases, newest first.
show RECEIPT: one case with its steps and materials (ID numbers masked).</source>
        <translation>list: the newest cases, newest first.
show RECEIPT: one case with its steps and materials (ID numbers masked).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At most this many cases (list).</source>
        <translation>At most this many cases (list).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>count</source>
        <translation>count</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print JSON.</source>
        <translation>Print JSON.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>list or show.</source>
        <translation>list or show.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Give one action: list, or show RECEIPT.</source>
        <translation>Give one action: list, or show RECEIPT.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--limit takes a number from 1 to 100000.</source>
        <translation>--limit takes a number from 1 to 100000.</translation>
    </message>
    <message numerus="yes">
        <location line="+35"/>
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n case(s)</numerusform>
            <numerusform>%n case(s)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No case has the receipt number %1.</source>
        <translation>No case has the receipt number %1.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>receipt: %1</source>
        <translation>receipt: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>subject: %1</source>
        <translation>subject: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>applicant: %1</source>
        <translation>applicant: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>status: %1</source>
        <translation>status: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>deadline: %1</source>
        <translation>deadline: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>  step %1: %2 (%3) — %4, due %5</source>
        <translation>  step %1: %2 (%3) — %4, due %5</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>  material: %1 — %2</source>
        <translation>  material: %1 — %2</translation>
    </message>
</context>
<context>
    <name>CatalogCommand</name>
    <message>
        <location filename="../app/cli/CatalogCommand.cpp" line="+27"/>
        <source>Import, export or describe the matter catalog of this workstation.</source>
        <translation>Import, export or describe the matter catalog of this workstation.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The catalog file.</source>
        <translation>The catalog file.</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>import FILE: replace the workstation&apos;s catalog with a catalog file (JSON, see docs/catalog-format.md); a file with any error is rejected whole and changes nothing.
export [FILE]: write the catalog as JSON to FILE or standard output.
info: how many matters, bundles and departments, and where they came from.
search QUERY: the matters and bundles a clerk would find by typing QUERY (hanzi, pinyin initials or full pinyin, or a code), best first.</source>
        <translation>import FILE: replace the workstation&apos;s catalog with a catalog file (JSON, see docs/catalog-format.md); a file with any error is rejected whole and changes nothing.
export [FILE]: write the catalog as JSON to FILE or standard output.
info: how many matters, bundles and departments, and where they came from.
search QUERY: the matters and bundles a clerk would find by typing QUERY (hanzi, pinyin initials or full pinyin, or a code), best first.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>At most this many results (search).</source>
        <translation>At most this many results (search).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>count</source>
        <translation>count</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print JSON (search).</source>
        <translation>Print JSON (search).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>import, export, info or search.</source>
        <translation>import, export, info or search.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>--limit takes a number from 1 to 1000.</source>
        <translation>--limit takes a number from 1 to 1000.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Give one action: import FILE, export [FILE], info or search QUERY.</source>
        <translation>Give one action: import FILE, export [FILE], info or search QUERY.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is larger than a catalog can be (256 MB).</source>
        <translation>%1 is larger than a catalog can be (256 MB).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The catalog was not imported; nothing was changed.</source>
        <translation>The catalog was not imported; nothing was changed.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Imported %1 matters, %2 bundles and %3 departments from %4.</source>
        <translation>Imported %1 matters, %2 bundles and %3 departments from %4.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exported %1 matters to %2.</source>
        <translation>Exported %1 matters to %2.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>matters: %1</source>
        <translation>matters: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bundles: %1</source>
        <translation>bundles: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>departments: %1</source>
        <translation>departments: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>imported from %1 at %2</source>
        <translation>imported from %1 at %2</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>one thing</source>
        <translation>one thing</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No matter or bundle matches “%1”.</source>
        <translation>No matter or bundle matches “%1”.</translation>
    </message>
</context>
<context>
    <name>ClerkCommand</name>
    <message>
        <location filename="../app/cli/ClerkCommand.cpp" line="+54"/>
        <source>Add, list and change the clerk accounts of this workstation.</source>
        <translation>Add, list and change the clerk accounts of this workstation.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>add LOGIN --name NAME --role ROLES [--window W]: create an account; the password is read from standard input with --password-stdin, otherwise asked for twice.
list [--json]: every account with its roles and state.
passwd LOGIN: set a new password (this also ends a lockout).
disable LOGIN, enable LOGIN: stop or allow log-ins.
roles LOGIN ROLES: replace the account&apos;s roles.
ROLES is a comma-separated list of clerk, supervisor and admin.</source>
        <translation>add LOGIN --name NAME --role ROLES [--window W]: create an account; the password is read from standard input with --password-stdin, otherwise asked for twice.
list [--json]: every account with its roles and state.
passwd LOGIN: set a new password (this also ends a lockout).
disable LOGIN, enable LOGIN: stop or allow log-ins.
roles LOGIN ROLES: replace the account&apos;s roles.
ROLES is a comma-separated list of clerk, supervisor and admin.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The clerk&apos;s name as printed on receipts (add).</source>
        <translation>The clerk&apos;s name as printed on receipts (add).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Roles, e.g. clerk,supervisor (add).</source>
        <translation>Roles, e.g. clerk,supervisor (add).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>roles</source>
        <translation>roles</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The window the clerk usually serves (add).</source>
        <translation>The window the clerk usually serves (add).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>window</source>
        <translation>window</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read the password from the first line of standard input (add, passwd).</source>
        <translation>Read the password from the first line of standard input (add, passwd).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print JSON (list).</source>
        <translation>Print JSON (list).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>add, list, passwd, disable, enable or roles.</source>
        <translation>add, list, passwd, disable, enable or roles.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The account&apos;s login.</source>
        <translation>The account&apos;s login.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Give one action: add LOGIN, list, passwd LOGIN, disable LOGIN, enable LOGIN or roles LOGIN ROLES.</source>
        <translation>Give one action: add LOGIN, list, passwd LOGIN, disable LOGIN, enable LOGIN or roles LOGIN ROLES.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>clerk add needs --name and --role.</source>
        <translation>clerk add needs --name and --role.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Added %1 (%2) with the roles %3.</source>
        <translation>Added %1 (%2) with the roles %3.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>disabled</source>
        <translation>disabled</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>enabled</source>
        <translation>enabled</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(locked until %1)</source>
        <translation>(locked until %1)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No accounts yet; create the first administrator with “onewindow-cli clerk add LOGIN --name NAME --role admin”.</source>
        <translation>No accounts yet; create the first administrator with “onewindow-cli clerk add LOGIN --name NAME --role admin”.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>There is no account “%1”.</source>
        <translation>There is no account “%1”.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The password of %1 was changed.</source>
        <translation>The password of %1 was changed.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 can no longer log in.</source>
        <translation>%1 can no longer log in.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 can log in again.</source>
        <translation>%1 can log in again.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 now has the roles %2.</source>
        <translation>%1 now has the roles %2.</translation>
    </message>
</context>
<context>
    <name>CliMain</name>
    <message>
        <location filename="../app/cli/main.cpp" line="+35"/>
        <source>Usage: onewindow-cli [--data-dir DIR] [--lang zh_CN|en] [--verbose] &lt;command&gt; [arguments]

Commands:
</source>
        <translation>Usage: onewindow-cli [--data-dir DIR] [--lang zh_CN|en] [--verbose] &lt;command&gt; [arguments]

Commands:
</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>
Run “onewindow-cli &lt;command&gt; --help” for a command&apos;s options.
</source>
        <translation>
Run “onewindow-cli &lt;command&gt; --help” for a command&apos;s options.
</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Unknown language “%1”; use zh_CN or en.</source>
        <translation>Unknown language “%1”; use zh_CN or en.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Unknown command “%1”.</source>
        <translation>Unknown command “%1”.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../app/cli/CommandLine.cpp" line="+8"/>
        <source>Workstation data directory (default: the platform&apos;s application data location, or $OW_DATA_DIR).</source>
        <translation>Workstation data directory (default: the platform&apos;s application data location, or $OW_DATA_DIR).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>directory</source>
        <translation>directory</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Language of messages: zh_CN or en.</source>
        <translation>Language of messages: zh_CN or en.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>language</source>
        <translation>language</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Log debug messages to standard error.</source>
        <translation>Log debug messages to standard error.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show this help.</source>
        <translation>Show this help.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Run “%1” for usage.</source>
        <translation>Run “%1” for usage.</translation>
    </message>
</context>
<context>
    <name>DatabaseCommand</name>
    <message>
        <location filename="../app/cli/DatabaseCommand.cpp" line="+15"/>
        <source>Show the workstation database&apos;s schema version, or upgrade it.</source>
        <translation>Show the workstation database&apos;s schema version, or upgrade it.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>status: print where the workstation database is and its schema version, changing nothing.
migrate: create the database or upgrade it to this version&apos;s schema.</source>
        <translation>status: print where the workstation database is and its schema version, changing nothing.
migrate: create the database or upgrade it to this version&apos;s schema.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>status or migrate.</source>
        <translation>status or migrate.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Give one action: status or migrate.</source>
        <translation>Give one action: status or migrate.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+13"/>
        <source>database: %1</source>
        <translation>database: %1</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>state: not created yet (this version creates schema %1)</source>
        <translation>state: not created yet (this version creates schema %1)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>schema version: %1 (this version knows up to %2)</source>
        <translation>schema version: %1 (this version knows up to %2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>state: up to date</source>
        <translation>state: up to date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>state: upgrade pending; run “onewindow-cli db migrate”</source>
        <translation>state: upgrade pending; run “onewindow-cli db migrate”</translation>
    </message>
</context>
<context>
    <name>PasswordInput</name>
    <message>
        <location filename="../app/cli/PasswordInput.cpp" line="+76"/>
        <source>The password on standard input is too long.</source>
        <translation>The password on standard input is too long.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No password on standard input.</source>
        <translation>No password on standard input.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Give the password on standard input with --password-stdin, or run the command in a terminal.</source>
        <translation>Give the password on standard input with --password-stdin, or run the command in a terminal.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New password: </source>
        <translation>New password: </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No password given; nothing was changed.</source>
        <translation>No password given; nothing was changed.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Repeat the password: </source>
        <translation>Repeat the password: </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The two passwords differ; nothing was changed.</source>
        <translation>The two passwords differ; nothing was changed.</translation>
    </message>
</context>
<context>
    <name>ReceiptsCommand</name>
    <message>
        <location filename="../app/cli/ReceiptsCommand.cpp" line="+15"/>
        <source>Grant this window a block of receipt numbers, or show what is left.</source>
        <translation>Grant this window a block of receipt numbers, or show what is left.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>grant PREFIX FIRST LAST: let this window hand out PREFIX-000FIRST to PREFIX-000LAST without the network (normally the hub grants blocks).
status: the blocks and how many numbers are left.</source>
        <translation>grant PREFIX FIRST LAST: let this window hand out PREFIX-000FIRST to PREFIX-000LAST without the network (normally the hub grants blocks).
status: the blocks and how many numbers are left.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>grant or status.</source>
        <translation>grant or status.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Give one action: grant PREFIX FIRST LAST, or status.</source>
        <translation>Give one action: grant PREFIX FIRST LAST, or status.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>FIRST and LAST must be whole numbers.</source>
        <translation>FIRST and LAST must be whole numbers.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Granted %1 to %2.</source>
        <translation>Granted %1 to %2.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 … %2: %3 left (from %4, %5)</source>
        <translation>%1 … %2: %3 left (from %4, %5)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>numbers left: %1</source>
        <translation>numbers left: %1</translation>
    </message>
</context>
<context>
    <name>SettingsCommand</name>
    <message>
        <location filename="../app/cli/SettingsCommand.cpp" line="+14"/>
        <source>Show or change the workstation&apos;s settings (idle screen lock).</source>
        <translation>Show or change the workstation&apos;s settings (idle screen lock).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>idle-lock [MINUTES]: show, or set, after how many minutes without keyboard or mouse input the workbench locks its screen: 0 (never) to 120; the default is 5.</source>
        <translation>idle-lock [MINUTES]: show, or set, after how many minutes without keyboard or mouse input the workbench locks its screen: 0 (never) to 120; the default is 5.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>idle-lock.</source>
        <translation>idle-lock.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The new value.</source>
        <translation>The new value.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Give one setting: idle-lock [MINUTES].</source>
        <translation>Give one setting: idle-lock [MINUTES].</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>“%1” is not a number of minutes.</source>
        <translation>“%1” is not a number of minutes.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>idle lock: never</source>
        <translation>idle lock: never</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>idle lock: %1 min</source>
        <translation>idle lock: %1 min</translation>
    </message>
</context>
<context>
    <name>ValidateCommand</name>
    <message>
        <location filename="../app/cli/ValidateCommand.cpp" line="+72"/>
        <source>Check a resident ID number, unified social credit code or division code.</source>
        <translation>Check a resident ID number, unified social credit code or division code.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Checks an identifier and prints whether it is valid, its normalized form and what can be derived from it. Exit status: 0 valid, 1 invalid, 2 usage error.</source>
        <translation>Checks an identifier and prints whether it is valid, its normalized form and what can be derived from it. Exit status: 0 valid, 1 invalid, 2 usage error.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print one JSON object.</source>
        <translation>Print one JSON object.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>id, credit-code or division.</source>
        <translation>id, credit-code or division.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The value to check.</source>
        <translation>The value to check.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Give the kind of identifier and one value.</source>
        <translation>Give the kind of identifier and one value.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1: born %2, %3, %4, %5</source>
        <translation>%1: born %2, %3, %4, %5</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1: %2, %3, registered in %4</source>
        <translation>%1: %2, %3, registered in %4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown authority</source>
        <translation>unknown authority</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown type</source>
        <translation>unknown type</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: well formed, %2</source>
        <translation>%1: well formed, %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unknown kind “%1”; use id, credit-code or division.</source>
        <translation>Unknown kind “%1”; use id, credit-code or division.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>valid: %1</source>
        <translation>valid: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>invalid: %1</source>
        <translation>invalid: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>warning: %1</source>
        <translation>warning: %1</translation>
    </message>
</context>
<context>
    <name>VerifyReceiptCommand</name>
    <message>
        <location filename="../app/cli/VerifyReceiptCommand.cpp" line="-180"/>
        <source>acceptance receipt</source>
        <translation>acceptance receipt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>one-time notice of missing materials</source>
        <translation>one-time notice of missing materials</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>notice of refusal</source>
        <translation>notice of refusal</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>commitment letter</source>
        <translation>commitment letter</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>“%1” is neither a file nor the text of a seal.</source>
        <translation>“%1” is neither a file nor the text of a seal.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 cannot be read: %2</source>
        <translation>%1 cannot be read: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not a file</source>
        <translation>not a file</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is too large to be a OneWindow document.</source>
        <translation>%1 is too large to be a OneWindow document.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The key file %1 cannot be read: %2</source>
        <translation>The key file %1 cannot be read: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is not an SM2 public key in PEM form (“-----BEGIN PUBLIC KEY-----”).</source>
        <translation>%1 is not an SM2 public key in PEM form (“-----BEGIN PUBLIC KEY-----”).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>This workstation has no key yet (%1). Give the public key of the window that sealed the document with --public-key.</source>
        <translation>This workstation has no key yet (%1). Give the public key of the window that sealed the document with --public-key.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Check the SM2 seal of a printed receipt or notice (PDF or QR text).</source>
        <translation>Check the SM2 seal of a printed receipt or notice (PDF or QR text).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Checks the SM2 e-seal of an acceptance receipt, one-time notice, notice of refusal or commitment letter, offline. Give the PDF that OneWindow wrote, or the text of the document&apos;s QR code (as a scanner reads it, or in a file). The seal is checked against the public key given with --public-key (the sealing window&apos;s key, PEM), or else against this workstation&apos;s own key.
Compare what the seal states (kind, number, date, matter code, deadline) with the paper. Exit status: 0 genuine, 1 not genuine, 2 usage error or the check could not be made.</source>
        <translation>Checks the SM2 e-seal of an acceptance receipt, one-time notice, notice of refusal or commitment letter, offline. Give the PDF that OneWindow wrote, or the text of the document&apos;s QR code (as a scanner reads it, or in a file). The seal is checked against the public key given with --public-key (the sealing window&apos;s key, PEM), or else against this workstation&apos;s own key.
Compare what the seal states (kind, number, date, matter code, deadline) with the paper. Exit status: 0 genuine, 1 not genuine, 2 usage error or the check could not be made.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The sealing window&apos;s SM2 public key (PEM file).</source>
        <translation>The sealing window&apos;s SM2 public key (PEM file).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print one JSON object.</source>
        <translation>Print one JSON object.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A PDF written by OneWindow, or the text of its QR code.</source>
        <translation>A PDF written by OneWindow, or the text of its QR code.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Give one PDF file or one seal text.</source>
        <translation>Give one PDF file or one seal text.</translation>
    </message>
</context>
<context>
    <name>VersionCommand</name>
    <message>
        <location filename="../app/cli/VersionCommand.cpp" line="+14"/>
        <source>Print the versions of OneWindow and the libraries it runs on.</source>
        <translation>Print the versions of OneWindow and the libraries it runs on.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Print one JSON object.</source>
        <translation>Print one JSON object.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This command takes no arguments.</source>
        <translation>This command takes no arguments.</translation>
    </message>
</context>
</TS>
