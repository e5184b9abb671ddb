<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>WorkbenchOptions</name>
    <message>
        <location filename="../app/ui/WorkbenchOptions.cpp" line="+26"/>
        <source>OneWindow comprehensive acceptance workbench</source>
        <translation>一窗受理综合受理工作台</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>User interface language: zh_CN or en.</source>
        <translation>界面语言：zh_CN 或 en。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Directory of the workstation database.</source>
        <translation>工作站数据库所在目录。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>directory</source>
        <translation>目录</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Login to pre-fill in the log-in dialog.</source>
        <translation>登录对话框中预先填入的登录名。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>login</source>
        <translation>登录名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log debug messages.</source>
        <translation>记录调试日志。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Unknown language “%1”; use zh_CN or en.</source>
        <translation>未知语言“%1”；请使用 zh_CN 或 en。</translation>
    </message>
</context>
<context>
    <name>ow::ui::AboutDialog</name>
    <message>
        <location filename="../app/ui/AboutDialog.cpp" line="+17"/>
        <source>About OneWindow</source>
        <translation>关于一窗受理</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;OneWindow Workbench&lt;/b&gt;&lt;br&gt;Comprehensive acceptance for government service halls: take one ticket, get everything done.</source>
        <translation>&lt;b&gt;一窗受理工作台&lt;/b&gt;&lt;br&gt;政务服务大厅综合受理：取一个号，办所有事。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Component</source>
        <translation>组件</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Domain modules:</source>
        <translation>业务模块：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No domain modules are loaded.</source>
        <translation>尚未加载任何业务模块。</translation>
    </message>
</context>
<context>
    <name>ow::ui::AcceptancePage</name>
    <message>
        <location filename="../app/ui/acceptance/AcceptancePage.cpp" line="+76"/>
        <source>① Applicant</source>
        <translation>① 申请人</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>② Matter or bundle</source>
        <translation>② 事项或一件事</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>③ One form</source>
        <translation>③ 一表申请</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>④ Materials</source>
        <translation>④ 材料核验</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>⑤ Accept or notify</source>
        <translation>⑤ 受理或告知</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Queue: ticket calling arrives with the queue module.</source>
        <translation>排队：叫号功能将随排队叫号模块提供。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Matter or bundle</source>
        <translation>事项或一件事</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>One form</source>
        <translation>一表申请</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Materials</source>
        <translation>材料核验</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Accept (Ctrl+Enter)</source>
        <translation>受理（Ctrl+Enter）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>One-time notice (Ctrl+I)</source>
        <translation>一次性告知（Ctrl+I）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refuse (Ctrl+R)</source>
        <translation>不予受理（Ctrl+R）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print (Ctrl+P)</source>
        <translation>打印（Ctrl+P）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save PDF…</source>
        <translation>另存为 PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next applicant (Ctrl+Shift+N)</source>
        <translation>下一位申请人（Ctrl+Shift+N）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save the document as PDF</source>
        <translation>将文书另存为 PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>【One thing】%1 — steps at %2</source>
        <translation>【一件事】%1 —— 办理部门：%2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 — %2</source>
        <translation>%1 —— %2</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Please correct the form first (the cursor is on the first problem).</source>
        <translation>请先更正表单（光标已定位到第一处问题）。</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n required material(s) missing or incorrect: give a one-time notice (Ctrl+I) instead.</source>
        <translation>
            <numerusform>有 %n 项必需材料缺失或不符合要求：请改为出具一次性告知（Ctrl+I）。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Nothing is missing or wrong: accept the case instead.</source>
        <translation>材料齐全且无误：请直接受理办件。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Refuse the application</source>
        <translation>不予受理申请</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal basis</source>
        <translation>法律依据</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Application form: %1</source>
        <translation>申请表：%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The case could not be saved.</source>
        <translation>办件未能保存。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Accepted: %1, due %2. Print the receipt with Ctrl+P.</source>
        <translation>已受理：%1，办结时限 %2。按 Ctrl+P 打印受理回执。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accepted and completed at the counter: %1.</source>
        <translation>已受理并当场办结：%1。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>One-time notice %1 recorded: print it for the applicant with Ctrl+P.</source>
        <translation>已记录一次性告知书 %1：按 Ctrl+P 打印并交给申请人。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Refusal %1 recorded: print the notice with Ctrl+P.</source>
        <translation>已记录不予受理决定 %1：按 Ctrl+P 打印不予受理通知书。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Saved %1.</source>
        <translation>已保存 %1。</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>No matter chosen yet.</source>
        <translation>尚未选择事项。</translation>
    </message>
