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
        <location line="+2" />
        <source>Login to pre-fill in the log-in dialog.</source>
        <translation>Login to pre-fill in the log-in dialog.</translation>
    </message>
    <message>
        <location line="+0" />
        <source>login</source>
        <translation>login</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Log debug messages.</source>
        <translation>Log debug messages.</translation>
    </message>
    <message>
        <location line="+10" />
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
    <name>ow::ui::AcceptancePage</name>
    <message>
        <location filename="../app/ui/acceptance/AcceptancePage.cpp" line="+76" />
        <source>① Applicant</source>
        <translation>① Applicant</translation>
    </message>
    <message>
        <location line="+0" />
        <source>② Matter or bundle</source>
        <translation>② Matter or bundle</translation>
    </message>
    <message>
        <location line="+0" />
        <source>③ One form</source>
        <translation>③ One form</translation>
    </message>
    <message>
        <location line="+1" />
        <source>④ Materials</source>
        <translation>④ Materials</translation>
    </message>
    <message>
        <location line="+0" />
        <source>⑤ Accept or notify</source>
        <translation>⑤ Accept or notify</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Queue: ticket calling arrives with the queue module.</source>
        <translation>Queue: ticket calling arrives with the queue module.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Applicant</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Matter or bundle</source>
        <translation>Matter or bundle</translation>
    </message>
    <message>
        <location line="+9" />
        <source>One form</source>
        <translation>One form</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Materials</source>
        <translation>Materials</translation>
    </message>
    <message>
        <location line="+26" />
        <source>Accept (Ctrl+Enter)</source>
        <translation>Accept (Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>One-time notice (Ctrl+I)</source>
        <translation>One-time notice (Ctrl+I)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Refuse (Ctrl+R)</source>
        <translation>Refuse (Ctrl+R)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Print (Ctrl+P)</source>
        <translation>Print (Ctrl+P)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Save PDF…</source>
        <translation>Save PDF…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Next applicant (Ctrl+Shift+N)</source>
        <translation>Next applicant (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Save the document as PDF</source>
        <translation>Save the document as PDF</translation>
    </message>
    <message>
        <location line="+2" />
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <location line="+117" />
        <source>【One thing】%1 — steps at %2</source>
        <translation>【One thing】%1 — steps at %2</translation>
    </message>
    <message>
        <location line="+0" />
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+86" />
        <source>Please correct the form first (the cursor is on the first problem).</source>
        <translation>Please correct the form first (the cursor is on the first problem).</translation>
    </message>
    <message numerus="yes">
        <location line="+5" />
        <source>%n required material(s) missing or incorrect: give a one-time notice (Ctrl+I) instead.</source>
        <translation>
            <numerusform>%n required material(s) missing or incorrect: give a one-time notice (Ctrl+I) instead.</numerusform>
            <numerusform>%n required material(s) missing or incorrect: give a one-time notice (Ctrl+I) instead.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17" />
        <source>Nothing is missing or wrong: accept the case instead.</source>
        <translation>Nothing is missing or wrong: accept the case instead.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Refuse the application</source>
        <translation>Refuse the application</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Legal basis</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <location line="+36" />
        <source>Application form: %1</source>
        <translation>Application form: %1</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location line="+27" />
        <source>The case could not be saved.</source>
        <translation>The case could not be saved.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Accepted: %1, due %2. Print the receipt with Ctrl+P.</source>
        <translation>Accepted: %1, due %2. Print the receipt with Ctrl+P.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Accepted and completed at the counter: %1.</source>
        <translation>Accepted and completed at the counter: %1.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>One-time notice %1 recorded: print it for the applicant with Ctrl+P.</source>
        <translation>One-time notice %1 recorded: print it for the applicant with Ctrl+P.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Refusal %1 recorded: print the notice with Ctrl+P.</source>
        <translation>Refusal %1 recorded: print the notice with Ctrl+P.</translation>
    </message>
    <message>
        <location line="+32" />
        <source>Saved %1.</source>
        <translation>Saved %1.</translation>
    </message>
    <message>
        <location line="+37" />
        <source>No matter chosen yet.</source>
        <translation>No matter chosen yet.</translation>
    </message>
</context>
<context>
    <name>ow::ui::AddressEditor</name>
    <message>
        <location filename="../app/ui/form/AddressEditor.cpp" line="+23" />
        <source>Division code, 6 digits</source>
        <translation>Division code, 6 digits</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1: division code</source>
        <translation>%1: division code</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Street, number, room</source>
        <translation>Street, number, room</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1: street, number, room</source>
        <translation>%1: street, number, room</translation>
    </message>
</context>
<context>
    <name>ow::ui::ApplicantPanel</name>
    <message>
        <location filename="../app/ui/acceptance/ApplicantPanel.cpp" line="+38" />
        <source>Earlier cases</source>
        <translation>Earlier cases</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Reusable materials</source>
        <translation>Reusable materials</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Electronic licences</source>
        <translation>Electronic licences</translation>
    </message>
    <message>
        <location line="+16" />
        <source>%1  %2
%3 · %4</source>
        <translation>%1  %2
%3 · %4</translation>
    </message>
    <message>
        <location line="+6" />
        <source>No earlier cases at this hall.</source>
        <translation>No earlier cases at this hall.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1
handed in %2 (%3), valid until %4</source>
        <translation>%1
handed in %2 (%3), valid until %4</translation>
    </message>
    <message>
        <location line="+5" />
        <location line="+11" />
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <location line="-7" />
        <source>%1 (%2)%3</source>
        <translation>%1 (%2)%3</translation>
    </message>
    <message>
        <location line="+3" />
        <source>, valid until %1</source>
        <translation>, valid until %1</translation>
    </message>
    <message>
        <location line="+9" />
        <source>No applicant yet. Type or scan an ID number, or press F5 to read the ID card.</source>
        <translation>No applicant yet. Type or scan an ID number, or press F5 to read the ID card.</translation>
    </message>
</context>
<context>
    <name>ow::ui::ApplicantSection</name>
    <message>
        <location filename="../app/ui/acceptance/ApplicantSection.cpp" line="+29" />
        <source>Resident ID or credit code, then Enter</source>
        <translation>Resident ID or credit code, then Enter</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Read card (F5)</source>
        <translation>Read card (F5)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>&amp;ID number</source>
        <translation>&amp;ID number</translation>
    </message>
    <message>
        <location line="+19" />
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Phone</source>
        <translation>&amp;Phone</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A&amp;ddress</source>
        <translation>A&amp;ddress</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Legal representative</source>
        <translation>Legal representative</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Handled by an a&amp;gent (经办人)</source>
        <translation>Handled by an a&amp;gent (经办人)</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Agent's name</source>
        <translation>Agent's name</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Agent's ID number</source>
        <translation>Agent's ID number</translation>
    </message>
    <message>
        <location line="+24" />
        <source>No card reader is configured at this window.</source>
        <translation>No card reader is configured at this window.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Reading the card…</source>
        <translation>Reading the card…</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Card read: %1</source>
        <translation>Card read: %1</translation>
    </message>
    <message>
        <location line="+46" />
        <source>Source: %1</source>
        <translation>Source: %1</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Known applicant: %1</source>
        <translation>Known applicant: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>New applicant: please enter the name and phone.</source>
        <translation>New applicant: please enter the name and phone.</translation>
    </message>
</context>
<context>
    <name>ow::ui::AttachmentEditor</name>
    <message>
        <location filename="../app/ui/form/AttachmentEditor.cpp" line="+13" />
        <source>Choose file…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Remove file</source>
        <translation>Remove file</translation>
    </message>
    <message>
        <location line="+7" />
        <source>%1: choose file</source>
        <translation>%1: choose file</translation>
    </message>
    <message>
        <location line="+53" />
        <source>No file chosen</source>
        <translation>No file chosen</translation>
    </message>
</context>
<context>
    <name>ow::ui::ChoiceEditor</name>
    <message>
        <location filename="../app/ui/form/ChoiceEditor.cpp" line="+19" />
        <source>— choose —</source>
        <translation>— choose —</translation>
    </message>
</context>
<context>
    <name>ow::ui::FieldRow</name>
    <message>
        <location filename="../app/ui/form/FieldRow.cpp" line="+16" />
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Required</source>
        <translation>Required</translation>
    </message>
    <message>
        <location line="+65" />
        <source>From %1 · %2</source>
        <translation>From %1 · %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>From %1</source>
        <translation>From %1</translation>
    </message>
</context>
<context>
    <name>ow::ui::FirstRunDialog</name>
    <message>
        <location filename="../app/ui/accounts/FirstRunDialog.cpp" line="+26" />
        <source>Create the administrator — OneWindow</source>
        <translation>Create the administrator — OneWindow</translation>
    </message>
    <message>
        <location line="+5" />
        <source>This workstation has no accounts yet. Create the administrator's account; it can then add the clerks' accounts (onewindow-cli clerk add).</source>
        <translation>This workstation has no accounts yet. Create the administrator's account; it can then add the clerks' accounts (onewindow-cli clerk add).</translation>
    </message>
    <message>
        <location line="+11" />
        <source>e.g. admin</source>
        <translation>e.g. admin</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Login:</source>
        <translation>&amp;Login:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>e.g. W01 (optional)</source>
        <translation>e.g. W01 (optional)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Window:</source>
        <translation>&amp;Window:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Repeat password:</source>
        <translation>&amp;Repeat password:</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Create and log in</source>
        <translation>Create and log in</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location line="+26" />
        <source>The two passwords differ.</source>
        <translation>The two passwords differ.</translation>
    </message>
</context>
<context>
    <name>ow::ui::FormView</name>
    <message>
        <location filename="../app/ui/form/FormView.cpp" line="+28" />
        <source>Scans and documents (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.ofd);;All files (*)</source>
        <translation>Scans and documents (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.ofd);;All files (*)</translation>
    </message>
    <message>
        <location line="+79" />
        <source>This form has no fields.</source>
        <translation>This form has no fields.</translation>
    </message>
</context>
<context>
    <name>ow::ui::GroupEditor</name>
    <message>
        <location filename="../app/ui/form/GroupEditor.cpp" line="+22" />
        <source>No rows yet.</source>
        <translation>No rows yet.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Add row</source>
        <translation>Add row</translation>
    </message>
    <message>
        <location line="+14" />
        <source>%1: add row</source>
        <translation>%1: add row</translation>
    </message>
    <message>
        <location line="+199" />
        <source>Row %1</source>
        <translation>Row %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Remove row %1</source>
        <translation>Remove row %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1: remove row %2</source>
        <translation>%1: remove row %2</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Shares: %1% of 100%</source>
        <translation>Shares: %1% of 100%</translation>
    </message>
</context>
<context>
    <name>ow::ui::LineFieldEditor</name>
    <message>
        <location filename="../app/ui/form/LineFieldEditor.cpp" line="+66" />
        <source>0.00 yuan</source>
        <translation>0.00 yuan</translation>
    </message>
    <message>
        <location line="+3" />
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <location line="+5" />
        <source>18 characters</source>
        <translation>18 characters</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Mobile number, or area code and number</source>
        <translation>Mobile number, or area code and number</translation>
    </message>
</context>
<context>
    <name>ow::ui::LockScreen</name>
    <message>
        <location filename="../app/ui/accounts/LockScreen.cpp" line="+27" />
        <source>Screen locked — OneWindow</source>
        <translation>Screen locked — OneWindow</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Screen locked</source>
        <translation>Screen locked</translation>
    </message>
    <message>
        <location line="+12" />
        <source>A supervisor or an administrator may unlock with their own login.</source>
        <translation>A supervisor or an administrator may unlock with their own login.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Login:</source>
        <translation>&amp;Login:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&amp;Switch user</source>
        <translation>&amp;Switch user</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Unlock</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Locked by %1 at %2.</source>
        <translation>Locked by %1 at %2.</translation>
    </message>
</context>
<context>
    <name>ow::ui::LoginDialog</name>
    <message>
        <location filename="../app/ui/accounts/LoginDialog.cpp" line="+24" />
        <source>Log in — OneWindow</source>
        <translation>Log in — OneWindow</translation>
    </message>
    <message>
        <location line="+4" />
        <source>OneWindow Workbench</source>
        <translation>OneWindow Workbench</translation>
    </message>
    <message>
        <location line="+15" />
        <source>&amp;Login:</source>
        <translation>&amp;Login:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Log in</source>
        <translation>Log in</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location line="+34" />
        <source>Enter your login.</source>
        <translation>Enter your login.</translation>
    </message>
</context>
<context>
    <name>ow::ui::MainWindow</name>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="+33" />
        <source>OneWindow Workbench</source>
        <translation>OneWindow Workbench</translation>
    </message>
    <message>
        <location line="+19" />
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
        <location line="+39" />
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Lock screen</source>
        <translation>&amp;Lock screen</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Log &amp;out</source>
        <translation>Log &amp;out</translation>
    </message>
    <message>
        <location line="+8" />
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
        <location line="+2" />
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;About OneWindow</source>
        <translation>&amp;About OneWindow</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Local database ready (schema %1)</source>
        <translation>Local database ready (schema %1)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>No local database</source>
        <translation>No local database</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Ready</source>
        <translation>Ready</translation>
    </message>
    <message>
        <location line="+40" />
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&lt;table&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+1&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Acceptance&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+2&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Queue&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+3&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Supervision&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F5&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Read the ID card&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F4&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Search matters and bundles&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+M&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Remaining materials received on paper&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Enter&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Accept the case&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+I&lt;/b&gt;&lt;/td&gt;&lt;td&gt;One-time notice&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+R&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Refuse&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+P&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Print the document&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+N&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Next applicant&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+L&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Lock screen&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F1&lt;/b&gt;&lt;/td&gt;&lt;td&gt;This list&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Q&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Quit&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;table&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+1&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Acceptance&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+2&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Queue&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+3&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Supervision&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F5&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Read the ID card&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F4&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Search matters and bundles&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+M&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Remaining materials received on paper&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Enter&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Accept the case&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+I&lt;/b&gt;&lt;/td&gt;&lt;td&gt;One-time notice&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+R&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Refuse&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+P&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Print the document&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+N&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Next applicant&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+L&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Lock screen&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F1&lt;/b&gt;&lt;/td&gt;&lt;td&gt;This list&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Q&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Quit&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
</context>
<context>
    <name>ow::ui::MaterialsView</name>
    <message>
        <location filename="../app/ui/acceptance/MaterialsView.cpp" line="+19" />
        <source>original</source>
        <translation>original</translation>
    </message>
    <message>
        <location line="+3" />
        <source>copy</source>
        <translation>copy</translation>
    </message>
    <message>
        <location line="+3" />
        <source>original and copy</source>
        <translation>original and copy</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 × %2%3</source>
        <translation>%1 × %2%3</translation>
    </message>
    <message>
        <location line="+3" />
        <source>, if any</source>
        <translation>, if any</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Material</source>
        <translation>Material</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Required form</source>
        <translation>Required form</translation>
    </message>
    <message>
        <location line="+0" />
        <source>How it is satisfied</source>
        <translation>How it is satisfied</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Remaining received on paper (Ctrl+M)</source>
        <translation>Remaining received on paper (Ctrl+M)</translation>
    </message>
    <message>
        <location line="+35" />
        <source>Reuse %1 (valid until %2)</source>
        <translation>Reuse %1 (valid until %2)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Shared-data verification (%1)</source>
        <translation>Shared-data verification (%1)</translation>
    </message>
    <message>
        <location line="+17" />
        <source>%1 (optional)</source>
        <translation>%1 (optional)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>What is needed / file / remark</source>
        <translation>What is needed / file / remark</translation>
    </message>
    <message>
        <location line="+79" />
        <source>No materials yet: choose a matter.</source>
        <translation>No materials yet: choose a matter.</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>All %n required material(s) satisfied.</source>
        <translation>
            <numerusform>All %n required material(s) satisfied.</numerusform>
            <numerusform>All %n required material(s) satisfied.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n required material(s) missing or incorrect.</source>
        <translation>
            <numerusform>%n required material(s) missing or incorrect.</numerusform>
            <numerusform>%n required material(s) missing or incorrect.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ow::ui::MatterPicker</name>
    <message>
        <location filename="../app/ui/acceptance/MatterPicker.cpp" line="+21" />
        <source>Matter or bundle: hanzi, pinyin (bdcdj) or code (F4)</source>
        <translation>Matter or bundle: hanzi, pinyin (bdcdj) or code (F4)</translation>
    </message>
    <message numerus="yes">
        <location line="+55" />
        <source>【One thing】%1 — %n matter(s)</source>
        <translation>
            <numerusform>【One thing】%1 — %n matter(s)</numerusform>
            <numerusform>【One thing】%1 — %n matter(s)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6" />
        <source>done at once</source>
        <translation>done at once</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n working day(s)</source>
        <translation>
            <numerusform>%n working day(s)</numerusform>
            <numerusform>%n working day(s)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 — %2 · %3</source>
        <translation>%1 — %2 · %3</translation>
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
<context>
    <name>ow::ui::SyncStatusWidget</name>
    <message>
        <location filename="../app/ui/sync/SyncStatusWidget.cpp" line="+19" />
        <source>under a minute</source>
        <translation>under a minute</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day(s)</numerusform>
            <numerusform>%n day(s)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21" />
        <source>Sync now</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Send waiting cases and fetch what changed at the hub now (Ctrl+Shift+S)</source>
        <translation>Send waiting cases and fetch what changed at the hub now (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <location line="+6" />
        <location line="+19" />
        <source>Hub: not configured — this workstation works on its own</source>
        <translation>Hub: not configured — this workstation works on its own</translation>
    </message>
    <message>
        <location line="-18" />
        <source>An administrator connects it with “onewindow-cli sync enrol --hub URL”.</source>
        <translation>An administrator connects it with “onewindow-cli sync enrol --hub URL”.</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Hub: syncing…</source>
        <translation>Hub: syncing…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Hub: online</source>
        <translation>Hub: online</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Hub: offline</source>
        <translation>Hub: offline</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n case(s) waiting to upload</source>
        <translation>
            <numerusform>%n case(s) waiting to upload</numerusform>
            <numerusform>%n case(s) waiting to upload</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2" />
        <source>, oldest %1</source>
        <translation>, oldest %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>all cases uploaded</source>
        <translation>all cases uploaded</translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>%n refused by the hub — see the case list</source>
        <translation>
            <numerusform>%n refused by the hub — see the case list</numerusform>
            <numerusform>%n refused by the hub — see the case list</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15" />
        <source>Last complete sync: %1</source>
        <translation>Last complete sync: %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Last problem: %1</source>
        <translation>Last problem: %1</translation>
    </message>
</context>
</TS>
