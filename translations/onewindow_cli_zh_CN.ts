<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>CliMain</name>
    <message>
        <location filename="../app/cli/main.cpp" line="+27"/>
        <source>Usage: onewindow-cli [--data-dir DIR] [--lang zh_CN|en] [--verbose] &lt;command&gt; [arguments]

Commands:
</source>
        <translation>用法：onewindow-cli [--data-dir 目录] [--lang zh_CN|en] [--verbose] &lt;命令&gt; [参数]

命令：
</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>
Run “onewindow-cli &lt;command&gt; --help” for a command&apos;s options.
</source>
        <translation>
运行“onewindow-cli &lt;命令&gt; --help”查看该命令的选项。
</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Unknown language “%1”; use zh_CN or en.</source>
        <translation>未知语言“%1”；请使用 zh_CN 或 en。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Unknown command “%1”.</source>
        <translation>未知命令“%1”。</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../app/cli/CommandLine.cpp" line="+8"/>
        <source>Workstation data directory (default: the platform&apos;s application data location, or $OW_DATA_DIR).</source>
        <translation>工作站数据目录（默认为系统的应用数据目录，或 $OW_DATA_DIR）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>directory</source>
        <translation>目录</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Language of messages: zh_CN or en.</source>
        <translation>提示信息的语言：zh_CN 或 en。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Log debug messages to standard error.</source>
        <translation>将调试日志输出到标准错误。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show this help.</source>
        <translation>显示本帮助。</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Run “%1” for usage.</source>
        <translation>运行“%1”查看用法。</translation>
    </message>
</context>
<context>
    <name>DatabaseCommand</name>
    <message>
        <location filename="../app/cli/DatabaseCommand.cpp" line="+15"/>
        <source>Show the workstation database&apos;s schema version, or upgrade it.</source>
        <translation>查看或升级工作站数据库的结构版本。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>status: print where the workstation database is and its schema version, changing nothing.
migrate: create the database or upgrade it to this version&apos;s schema.</source>
        <translation>status：显示工作站数据库的位置和结构版本，不做任何修改。
migrate：创建数据库，或将其升级到本版本的结构。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>status or migrate.</source>
        <translation>status 或 migrate。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Give one action: status or migrate.</source>
        <translation>请给出一个操作：status 或 migrate。</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+13"/>
        <source>database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>state: not created yet (this version creates schema %1)</source>
        <translation>状态：尚未创建（本版本将创建结构版本 %1）</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>schema version: %1 (this version knows up to %2)</source>
        <translation>结构版本：%1（本版本最高支持 %2）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>state: up to date</source>
        <translation>状态：已是最新</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>state: upgrade pending; run “onewindow-cli db migrate”</source>
        <translation>状态：待升级；请运行“onewindow-cli db migrate”</translation>
    </message>
</context>
<context>
    <name>ValidateCommand</name>
    <message>
        <location filename="../app/cli/ValidateCommand.cpp" line="+72"/>
        <source>Check a resident ID number, unified social credit code or division code.</source>
        <translation>校验居民身份证号码、统一社会信用代码或行政区划代码。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Checks an identifier and prints whether it is valid, its normalized form and what can be derived from it. Exit status: 0 valid, 1 invalid, 2 usage error.</source>
        <translation>校验一个代码，输出是否有效、规范形式以及可从中得出的信息。退出状态：0 有效，1 无效，2 用法错误。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print one JSON object.</source>
        <translation>输出一个 JSON 对象。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>id, credit-code or division.</source>
        <translation>id（身份证号码）、credit-code（统一社会信用代码）或 division（行政区划代码）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The value to check.</source>
        <translation>要校验的值。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Give the kind of identifier and one value.</source>
        <translation>请给出代码类型和一个值。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1: born %2, %3, %4, %5</source>
        <translation>%1：出生日期 %2，%3，%4，%5</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1: %2, %3, registered in %4</source>
        <translation>%1：%2，%3，登记地 %4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown authority</source>
        <translation>未知登记管理部门</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown type</source>
        <translation>未知机构类别</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1: %2 (%3)</source>
        <translation>%1：%2（%3）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: well formed, %2</source>
        <translation>%1：格式正确，%2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unknown kind “%1”; use id, credit-code or division.</source>
        <translation>未知类型“%1”；请使用 id、credit-code 或 division。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>valid: %1</source>
        <translation>有效：%1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>invalid: %1</source>
        <translation>无效：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>warning: %1</source>
        <translation>提示：%1</translation>
    </message>
</context>
<context>
    <name>VersionCommand</name>
    <message>
        <location filename="../app/cli/VersionCommand.cpp" line="+14"/>
        <source>Print the versions of OneWindow and the libraries it runs on.</source>
        <translation>显示一窗受理及其所用程序库的版本。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Print one JSON object.</source>
        <translation>输出一个 JSON 对象。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This command takes no arguments.</source>
        <translation>此命令不接受参数。</translation>
    </message>
</context>
</TS>