</context>
<context>
    <name>ow::ui::AddressEditor</name>
    <message>
        <location filename="../app/ui/form/AddressEditor.cpp" line="+23"/>
        <source>Division code, 6 digits</source>
        <translation>行政区划代码，6 位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: division code</source>
        <translation>%1：行政区划代码</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Street, number, room</source>
        <translation>街道、门牌号、房间号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: street, number, room</source>
        <translation>%1：街道、门牌号、房间号</translation>
    </message>
</context>
<context>
    <name>ow::ui::ApplicantPanel</name>
    <message>
        <location filename="../app/ui/acceptance/ApplicantPanel.cpp" line="+38"/>
        <source>Earlier cases</source>
        <translation>历史办件</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reusable materials</source>
        <translation>可复用材料</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Electronic licences</source>
        <translation>电子证照</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1  %2
%3 · %4</source>
        <translation>%1  %2
%3 · %4</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No earlier cases at this hall.</source>
        <translation>本大厅暂无历史办件。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1
handed in %2 (%3), valid until %4</source>
        <translation>%1
提交于 %2（%3），有效期至 %4</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+11"/>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>%1 (%2)%3</source>
        <translation>%1（%2）%3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, valid until %1</source>
        <translation>，有效期至 %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No applicant yet. Type or scan an ID number, or press F5 to read the ID card.</source>
        <translation>尚无申请人。请输入或扫描证件号码，或按 F5 读取身份证。</translation>
    </message>
