<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>WorkbenchOptions</name>
    <message>
        <location filename="../app/ui/WorkbenchOptions.cpp" line="+26" />
        <source>OneWindow comprehensive acceptance workbench</source>
        <translation>一窗受理综合受理工作台</translation>
    </message>
    <message>
        <location line="+4" />
        <source>User interface language: zh_CN or en.</source>
        <translation>界面语言：zh_CN 或 en。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Directory of the workstation database.</source>
        <translation>工作站数据库所在目录。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>directory</source>
        <translation>目录</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Log debug messages.</source>
        <translation>记录调试日志。</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Unknown language “%1”; use zh_CN or en.</source>
        <translation>未知语言“%1”；请使用 zh_CN 或 en。</translation>
    </message>
</context>
<context>
    <name>ow::ui::AboutDialog</name>
    <message>
        <location filename="../app/ui/AboutDialog.cpp" line="+17" />
        <source>About OneWindow</source>
        <translation>关于一窗受理</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&lt;b&gt;OneWindow Workbench&lt;/b&gt;&lt;br&gt;Comprehensive acceptance for government service halls: take one ticket, get everything done.</source>
        <translation>&lt;b&gt;一窗受理工作台&lt;/b&gt;&lt;br&gt;政务服务大厅综合受理：取一个号，办所有事。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Component</source>
        <translation>组件</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Domain modules:</source>
        <translation>业务模块：</translation>
    </message>
    <message>
        <location line="+4" />
        <source>No domain modules are loaded.</source>
        <translation>尚未加载任何业务模块。</translation>
    </message>
</context>
<context>
    <name>ow::ui::MainWindow</name>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="+29" />
        <source>OneWindow Workbench</source>
        <translation>一窗受理工作台</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Acceptance</source>
        <translation>综合受理</translation>
    </message>
    <message>
        <location line="+0" />
        <location line="+17" />
        <source>Queue</source>
        <translation>排队叫号</translation>
    </message>
    <message>
        <location line="-17" />
        <location line="+22" />
        <source>Supervision</source>
        <translation>监督管理</translation>
    </message>
    <message>
        <location line="-14" />
        <source>Comprehensive acceptance</source>
        <translation>综合受理</translation>
    </message>
    <message>
        <location line="+1" />
        <source>One window accepts every matter of every department. Identify the applicant by resident ID or credit code, pick a matter or a "one thing" bundle, complete one pre-filled form, check the materials, then accept the case or print a one-time notice of everything missing.</source>
        <translation>一个窗口受理所有部门的所有事项。凭居民身份证号码或统一社会信用代码识别申请人，选择事项或“一件事”，填写一张已预填的表单，核验材料，然后受理办件，或打印一次性告知书列明所缺的全部材料。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Matter or bundle</source>
        <translation>事项或一件事</translation>
    </message>
    <message>
        <location line="+0" />
        <source>One form</source>
        <translation>一表申请</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Materials</source>
        <translation>材料核验</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Accept or notify</source>
        <translation>受理或告知</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Receipt</source>
        <translation>受理回执</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Call the next ticket (F2), call again (F3), transfer or mark a no-show; the hall display follows.</source>
        <translation>呼叫下一号（F2）、重呼（F3）、转移或标记过号；大厅显示屏同步显示。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Call</source>
        <translation>叫号</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Serve</source>
        <translation>办理</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Rate</source>
        <translation>评价</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Watch queues and windows live, see cases near (yellow) or past (red) their time limit, follow up bad ratings and read the day's figures.</source>
        <translation>实时查看排队和各窗口情况，关注临近（黄灯）或超过（红灯）办理时限的办件，跟进差评，查看当日统计。</translation>
    </message>
    <message>
        <location line="+27" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Acceptance</source>
        <translation>综合受理(&amp;A)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Queue</source>
        <translation>排队叫号(&amp;Q)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Supervision</source>
        <translation>监督管理(&amp;S)</translation>
    </message>
    <message>
        <location line="+9" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Keyboard shortcuts</source>
        <translation>快捷键(&amp;K)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;About OneWindow</source>
        <translation>关于一窗受理(&amp;A)</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Local database ready (schema %1)</source>
        <translation>本地数据库就绪（结构版本 %1）</translation>
    </message>
    <message>
        <location line="+4" />
        <source>No local database</source>
        <translation>无本地数据库</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Hub: not configured</source>
        <translation>中心平台：未配置</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Cases are kept on this workstation; synchronisation with the provincial hub arrives in a coming release.</source>
        <translation>办件保存在本工作站；与省级中心平台的同步将在后续版本提供。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Keyboard shortcuts</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&lt;table&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+1&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Acceptance&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+2&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Queue&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+3&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Supervision&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F1&lt;/b&gt;&lt;/td&gt;&lt;td&gt;This list&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Q&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Quit&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;table&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+1&lt;/b&gt;&lt;/td&gt;&lt;td&gt;综合受理&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+2&lt;/b&gt;&lt;/td&gt;&lt;td&gt;排队叫号&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+3&lt;/b&gt;&lt;/td&gt;&lt;td&gt;监督管理&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F1&lt;/b&gt;&lt;/td&gt;&lt;td&gt;本快捷键列表&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Q&lt;/b&gt;&lt;/td&gt;&lt;td&gt;退出&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
</context>
<context>
    <name>ow::ui::PlaceholderPage</name>
    <message>
        <location filename="../app/ui/PlaceholderPage.cpp" line="+26" />
        <source>Planned — arrives in a coming release</source>
        <translation>规划中——将在后续版本提供</translation>
    </message>
    <message>
        <location line="+26" />
        <source>then</source>
        <translation>然后</translation>
    </message>
</context>
</TS>
