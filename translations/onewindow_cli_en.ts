<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>CliMain</name>
    <message>
        <location filename="../app/cli/main.cpp" line="+27"/>
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
        <location line="+45"/>
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