</context>
<context>
    <name>ow::ui::ApplicantSection</name>
    <message>
        <location filename="../app/ui/acceptance/ApplicantSection.cpp" line="+29"/>
        <source>Resident ID or credit code, then Enter</source>
        <translation>居民身份证号码或统一社会信用代码，然后按回车</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read card (F5)</source>
        <translation>读卡（F5）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;ID number</source>
        <translation>证件号码(&amp;I)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Name</source>
        <translation>姓名(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Phone</source>
        <translation>联系电话(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;ddress</source>
        <translation>地址(&amp;D)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Legal representative</source>
        <translation>法定代表人</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Handled by an a&amp;gent (经办人)</source>
        <translation>由经办人代办(&amp;G)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Agent&apos;s name</source>
        <translation>经办人姓名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agent&apos;s ID number</source>
        <translation>经办人证件号码</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No card reader is configured at this window.</source>
        <translation>本窗口未配置读卡器。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reading the card…</source>
        <translation>正在读卡…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Card read: %1</source>
        <translation>读卡成功：%1</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Source: %1</source>
        <translation>来源：%1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Known applicant: %1</source>
        <translation>已有申请人：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New applicant: please enter the name and phone.</source>
        <translation>新申请人：请填写姓名和联系电话。</translation>
    </message>
</context>
<context>
    <name>ow::ui::AttachmentEditor</name>
    <message>
        <location filename="../app/ui/form/AttachmentEditor.cpp" line="+13"/>
        <source>Choose file…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove file</source>
        <translation>移除文件</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: choose file</source>
        <translation>%1：选择文件</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>No file chosen</source>
        <translation>未选择文件</translation>
    </message>
</context>
<context>
    <name>ow::ui::ChoiceEditor</name>
    <message>
        <location filename="../app/ui/form/ChoiceEditor.cpp" line="+19"/>
        <source>— choose —</source>
        <translation>— 请选择 —</translation>
    </message>
</context>
<context>
    <name>ow::ui::FieldRow</name>
    <message>
        <location filename="../app/ui/form/FieldRow.cpp" line="+16"/>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Required</source>
        <translation>必填</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>From %1 · %2</source>
        <translation>来自 %1 · %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From %1</source>
        <translation>来自 %1</translation>
    </message>
</context>
<context>
    <name>ow::ui::FirstRunDialog</name>
    <message>
        <location filename="../app/ui/accounts/FirstRunDialog.cpp" line="+26"/>
        <source>Create the administrator — OneWindow</source>
        <translation>创建管理员 — 一窗受理</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This workstation has no accounts yet. Create the administrator&apos;s account; it can then add the clerks&apos; accounts (onewindow-cli clerk add).</source>
        <translation>本工作站尚无任何账号。请创建管理员账号；之后可由管理员添加窗口人员账号（onewindow-cli clerk add）。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>e.g. admin</source>
        <translation>例如 admin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Login:</source>
        <translation>登录名(&amp;L)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. W01 (optional)</source>
        <translation>例如 W01（可选）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Window:</source>
        <translation>窗口(&amp;W)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Repeat password:</source>
        <translation>确认密码(&amp;R)：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Create and log in</source>
        <translation>创建并登录</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>ow::ui::FormView</name>
    <message>
        <location filename="../app/ui/form/FormView.cpp" line="+28"/>
        <source>Scans and documents (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.ofd);;All files (*)</source>
        <translation>扫描件和文档 (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.ofd);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>This form has no fields.</source>
        <translation>此表单没有字段。</translation>
    </message>
</context>
<context>
    <name>ow::ui::GroupEditor</name>
    <message>
        <location filename="../app/ui/form/GroupEditor.cpp" line="+22"/>
        <source>No rows yet.</source>
        <translation>尚无记录。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add row</source>
        <translation>添加一行</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: add row</source>
        <translation>%1：添加一行</translation>
    </message>
    <message>
        <location line="+199"/>
        <source>Row %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove row %1</source>
        <translation>删除第 %1 行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: remove row %2</source>
        <translation>%1：删除第 %2 行</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Shares: %1% of 100%</source>
        <translation>出资比例合计：%1%（应为 100%）</translation>
    </message>
</context>
<context>
    <name>ow::ui::LineFieldEditor</name>
    <message>
        <location filename="../app/ui/form/LineFieldEditor.cpp" line="+66"/>
        <source>0.00 yuan</source>
        <translation>0.00 元</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>18 characters</source>
        <translation>18 位</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mobile number, or area code and number</source>
        <translation>手机号码，或区号加固定电话号码</translation>
    </message>
</context>
<context>
    <name>ow::ui::LockScreen</name>
    <message>
        <location filename="../app/ui/accounts/LockScreen.cpp" line="+27"/>
        <source>Screen locked — OneWindow</source>
        <translation>已锁屏 — 一窗受理</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Screen locked</source>
        <translation>已锁屏</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A supervisor or an administrator may unlock with their own login.</source>
        <translation>带班负责人或管理员可使用本人账号解锁。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Login:</source>
        <translation>登录名(&amp;L)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Switch user</source>
        <translation>切换用户(&amp;S)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Unlock</source>
        <translation>解锁(&amp;U)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Locked by %1 at %2.</source>
        <translation>%1 于 %2 锁屏。</translation>
    </message>
</context>
<context>
    <name>ow::ui::LoginDialog</name>
    <message>
        <location filename="../app/ui/accounts/LoginDialog.cpp" line="+24"/>
        <source>Log in — OneWindow</source>
        <translation>登录 — 一窗受理</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>OneWindow Workbench</source>
        <translation>一窗受理工作台</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Login:</source>
        <translation>登录名(&amp;L)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Log in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Enter your login.</source>
        <translation>请输入登录名。</translation>
    </message>
</context>
<context>
    <name>ow::ui::MainWindow</name>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="+33"/>
        <source>OneWindow Workbench</source>
        <translation>一窗受理工作台</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Acceptance</source>
        <translation>综合受理</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+17"/>
        <source>Queue</source>
        <translation>排队叫号</translation>
    </message>
    <message>
        <location line="-17"/>
        <location line="+22"/>
        <source>Supervision</source>
        <translation>监督管理</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Comprehensive acceptance</source>
        <translation>综合受理</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One window accepts every matter of every department. Identify the applicant by resident ID or credit code, pick a matter or a &quot;one thing&quot; bundle, complete one pre-filled form, check the materials, then accept the case or print a one-time notice of everything missing.</source>
        <translation>一个窗口受理所有部门的所有事项。凭居民身份证号码或统一社会信用代码识别申请人，选择事项或“一件事”，填写一张已预填的表单，核验材料，然后受理办件，或打印一次性告知书列明所缺的全部材料。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Matter or bundle</source>
        <translation>事项或一件事</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>One form</source>
        <translation>一表申请</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Materials</source>
        <translation>材料核验</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accept or notify</source>
        <translation>受理或告知</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Receipt</source>
        <translation>受理回执</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Call the next ticket (F2), call again (F3), transfer or mark a no-show; the hall display follows.</source>
        <translation>呼叫下一号（F2）、重呼（F3）、转移或标记过号；大厅显示屏同步显示。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Call</source>
        <translation>叫号</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Serve</source>
        <translation>办理</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rate</source>
        <translation>评价</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Watch queues and windows live, see cases near (yellow) or past (red) their time limit, follow up bad ratings and read the day&apos;s figures.</source>
        <translation>实时查看排队和各窗口情况，关注临近（黄灯）或超过（红灯）办理时限的办件，跟进差评，查看当日统计。</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Lock screen</source>
        <translation>锁屏(&amp;L)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Log &amp;out</source>
        <translation>退出登录(&amp;O)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Acceptance</source>
        <translation>综合受理(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Queue</source>
        <translation>排队叫号(&amp;Q)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Supervision</source>
        <translation>监督管理(&amp;S)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>快捷键(&amp;K)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;About OneWindow</source>
        <translation>关于一窗受理(&amp;A)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Local database ready (schema %1)</source>
        <translation>本地数据库就绪（结构版本 %1）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No local database</source>
        <translation>无本地数据库</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Keyboard shortcuts</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;table&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+1&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Acceptance&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+2&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Queue&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+3&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Supervision&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F5&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Read the ID card&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F4&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Search matters and bundles&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+M&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Remaining materials received on paper&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Enter&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Accept the case&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+I&lt;/b&gt;&lt;/td&gt;&lt;td&gt;One-time notice&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+R&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Refuse&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+P&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Print the document&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+N&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Next applicant&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+L&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Lock screen&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F1&lt;/b&gt;&lt;/td&gt;&lt;td&gt;This list&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Q&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Quit&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;table&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+1&lt;/b&gt;&lt;/td&gt;&lt;td&gt;综合受理&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+2&lt;/b&gt;&lt;/td&gt;&lt;td&gt;排队叫号&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+3&lt;/b&gt;&lt;/td&gt;&lt;td&gt;监督管理&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F5&lt;/b&gt;&lt;/td&gt;&lt;td&gt;读取身份证&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F4&lt;/b&gt;&lt;/td&gt;&lt;td&gt;搜索事项和一件事&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+M&lt;/b&gt;&lt;/td&gt;&lt;td&gt;其余材料已收纸质件&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Enter&lt;/b&gt;&lt;/td&gt;&lt;td&gt;受理办件&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+I&lt;/b&gt;&lt;/td&gt;&lt;td&gt;一次性告知&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+R&lt;/b&gt;&lt;/td&gt;&lt;td&gt;不予受理&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+P&lt;/b&gt;&lt;/td&gt;&lt;td&gt;打印文书&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+N&lt;/b&gt;&lt;/td&gt;&lt;td&gt;下一位申请人&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+L&lt;/b&gt;&lt;/td&gt;&lt;td&gt;锁屏&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F1&lt;/b&gt;&lt;/td&gt;&lt;td&gt;本列表&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Q&lt;/b&gt;&lt;/td&gt;&lt;td&gt;退出&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
</context>
<context>
    <name>ow::ui::MaterialsView</name>
    <message>
        <location filename="../app/ui/acceptance/MaterialsView.cpp" line="+19"/>
        <source>original</source>
        <translation>原件</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>copy</source>
        <translation>复印件</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>original and copy</source>
        <translation>原件及复印件</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 × %2%3</source>
        <translation>%1 × %2%3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, if any</source>
        <translation>（如有）</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Material</source>
        <translation>材料</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Required form</source>
        <translation>材料形式</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>How it is satisfied</source>
        <translation>提交方式</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Remaining received on paper (Ctrl+M)</source>
        <translation>其余材料已收纸质件（Ctrl+M）</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Reuse %1 (valid until %2)</source>
        <translation>复用 %1（有效期至 %2）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Shared-data verification (%1)</source>
        <translation>共享核验（%1）</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 (optional)</source>
        <translation>%1（可选）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What is needed / file / remark</source>
        <translation>所需内容 / 文件 / 备注</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>No materials yet: choose a matter.</source>
        <translation>尚无材料：请先选择事项。</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>All %n required material(s) satisfied.</source>
        <translation>
            <numerusform>%n 项必需材料均已齐全。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n required material(s) missing or incorrect.</source>
        <translation>
            <numerusform>有 %n 项必需材料缺失或不符合要求。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ow::ui::MatterPicker</name>
    <message>
        <location filename="../app/ui/acceptance/MatterPicker.cpp" line="+21"/>
        <source>Matter or bundle: hanzi, pinyin (bdcdj) or code (F4)</source>
        <translation>事项或一件事：汉字、拼音首字母（bdcdj）或事项编码（F4）</translation>
    </message>
    <message numerus="yes">
        <location line="+55"/>
        <source>【One thing】%1 — %n matter(s)</source>
        <translation>
            <numerusform>【一件事】%1 —— 含 %n 个事项</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>done at once</source>
        <translation>即办</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n working day(s)</source>
        <translation>
            <numerusform>%n 个工作日</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 — %2 · %3</source>
        <translation>%1 —— %2 · %3</translation>
    </message>
</context>
<context>
    <name>ow::ui::PlaceholderPage</name>
    <message>
        <location filename="../app/ui/PlaceholderPage.cpp" line="+26"/>
        <source>Planned — arrives in a coming release</source>
        <translation>规划中——将在后续版本提供</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>then</source>
        <translation>然后</translation>
    </message>
</context>
<context>
    <name>ow::ui::SyncStatusWidget</name>
    <message>
        <location filename="../app/ui/sync/SyncStatusWidget.cpp" line="+19"/>
        <source>under a minute</source>
        <translation>不到 1 分钟</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n h</source>
        <translation>
            <numerusform>%n 小时</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Sync now</source>
        <translation>立即同步</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Send waiting cases and fetch what changed at the hub now (Ctrl+Shift+S)</source>
        <translation>立即上传待发送的办件，并获取中心平台上的变更（Ctrl+Shift+S）</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+19"/>
        <source>Hub: not configured — this workstation works on its own</source>
        <translation>中心平台：未配置——本工作站独立运行</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>An administrator connects it with “onewindow-cli sync enrol --hub URL”.</source>
        <translation>由管理员使用“onewindow-cli sync enrol --hub 地址”接入中心平台。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Hub: syncing…</source>
        <translation>中心平台：正在同步…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hub: online</source>
        <translation>中心平台：在线</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hub: offline</source>
        <translation>中心平台：离线</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n case(s) waiting to upload</source>
        <translation>
            <numerusform>%n 件办件待上传</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, oldest %1</source>
        <translation>，最早的已等待 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>all cases uploaded</source>
        <translation>办件已全部上传</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n refused by the hub — see the case list</source>
        <translation>
            <numerusform>%n 件被中心平台拒收——请查看办件列表</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Last complete sync: %1</source>
        <translation>上次完整同步：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last problem: %1</source>
        <translation>最近一次问题：%1</translation>
    </message>
</context>
</TS>
