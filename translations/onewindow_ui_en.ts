<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>WorkbenchOptions</name>
    <message>
        <location filename="../app/ui/WorkbenchOptions.cpp" line="+26" />
        <source>OneWindow comprehensive acceptance workbench</source>
        <translation>OneWindow comprehensive acceptance workbench</translation>
    </message>
    <message>
        <location line="+4" />
        <source>User interface language: zh_CN or en.</source>
        <translation>User interface language: zh_CN or en.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>language</source>
        <translation>language</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Directory of the workstation database.</source>
        <translation>Directory of the workstation database.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>directory</source>
        <translation>directory</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Log debug messages.</source>
        <translation>Log debug messages.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Unknown language “%1”; use zh_CN or en.</source>
        <translation>Unknown language “%1”; use zh_CN or en.</translation>
    </message>
</context>
<context>
    <name>ow::ui::AboutDialog</name>
    <message>
        <location filename="../app/ui/AboutDialog.cpp" line="+17" />
        <source>About OneWindow</source>
        <translation>About OneWindow</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&lt;b&gt;OneWindow Workbench&lt;/b&gt;&lt;br&gt;Comprehensive acceptance for government service halls: take one ticket, get everything done.</source>
        <translation>&lt;b&gt;OneWindow Workbench&lt;/b&gt;&lt;br&gt;Comprehensive acceptance for government service halls: take one ticket, get everything done.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Component</source>
        <translation>Component</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Domain modules:</source>
        <translation>Domain modules:</translation>
    </message>
    <message>
        <location line="+4" />
        <source>No domain modules are loaded.</source>
        <translation>No domain modules are loaded.</translation>
    </message>
</context>
<context>
    <name>ow::ui::MainWindow</name>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="+29" />
        <source>OneWindow Workbench</source>
        <translation>OneWindow Workbench</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Acceptance</source>
        <translation>Acceptance</translation>
    </message>
    <message>
        <location line="+0" />
        <location line="+17" />
        <source>Queue</source>
        <translation>Queue</translation>
    </message>
    <message>
        <location line="-17" />
        <location line="+22" />
        <source>Supervision</source>
        <translation>Supervision</translation>
    </message>
    <message>
        <location line="-14" />
        <source>Comprehensive acceptance</source>
        <translation>Comprehensive acceptance</translation>
    </message>
    <message>
        <location line="+1" />
        <source>One window accepts every matter of every department. Identify the applicant by resident ID or credit code, pick a matter or a "one thing" bundle, complete one pre-filled form, check the materials, then accept the case or print a one-time notice of everything missing.</source>
        <translation>One window accepts every matter of every department. Identify the applicant by resident ID or credit code, pick a matter or a "one thing" bundle, complete one pre-filled form, check the materials, then accept the case or print a one-time notice of everything missing.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Applicant</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Matter or bundle</source>
        <translation>Matter or bundle</translation>
    </message>
    <message>
        <location line="+0" />
        <source>One form</source>
        <translation>One form</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Materials</source>
        <translation>Materials</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Accept or notify</source>
        <translation>Accept or notify</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Receipt</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Call the next ticket (F2), call again (F3), transfer or mark a no-show; the hall display follows.</source>
        <translation>Call the next ticket (F2), call again (F3), transfer or mark a no-show; the hall display follows.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Call</source>
        <translation>Call</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Serve</source>
        <translation>Serve</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Rate</source>
        <translation>Rate</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Watch queues and windows live, see cases near (yellow) or past (red) their time limit, follow up bad ratings and read the day's figures.</source>
        <translation>Watch queues and windows live, see cases near (yellow) or past (red) their time limit, follow up bad ratings and read the day's figures.</translation>
    </message>
    <message>
        <location line="+27" />
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Acceptance</source>
        <translation>&amp;Acceptance</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Queue</source>
        <translation>&amp;Queue</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Supervision</source>
        <translation>&amp;Supervision</translation>
    </message>
    <message>
        <location line="+9" />
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;About OneWindow</source>
        <translation>&amp;About OneWindow</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Local database ready (schema %1)</source>
        <translation>Local database ready (schema %1)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>No local database</source>
        <translation>No local database</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Hub: not configured</source>
        <translation>Hub: not configured</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Cases are kept on this workstation; synchronisation with the provincial hub arrives in a coming release.</source>
        <translation>Cases are kept on this workstation; synchronisation with the provincial hub arrives in a coming release.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Ready</source>
        <translation>Ready</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&lt;table&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+1&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Acceptance&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+2&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Queue&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+3&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Supervision&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F1&lt;/b&gt;&lt;/td&gt;&lt;td&gt;This list&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Q&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Quit&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;table&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+1&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Acceptance&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+2&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Queue&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+3&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Supervision&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F1&lt;/b&gt;&lt;/td&gt;&lt;td&gt;This list&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Q&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Quit&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
</context>
<context>
    <name>ow::ui::PlaceholderPage</name>
    <message>
        <location filename="../app/ui/PlaceholderPage.cpp" line="+26" />
        <source>Planned — arrives in a coming release</source>
        <translation>Planned — arrives in a coming release</translation>
    </message>
    <message>
        <location line="+26" />
        <source>then</source>
        <translation>then</translation>
    </message>
</context>
</TS>
