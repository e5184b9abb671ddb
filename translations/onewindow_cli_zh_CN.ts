<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AuditCommand</name>
    <message>
        <location filename="../app/cli/AuditCommand.cpp" line="+16" />
        <source>List the audit trail of this workstation or verify its hash chain.</source>
        <translation>列出本工作站的审计日志，或验证其哈希链。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>list: the newest entries first — sequence number, time, who, what, on what.
verify: recompute the SM3 hash chain; exits 1 when an entry was changed or removed outside OneWindow.</source>
        <translation>list：按从新到旧列出日志条目——序号、时间、操作人、操作及操作对象。
verify：重新计算 SM3 哈希链；如有条目在一窗受理之外被修改或删除，退出状态为 1。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>At most this many entries (list).</source>
        <translation>最多显示的条目数（list）。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>count</source>
        <translation>数量</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Only entries of this action, e.g. clerk.login (list).</source>
        <translation>仅显示该操作的条目，例如 clerk.login（list）。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Print JSON (list).</source>
        <translation>输出 JSON（list）。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>list or verify.</source>
        <translation>list 或 verify。</translation>
    </message>
    <message>
        <location line="+11" />
        <source>--limit takes a number from 1 to 100000.</source>
        <translation>--limit 需要 1 至 100000 之间的数字。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Give one action: list or verify.</source>
        <translation>请给出一个操作：list 或 verify。</translation>
    </message>
    <message>
        <location line="+36" />
        <source>The audit trail has no entries yet.</source>
        <translation>审计日志中尚无条目。</translation>
    </message>
    <message>
        <location line="+16" />
        <source>The audit trail is broken at entry %1: an entry was changed or removed outside OneWindow. Keep this database as evidence and tell the administrator.</source>
        <translation>审计日志在第 %1 条处断裂：有条目在一窗受理之外被修改或删除。请保留此数据库作为证据，并报告管理员。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The audit trail is intact. Entries checked: %1.</source>
        <translation>审计日志完整。已验证条目：%1。</translation>
    </message>
</context>
<context>
    <name>CalendarCommand</name>
    <message>
        <location filename="../app/cli/CalendarCommand.cpp" line="+61" />
        <source>warning: %1</source>
        <translation>提示：%1</translation>
    </message>
    <message>
        <location line="+71" />
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location line="+3" />
        <source>yes: make-up working day, %1</source>
        <translation>是：调休上班日，%1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>no: weekend</source>
        <translation>否：周末</translation>
    </message>
    <message>
        <location line="+3" />
        <source>no: public holiday, %1</source>
        <translation>否：法定节假日，%1</translation>
    </message>
    <message>
        <location line="+23" />
        <source>%1 — source: %2</source>
        <translation>%1——来源：%2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Public holidays (days off):</source>
        <translation>法定节假日（放假）：</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Make-up working days:</source>
        <translation>调休上班日：</translation>
    </message>
    <message>
        <location line="+12" />
        <source>The calendar has no data for %1 (it covers %2); Monday to Friday are counted as working days there.</source>
        <translation>日历中没有 %1 年的数据（现有 %2）；该年按周一至周五为工作日计算。</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Count working days: deadlines, working days, a year's holidays.</source>
        <translation>计算工作日：办结期限、是否工作日、全年节假日。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Working days by the national holiday calendar (public holidays and make-up working days); the start day of a period is not counted.
deadline DATE N: print the date N working days after DATE.
is-workday DATE: print yes or no; exit status 0 for a working day, 1 otherwise.
year YEAR: list the year's public holidays and make-up working days.
Dates are written YYYY-MM-DD. Outside the years the calendar covers, Monday to Friday are counted as working days and a warning says so. Exit status 2: usage error.</source>
        <translation>按国家节假日安排（法定节假日和调休上班日）计算工作日；期限起算日当天不计入。
deadline 日期 N：输出该日期之后第 N 个工作日。
is-workday 日期：输出是或否；是工作日时退出状态为 0，否则为 1。
year 年份：列出该年的法定节假日和调休上班日。
日期格式为 YYYY-MM-DD。日历未覆盖的年份按周一至周五为工作日计算，并给出提示。退出状态 2：用法错误。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Print one JSON object.</source>
        <translation>输出一个 JSON 对象。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>deadline, is-workday or year.</source>
        <translation>deadline、is-workday 或 year。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>DATE N, DATE or YEAR, as the action needs.</source>
        <translation>按操作需要给出：日期 N、日期或年份。</translation>
    </message>
    <message>
        <location line="+5" />
        <location line="+54" />
        <source>“%1” is not a number of working days; give a whole number from 0 to %2.</source>
        <translation>“%1”不是工作日天数；请给出 0 至 %2 之间的整数。</translation>
    </message>
    <message>
        <location line="-38" />
        <source>Give one action: deadline, is-workday or year.</source>
        <translation>请给出一个操作：deadline、is-workday 或 year。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Give a start date and a number of working days.</source>
        <translation>请给出起算日期和工作日天数。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Give one year.</source>
        <translation>请给出一个年份。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Give one date.</source>
        <translation>请给出一个日期。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>“%1” is not a year from %2 to %3.</source>
        <translation>“%1”不是 %2 至 %3 之间的年份。</translation>
    </message>
    <message>
        <location line="+12" />
        <source>“%1” is not a date; write it as YYYY-MM-DD, e.g. 2025-10-08.</source>
        <translation>“%1”不是日期；请写成 YYYY-MM-DD，例如 2025-10-08。</translation>
    </message>
</context>
<context>
    <name>CaseCommand</name>
    <message>
        <location filename="../app/cli/CaseCommand.cpp" line="+48" />
        <source>At most this many cases (list).</source>
        <translation>最多显示的办件数（list）。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>count</source>
        <translation>数量</translation>
    </message>
    <message>
        <location line="-13" />
        <source>List the cases of this workstation, show one, or import a backlog.</source>
        <translation>列出本工作站的办件、查看单个办件，或导入积压办件。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>list: the newest cases, newest first.
show RECEIPT: one case with its steps and materials (ID numbers masked).
import FILE: accept the cases of a JSON Lines file, one per line, as at the counter (format: docs/case-import.md); bad lines are reported as FILE:LINE and skipped. Exit status 0 when every line was imported, 1 when some were not, 2 when the file cannot be read.</source>
        <translation>list：按从新到旧列出最近的办件。
show 受理编号：查看单个办件及其办理环节和材料（证件号码已脱敏）。
import 文件：按窗口受理的方式受理 JSON Lines 文件中的办件，每行一件（格式见 docs/case-import.md）；有误的行以“文件:行号”报告并跳过。退出状态：全部行均已导入为 0，部分未导入为 1，文件无法读取为 2。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Print JSON (list, show).</source>
        <translation>输出 JSON（list、show）。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Login recorded as the accepting clerk of imported cases, unless a line names one (import; default: import).</source>
        <translation>记录为导入办件受理人的登录名，某行另行指定时除外（import；默认：import）。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>login</source>
        <translation>登录名</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Window recorded on imported cases, unless a line names one (import; default: this workstation's window, or the one it was enrolled for).</source>
        <translation>记录在导入办件上的窗口，某行另行指定时除外（import；默认：本工作站的窗口，或注册时所用的窗口）。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+2" />
        <source>list, show or import.</source>
        <translation>list、show 或 import。</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Give one action: list, show RECEIPT, or import FILE.</source>
        <translation>请给出一个操作：list、show 受理编号，或 import 文件。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>--limit and --json do not apply to import.</source>
        <translation>--limit 和 --json 不适用于 import。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>--clerk and --window apply to import only.</source>
        <translation>--clerk 和 --window 仅适用于 import。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>--limit takes a number from 1 to 100000.</source>
        <translation>--limit 需要 1 至 100000 之间的数字。</translation>
    </message>
    <message numerus="yes">
        <location line="+35" />
        <source>%n case(s)</source>
        <translation>
            <numerusform>共 %n 件办件</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10" />
        <source>No case has the receipt number %1.</source>
        <translation>没有受理编号为 %1 的办件。</translation>
    </message>
    <message>
        <location line="+40" />
        <source>receipt: %1</source>
        <translation>受理编号：%1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>subject: %1</source>
        <translation>事项：%1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>applicant: %1</source>
        <translation>申请人：%1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>status: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>deadline: %1</source>
        <translation>办结期限：%1</translation>
    </message>
    <message>
        <location line="+5" />
        <source>  step %1: %2 (%3) — %4, due %5</source>
        <translation>  环节 %1：%2（%3）——%4，期限 %5</translation>
    </message>
    <message>
        <location line="+8" />
        <source>  material: %1 — %2</source>
        <translation>  材料：%1——%2</translation>
    </message>
    <message>
        <location line="+3" />
        <source>at the hub: no news yet (not synced, or no department has acted)</source>
        <translation>中心平台：暂无进展（尚未同步，或尚无部门办理）</translation>
    </message>
    <message>
        <location line="+4" />
        <source>at the hub: %1, due %2 (as of %3)</source>
        <translation>中心平台：%1，办结期限 %2（截至 %3）</translation>
    </message>
    <message>
        <location line="+7" />
        <source>  step %1 (%2): %3, due %4%5</source>
        <translation>  环节 %1（%2）：%3，期限 %4%5</translation>
    </message>
</context>
<context>
    <name>CaseImport</name>
    <message>
        <location filename="../app/cli/CaseImport.cpp" line="+68" />
        <source>--clerk: %1</source>
        <translation>--clerk：%1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>--window: %1</source>
        <translation>--window：%1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1: no such file.</source>
        <translation>%1：文件不存在。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 is a directory, not a case-import file.</source>
        <translation>%1 是目录，不是办件导入文件。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location line="+18" />
        <source>This workstation has no catalog yet: import one first with “onewindow-cli catalog import FILE”.</source>
        <translation>本工作站尚无事项目录：请先使用“onewindow-cli catalog import 文件”导入。</translation>
    </message>
    <message>
        <location line="+33" />
        <source>the line is longer than %1 bytes</source>
        <translation>该行超过 %1 字节</translation>
    </message>
    <message>
        <location line="+42" />
        <source>%1 lines read: %2 imported, %3 skipped</source>
        <translation>已读取 %1 行：导入 %2 行，跳过 %3 行</translation>
    </message>
    <message>
        <location line="+7" />
        <source>reading the file failed: %1</source>
        <translation>读取文件失败：%1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The import stopped at line %1: that line and the rest of the file were not imported. Import them again once the cause is fixed.</source>
        <translation>导入在第 %1 行中止：该行及文件其余部分均未导入。请在排除原因后重新导入这些行。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>imported %1, skipped %2</source>
        <translation>已导入 %1 件，跳过 %2 件</translation>
    </message>
</context>
<context>
    <name>CaseImportLine</name>
    <message>
        <location filename="../app/cli/CaseImportLine.cpp" line="+54" />
        <source>unknown key %1 (known keys: %2)</source>
        <translation>未知的键 %1（可用的键：%2）</translation>
    </message>
    <message>
        <location line="+18" />
        <source>%1 must be a text string</source>
        <translation>%1 必须是文本字符串</translation>
    </message>
    <message>
        <location line="+10" />
        <location line="+206" />
        <source>%1 is missing</source>
        <translation>缺少 %1</translation>
    </message>
    <message>
        <location line="-196" />
        <location line="+103" />
        <location line="+37" />
        <source>%1 must be a JSON object</source>
        <translation>%1 必须是 JSON 对象</translation>
    </message>
    <message>
        <location line="-128" />
        <source>%1 must be a JSON list</source>
        <translation>%1 必须是 JSON 列表</translation>
    </message>
    <message>
        <location line="+19" />
        <location line="+63" />
        <location line="+130" />
        <location line="+8" />
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="-156" />
        <location line="+79" />
        <location line="+56" />
        <source>%1 must be one of: %2</source>
        <translation>%1 必须是以下之一：%2</translation>
    </message>
    <message>
        <location line="-52" />
        <source>the material %1 is listed twice</source>
        <translation>材料 %1 重复列出</translation>
    </message>
    <message>
        <location line="+18" />
        <source>not valid JSON (at character %1): %2</source>
        <translation>不是有效的 JSON（第 %1 个字符处）：%2</translation>
    </message>
    <message>
        <location line="+6" />
        <source>a line must be one JSON object</source>
        <translation>每行必须是一个 JSON 对象</translation>
    </message>
    <message>
        <location line="+46" />
        <source>no window: give --window NAME or a "window" key</source>
        <translation>未指定窗口：请使用 --window 名称，或在该行中给出“window”键</translation>
    </message>
</context>
<context>
    <name>CatalogCommand</name>
    <message>
        <location filename="../app/cli/CatalogCommand.cpp" line="+27" />
        <source>Import, export or describe the matter catalog of this workstation.</source>
        <translation>导入、导出或查看本工作站的事项目录。</translation>
    </message>
    <message>
        <location line="+18" />
        <source>The catalog file.</source>
        <translation>目录文件。</translation>
    </message>
    <message>
        <location line="-11" />
        <source>import FILE: replace the workstation's catalog with a catalog file (JSON, see docs/catalog-format.md); a file with any error is rejected whole and changes nothing.
export [FILE]: write the catalog as JSON to FILE or standard output.
info: how many matters, bundles and departments, and where they came from.
search QUERY: the matters and bundles a clerk would find by typing QUERY (hanzi, pinyin initials or full pinyin, or a code), best first.</source>
        <translation>import 文件：用目录文件（JSON，见 docs/catalog-format.md）替换本工作站的事项目录；文件有任何错误都会整体拒绝，不做任何修改。
export [文件]：将目录以 JSON 写入文件或标准输出。
info：事项、一件事和部门的数量及其来源。
search 查询词：按窗口人员输入的查询词（汉字、拼音首字母、全拼或编码）查找事项和一件事，最匹配的排在前面。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>At most this many results (search).</source>
        <translation>最多显示的结果数（search）。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>count</source>
        <translation>数量</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Print JSON (search).</source>
        <translation>输出 JSON（search）。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>import, export, info or search.</source>
        <translation>import、export、info 或 search。</translation>
    </message>
    <message>
        <location line="+18" />
        <source>--limit takes a number from 1 to 1000.</source>
        <translation>--limit 需要 1 至 1000 之间的数字。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Give one action: import FILE, export [FILE], info or search QUERY.</source>
        <translation>请给出一个操作：import 文件、export [文件]、info 或 search 查询词。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 is larger than a catalog can be (256 MB).</source>
        <translation>%1 超过了目录文件的大小上限（256 MB）。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The catalog was not imported; nothing was changed.</source>
        <translation>目录未导入，未做任何修改。</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Imported %1 matters, %2 bundles and %3 departments from %4.</source>
        <translation>已从 %4 导入 %1 个事项、%2 个一件事和 %3 个部门。</translation>
    </message>
    <message>
        <location line="+28" />
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Exported %1 matters to %2.</source>
        <translation>已将 %1 个事项导出到 %2。</translation>
    </message>
    <message>
        <location line="+16" />
        <source>matters: %1</source>
        <translation>事项：%1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>bundles: %1</source>
        <translation>一件事：%1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>departments: %1</source>
        <translation>部门：%1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>imported from %1 at %2</source>
        <translation>于 %2 从 %1 导入</translation>
    </message>
    <message>
        <location line="+36" />
        <source>one thing</source>
        <translation>一件事</translation>
    </message>
    <message>
        <location line="+5" />
        <source>No matter or bundle matches “%1”.</source>
        <translation>没有与“%1”匹配的事项或一件事。</translation>
    </message>
</context>
<context>
    <name>ClerkCommand</name>
    <message>
        <location filename="../app/cli/ClerkCommand.cpp" line="+54" />
        <source>Add, list and change the clerk accounts of this workstation.</source>
        <translation>添加、列出和修改本工作站的窗口人员账户。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>add LOGIN --name NAME --role ROLES [--window W]: create an account; the password is read from standard input with --password-stdin, otherwise asked for twice.
list [--json]: every account with its roles and state.
passwd LOGIN: set a new password (this also ends a lockout).
disable LOGIN, enable LOGIN: stop or allow log-ins.
roles LOGIN ROLES: replace the account's roles.
ROLES is a comma-separated list of clerk, supervisor and admin.</source>
        <translation>add 登录名 --name 姓名 --role 角色 [--window 窗口]：创建账户；使用 --password-stdin 时从标准输入读取密码，否则要求输入两次密码。
list [--json]：列出所有账户及其角色和状态。
passwd 登录名：设置新密码（同时解除锁定）。
disable 登录名、enable 登录名：禁止或允许登录。
roles 登录名 角色：替换该账户的角色。
角色为以逗号分隔的 clerk、supervisor 和 admin 列表。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The clerk's name as printed on receipts (add).</source>
        <translation>窗口人员姓名，将打印在回执上（add）。</translation>
    </message>
    <message>
        <location line="+0" />
        <source>name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Roles, e.g. clerk,supervisor (add).</source>
        <translation>角色，例如 clerk,supervisor（add）。</translation>
    </message>
    <message>
        <location line="+0" />
        <source>roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The window the clerk usually serves (add).</source>
        <translation>该窗口人员通常所在的窗口（add）。</translation>
    </message>
    <message>
        <location line="+0" />
        <source>window</source>
        <translation>窗口</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Read the password from the first line of standard input (add, passwd).</source>
        <translation>从标准输入的第一行读取密码（add、passwd）。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Print JSON (list).</source>
        <translation>输出 JSON（list）。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>add, list, passwd, disable, enable or roles.</source>
        <translation>add、list、passwd、disable、enable 或 roles。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The account's login.</source>
        <translation>账户的登录名。</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Give one action: add LOGIN, list, passwd LOGIN, disable LOGIN, enable LOGIN or roles LOGIN ROLES.</source>
        <translation>请给出一个操作：add 登录名、list、passwd 登录名、disable 登录名、enable 登录名或 roles 登录名 角色。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>clerk add needs --name and --role.</source>
        <translation>clerk add 需要 --name 和 --role。</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Added %1 (%2) with the roles %3.</source>
        <translation>已添加 %1（%2），角色为 %3。</translation>
    </message>
    <message>
        <location line="+27" />
        <source>disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location line="+0" />
        <source>enabled</source>
        <translation>已启用</translation>
    </message>
    <message>
        <location line="+3" />
        <source>(locked until %1)</source>
        <translation>（锁定至 %1）</translation>
    </message>
    <message>
        <location line="+7" />
        <source>No accounts yet; create the first administrator with “onewindow-cli clerk add LOGIN --name NAME --role admin”.</source>
        <translation>尚无账户；请使用“onewindow-cli clerk add 登录名 --name 姓名 --role admin”创建第一个管理员。</translation>
    </message>
    <message>
        <location line="+15" />
        <source>There is no account “%1”.</source>
        <translation>账户“%1”不存在。</translation>
    </message>
    <message>
        <location line="+11" />
        <source>The password of %1 was changed.</source>
        <translation>%1 的密码已修改。</translation>
    </message>
    <message>
        <location line="+12" />
        <source>%1 can no longer log in.</source>
        <translation>%1 已被禁止登录。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 can log in again.</source>
        <translation>%1 已恢复登录。</translation>
    </message>
    <message>
        <location line="+16" />
        <source>%1 now has the roles %2.</source>
        <translation>%1 的角色已改为 %2。</translation>
    </message>
</context>
<context>
    <name>CliMain</name>
    <message>
        <location filename="../app/cli/main.cpp" line="+37" />
        <source>Usage: onewindow-cli [--data-dir DIR] [--lang zh_CN|en] [--verbose] &lt;command&gt; [arguments]

Commands:
</source>
        <translation>用法：onewindow-cli [--data-dir 目录] [--lang zh_CN|en] [--verbose] &lt;命令&gt; [参数]

命令：
</translation>
    </message>
    <message>
        <location line="+4" />
        <source>
Run “onewindow-cli &lt;command&gt; --help” for a command's options.
</source>
        <translation>
运行“onewindow-cli &lt;命令&gt; --help”查看该命令的选项。
</translation>
    </message>
    <message>
        <location line="+55" />
        <source>Unknown language “%1”; use zh_CN or en.</source>
        <translation>未知语言“%1”；请使用 zh_CN 或 en。</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Unknown command “%1”.</source>
        <translation>未知命令“%1”。</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../app/cli/CommandLine.cpp" line="+8" />
        <source>Workstation data directory (default: the platform's application data location, or $OW_DATA_DIR).</source>
        <translation>工作站数据目录（默认为系统的应用数据目录，或 $OW_DATA_DIR）。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>directory</source>
        <translation>目录</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Language of messages: zh_CN or en.</source>
        <translation>提示信息的语言：zh_CN 或 en。</translation>
    </message>
    <message>
        <location line="+0" />
        <source>language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Log debug messages to standard error.</source>
        <translation>将调试日志输出到标准错误。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Show this help.</source>
        <translation>显示本帮助。</translation>
    </message>
    <message>
        <location line="+49" />
        <source>Run “%1” for usage.</source>
        <translation>运行“%1”查看用法。</translation>
    </message>
</context>
<context>
    <name>DatabaseCommand</name>
    <message>
        <location filename="../app/cli/DatabaseCommand.cpp" line="+15" />
        <source>Show the workstation database's schema version, or upgrade it.</source>
        <translation>查看或升级工作站数据库的结构版本。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>status: print where the workstation database is and its schema version, changing nothing.
migrate: create the database or upgrade it to this version's schema.</source>
        <translation>status：显示工作站数据库的位置和结构版本，不做任何修改。
migrate：创建数据库，或将其升级到本版本的结构。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>status or migrate.</source>
        <translation>status 或 migrate。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Give one action: status or migrate.</source>
        <translation>请给出一个操作：status 或 migrate。</translation>
    </message>
    <message>
        <location line="+10" />
        <location line="+13" />
        <source>database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <location line="-12" />
        <source>state: not created yet (this version creates schema %1)</source>
        <translation>状态：尚未创建（本版本将创建结构版本 %1）</translation>
    </message>
    <message>
        <location line="+13" />
        <source>schema version: %1 (this version knows up to %2)</source>
        <translation>结构版本：%1（本版本最高支持 %2）</translation>
    </message>
    <message>
        <location line="+4" />
        <source>state: up to date</source>
        <translation>状态：已是最新</translation>
    </message>
    <message>
        <location line="+1" />
        <source>state: upgrade pending; run “onewindow-cli db migrate”</source>
        <translation>状态：待升级；请运行“onewindow-cli db migrate”</translation>
    </message>
</context>
<context>
    <name>DeptCommand</name>
    <message>
        <location filename="../app/cli/DeptCommand.cpp" line="+72" />
        <source>pending</source>
        <translation>待办理</translation>
    </message>
    <message>
        <location line="+2" />
        <source>in progress</source>
        <translation>办理中</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+21" />
        <source>approved</source>
        <translation>已通过</translation>
    </message>
    <message>
        <location line="-19" />
        <location line="+21" />
        <source>completed</source>
        <translation>已办结</translation>
    </message>
    <message>
        <location line="-19" />
        <location line="+21" />
        <source>rejected</source>
        <translation>未通过</translation>
    </message>
    <message>
        <location line="-19" />
        <source>waiting for a supplement</source>
        <translation>待补正</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+21" />
        <source>suspended</source>
        <translation>已中止</translation>
    </message>
    <message>
        <location line="-19" />
        <source>one-time notice</source>
        <translation>已一次性告知</translation>
    </message>
    <message>
        <location line="+2" />
        <source>refused</source>
        <translation>不予受理</translation>
    </message>
    <message>
        <location line="+7" />
        <source>received from the window</source>
        <translation>窗口移交</translation>
    </message>
    <message>
        <location line="+8" />
        <source>supplement requested</source>
        <translation>要求补正</translation>
    </message>
    <message>
        <location line="+4" />
        <source>resumed</source>
        <translation>恢复办理</translation>
    </message>
    <message>
        <location line="+2" />
        <source>extended</source>
        <translation>延期</translation>
    </message>
    <message>
        <location line="+17" />
        <source>%1  %2  due %3  %4  (case %5)</source>
        <translation>%1  %2  期限 %3  %4  （办件 %5）</translation>
    </message>
    <message>
        <location line="+10" />
        <source>  step %1: %2 at %3 — %4, due %5</source>
        <translation>  环节 %1：%2，%3——%4，期限 %5</translation>
    </message>
    <message numerus="yes">
        <location line="+6" />
        <source> (extended by %n working day(s))</source>
        <translation>
            <numerusform>（延期 %n 个工作日）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3" />
        <source> (suspended since %1)</source>
        <translation>（自 %1 起中止）</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+106" />
        <source> — “%1”</source>
        <translation>——“%1”</translation>
    </message>
    <message numerus="yes">
        <location line="-70" />
        <source>%n case(s)</source>
        <translation>
            <numerusform>共 %n 件办件</numerusform>
        </translation>
    </message>
    <message>
        <location line="+27" />
        <source>No case with the id or receipt number %1 is visible to you.</source>
        <translation>没有您可查看的、标识或受理编号为 %1 的办件。</translation>
    </message>
    <message>
        <location line="+21" />
        <source>receipt: %1</source>
        <translation>受理编号：%1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>case: %1</source>
        <translation>办件标识：%1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>subject: %1</source>
        <translation>事项：%1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>applicant: %1 %2</source>
        <translation>申请人：%1 %2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>accepted: %1 at %2 by %3 (station %4)</source>
        <translation>受理：%1，窗口 %2，受理人 %3（工作站 %4）</translation>
    </message>
    <message>
        <location line="+4" />
        <source>status: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>deadline: %1</source>
        <translation>办结期限：%1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>history:</source>
        <translation>办理记录：</translation>
    </message>
    <message>
        <location line="+7" />
        <source> (step %1)</source>
        <translation>（环节 %1）</translation>
    </message>
    <message>
        <location line="+30" />
        <source>Case %1 is now %2, due %3.</source>
        <translation>办件 %1 现为“%2”，办结期限 %3。</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Work on department steps at the hub: list cases, show one, act on a step.</source>
        <translation>在中心平台办理部门环节：列出办件、查看单个办件、办理某一环节。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>list: the cases with a step of your department (an administrator sees all).
show CASE: one case with its steps and history.
act CASE POSITION ACTION: act on step POSITION of the case; ACTION is approve, complete, reject, supplement, suspend, resume or extend (reject, supplement, suspend and extend need --opinion; extend needs --days).
CASE is a case id or a receipt number. The password is read from OW_HUB_PASSWORD, else from standard input. Exit status 0 on success, 1 when the hub refused or could not be reached.</source>
        <translation>list：列出含有本部门办理环节的办件（管理员可查看全部）。
show 办件：查看单个办件及其办理环节和办理记录。
act 办件 序号 操作：办理该办件第“序号”个环节；操作为 approve（通过）、complete（办结）、reject（不通过）、supplement（补正）、suspend（中止）、resume（恢复）或 extend（延期）（reject、supplement、suspend 和 extend 需要 --opinion；extend 需要 --days）。
办件为办件标识或受理编号。密码从 OW_HUB_PASSWORD 读取，未设置时从标准输入读取。退出状态：成功为 0，中心平台拒绝或无法连接为 1。</translation>
    </message>
    <message>
        <location line="+9" />
        <source>The hub's address, e.g. http://127.0.0.1:8470.</source>
        <translation>中心平台地址，例如 http://127.0.0.1:8470。</translation>
    </message>
    <message>
        <location line="+0" />
        <source>url</source>
        <translation>地址</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Your hub account.</source>
        <translation>您的中心平台账号。</translation>
    </message>
    <message>
        <location line="+0" />
        <source>name</source>
        <translation>账号</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Only cases with this status: in_progress, completed, rejected, supplement, suspended, notice or refused (list).</source>
        <translation>仅列出该状态的办件：in_progress、completed、rejected、supplement、suspended、notice 或 refused（list）。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+2" />
        <source>At most this many cases (list; default 100).</source>
        <translation>最多显示的办件数（list；默认 100）。</translation>
    </message>
    <message>
        <location line="+0" />
        <source>count</source>
        <translation>数量</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Your opinion, told to the applicant (act).</source>
        <translation>您的办理意见，将告知申请人（act）。</translation>
    </message>
    <message>
        <location line="+0" />
        <source>text</source>
        <translation>文本</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Working days added by extend, 1 to 60 (act).</source>
        <translation>extend 延长的工作日天数，1 至 60（act）。</translation>
    </message>
    <message>
        <location line="+0" />
        <source>days</source>
        <translation>天数</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Print the hub's JSON answer.</source>
        <translation>输出中心平台返回的 JSON。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>list, show or act.</source>
        <translation>list、show 或 act。</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Give one of: list, show CASE, act CASE POSITION ACTION.</source>
        <translation>请给出以下之一：list、show 办件、act 办件 序号 操作。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Give --hub URL and --user NAME.</source>
        <translation>请给出 --hub 地址和 --user 账号。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>--status and --limit go with list only.</source>
        <translation>--status 和 --limit 仅用于 list。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>--opinion and --days go with act only.</source>
        <translation>--opinion 和 --days 仅用于 act。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>--limit takes a number from 1 to %1.</source>
        <translation>--limit 需要 1 至 %1 之间的数字。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>POSITION is the step's number: 1, 2, 3 …</source>
        <translation>序号是环节的编号：1、2、3……</translation>
    </message>
    <message>
        <location line="+4" />
        <source>ACTION must be one of: %1.</source>
        <translation>操作必须是以下之一：%1。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>--days takes a whole number.</source>
        <translation>--days 需要一个整数。</translation>
    </message>
</context>
<context>
    <name>DeptHubSession</name>
    <message>
        <location filename="../app/cli/DeptHubSession.cpp" line="+18" />
        <source>--hub must be the hub's address, e.g. http://127.0.0.1:8470 (not “%1”).</source>
        <translation>--hub 必须是中心平台地址，例如 http://127.0.0.1:8470（而不是“%1”）。</translation>
    </message>
    <message>
        <location line="+48" />
        <source>Cannot reach the hub at %1: %2</source>
        <translation>无法连接位于 %1 的中心平台：%2</translation>
    </message>
    <message>
        <location line="+9" />
        <source>The hub answered %1 %2.</source>
        <translation>中心平台返回 %1 %2。</translation>
    </message>
</context>
<context>
    <name>PasswordInput</name>
    <message>
        <location filename="../app/cli/PasswordInput.cpp" line="+77" />
        <source>%1 is set but empty.</source>
        <translation>%1 已设置但为空。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Password: </source>
        <translation>密码：</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+18" />
        <source>The password on standard input is too long.</source>
        <translation>标准输入中的密码过长。</translation>
    </message>
    <message>
        <location line="-14" />
        <source>No password: give it on standard input or in %1.</source>
        <translation>没有密码：请通过标准输入或 %1 提供。</translation>
    </message>
    <message>
        <location line="+18" />
        <source>No password on standard input.</source>
        <translation>标准输入中没有密码。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Give the password on standard input with --password-stdin, or run the command in a terminal.</source>
        <translation>请使用 --password-stdin 通过标准输入提供密码，或在终端中运行此命令。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>New password: </source>
        <translation>新密码：</translation>
    </message>
    <message>
        <location line="+2" />
        <source>No password given; nothing was changed.</source>
        <translation>未输入密码；未做任何修改。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Repeat the password: </source>
        <translation>再次输入密码：</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The two passwords differ; nothing was changed.</source>
        <translation>两次输入的密码不一致；未做任何修改。</translation>
    </message>
</context>
<context>
    <name>ReceiptsCommand</name>
    <message>
        <location filename="../app/cli/ReceiptsCommand.cpp" line="+15" />
        <source>Grant this window a block of receipt numbers, or show what is left.</source>
        <translation>为本窗口分配一段受理编号，或查看剩余编号。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>grant PREFIX FIRST LAST: let this window hand out PREFIX-000FIRST to PREFIX-000LAST without the network (normally the hub grants blocks).
status: the blocks and how many numbers are left.</source>
        <translation>grant 前缀 起号 止号：允许本窗口在离线状态下发放 前缀-000起号 至 前缀-000止号 的编号（通常由中心分配编号段）。
status：显示各编号段及剩余编号数量。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>grant or status.</source>
        <translation>grant 或 status。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Give one action: grant PREFIX FIRST LAST, or status.</source>
        <translation>请给出一个操作：grant 前缀 起号 止号，或 status。</translation>
    </message>
    <message>
        <location line="+10" />
        <source>FIRST and LAST must be whole numbers.</source>
        <translation>起号和止号必须是整数。</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Granted %1 to %2.</source>
        <translation>已分配 %1 至 %2。</translation>
    </message>
    <message>
        <location line="+15" />
        <source>%1 … %2: %3 left (from %4, %5)</source>
        <translation>%1 … %2：剩余 %3 个（来源 %4，%5）</translation>
    </message>
    <message>
        <location line="+7" />
        <source>numbers left: %1</source>
        <translation>剩余编号：%1</translation>
    </message>
</context>
<context>
    <name>SettingsCommand</name>
    <message>
        <location filename="../app/cli/SettingsCommand.cpp" line="+14" />
        <source>Show or change the workstation's settings (idle screen lock).</source>
        <translation>查看或修改工作站设置（空闲锁屏）。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>idle-lock [MINUTES]: show, or set, after how many minutes without keyboard or mouse input the workbench locks its screen: 0 (never) to 120; the default is 5.</source>
        <translation>idle-lock [分钟数]：查看或设置无键盘、鼠标操作多少分钟后工作台锁定屏幕：0（从不）至 120；默认为 5。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>idle-lock.</source>
        <translation>idle-lock。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The new value.</source>
        <translation>新的设置值。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Give one setting: idle-lock [MINUTES].</source>
        <translation>请给出一项设置：idle-lock [分钟数]。</translation>
    </message>
    <message>
        <location line="+12" />
        <source>“%1” is not a number of minutes.</source>
        <translation>“%1”不是有效的分钟数。</translation>
    </message>
    <message>
        <location line="+20" />
        <source>idle lock: never</source>
        <translation>空闲锁屏：从不</translation>
    </message>
    <message>
        <location line="+0" />
        <source>idle lock: %1 min</source>
        <translation>空闲锁屏：%1 分钟</translation>
    </message>
</context>
<context>
    <name>SyncCommand</name>
    <message>
        <location filename="../app/cli/SyncCommand.cpp" line="+48" />
        <source>Enrol at the hub, show the sync state, or sync now.</source>
        <translation>在中心平台注册、查看同步状态，或立即同步。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1  sent %2, refused %3, to retry %4; %5 changes applied (%6 skipped); %7 verified</source>
        <translation>%1  已发送 %2，被拒收 %3，待重试 %4；已应用 %5 条变更（跳过 %6 条）；已核验 %7 项</translation>
    </message>
    <message>
        <location line="+10" />
        <source>; new receipt block</source>
        <translation>；已获得新的受理编号段</translation>
    </message>
    <message>
        <location line="+1" />
        <source> — up to date</source>
        <translation>——已是最新</translation>
    </message>
    <message>
        <location line="+0" />
        <source> — %1</source>
        <translation>——%1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>not complete</source>
        <translation>未完成</translation>
    </message>
    <message>
        <location line="+8" />
        <source>enrol: register this workstation at a hub (an administrator's password from %1 or standard input).
status: what waits to be sent, what was refused, the last error.
once: one sync cycle; exit 0 when everything due was confirmed and pulled.
watch: sync until interrupted (Ctrl+C), one line per cycle.</source>
        <translation>enrol：在中心平台注册本工作站（管理员密码从 %1 或标准输入读取）。
status：显示待发送的内容、被拒收的内容及最近一次错误。
once：执行一次同步；所有应上传的均已确认且变更已全部拉取时退出状态为 0。
watch：持续同步直至中断（Ctrl+C），每轮输出一行。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The hub's address (enrol).</source>
        <translation>中心平台地址（enrol）。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>url</source>
        <translation>地址</translation>
    </message>
    <message>
        <location line="+2" />
        <source>This workstation's station id (enrol).</source>
        <translation>本工作站的工作站编号（enrol）。</translation>
    </message>
    <message>
        <location line="+0" />
        <source>id</source>
        <translation>编号</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The window's name (enrol).</source>
        <translation>窗口名称（enrol）。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The hub administrator (enrol).</source>
        <translation>中心平台管理员（enrol）。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>login</source>
        <translation>登录名</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Receipt numbers to ask for at enrolment.</source>
        <translation>注册时申请的受理编号数量。</translation>
    </message>
    <message>
        <location line="+0" />
        <source>count</source>
        <translation>数量</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Print JSON (status).</source>
        <translation>输出 JSON（status）。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Seconds between cycles (watch).</source>
        <translation>每轮同步的间隔秒数（watch）。</translation>
    </message>
    <message>
        <location line="+0" />
        <location line="+4" />
        <source>seconds</source>
        <translation>秒数</translation>
    </message>
    <message>
        <location line="-1" />
        <source>Seconds to wait for each answer of the hub.</source>
        <translation>等待中心平台每次应答的秒数。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>enrol, status, once or watch.</source>
        <translation>enrol、status、once 或 watch。</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Give one action: enrol, status, once or watch.</source>
        <translation>请给出一个操作：enrol、status、once 或 watch。</translation>
    </message>
    <message>
        <location line="+10" />
        <source>--timeout takes a number of seconds from 1 to 600.</source>
        <translation>--timeout 需要 1 至 600 之间的秒数。</translation>
    </message>
    <message>
        <location line="+10" />
        <source>--interval takes a number of seconds from 1 to 86400.</source>
        <translation>--interval 需要 1 至 86400 之间的秒数。</translation>
    </message>
    <message>
        <location line="+10" />
        <source>enrol needs --hub URL and --user ADMIN.</source>
        <translation>enrol 需要 --hub 地址和 --user 管理员。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>“%1” is not a hub address; give one like http://hub:8080.</source>
        <translation>“%1”不是中心平台地址；请填写类似 http://hub:8080 的地址。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>--block-size takes a number from 1 to 10000.</source>
        <translation>--block-size 需要 1 至 10000 之间的数字。</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Give this workstation's station id with --station.</source>
        <translation>请使用 --station 提供本工作站的工作站编号。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>“%1” is not a station id: use 1 to 24 letters, digits and '-', not starting or ending with '-'.</source>
        <translation>“%1”不是工作站编号：请使用 1 至 24 个字母、数字和“-”，且不能以“-”开头或结尾。</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Enrolled at %1 as station %2 (window %3).</source>
        <translation>已在 %1 注册为工作站 %2（窗口 %3）。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Hub key: %1</source>
        <translation>中心平台密钥：%1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Receipt numbers %1 to %2 granted.</source>
        <translation>已分配受理编号 %1 至 %2。</translation>
    </message>
    <message>
        <location line="+61" />
        <source>hub: %1 (station %2, window %3)</source>
        <translation>中心平台：%1（工作站 %2，窗口 %3）</translation>
    </message>
    <message>
        <location line="+5" />
        <source>hub: not enrolled (onewindow-cli sync enrol)</source>
        <translation>中心平台：未注册（onewindow-cli sync enrol）</translation>
    </message>
    <message>
        <location line="+1" />
        <source>queued: %1, failed (will retry): %2, refused: %3, confirmed: %4</source>
        <translation>排队：%1，失败（将重试）：%2，被拒收：%3，已确认：%4</translation>
    </message>
    <message>
        <location line="+7" />
        <source>oldest unsent: %1 (%2 minutes ago)</source>
        <translation>最早未发送：%1（%2 分钟前）</translation>
    </message>
    <message>
        <location line="+5" />
        <source>oldest unsent: none</source>
        <translation>最早未发送：无</translation>
    </message>
    <message>
        <location line="+1" />
        <source>cursor: %1</source>
        <translation>游标：%1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>last success: %1</source>
        <translation>最近成功：%1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>last error: %1</source>
        <translation>最近错误：%1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>receipt numbers left: %1</source>
        <translation>剩余受理编号：%1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>  refused %1: %2</source>
        <translation>  被拒收 %1：%2</translation>
    </message>
    <message>
        <location line="+22" />
        <source>refused by the hub: %1</source>
        <translation>被中心平台拒收：%1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Sync did not complete.</source>
        <translation>同步未完成。</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Cannot watch for Ctrl+C; not starting.</source>
        <translation>无法监听 Ctrl+C；未启动。</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Stopped.</source>
        <translation>已停止。</translation>
    </message>
</context>
<context>
    <name>ValidateCommand</name>
    <message>
        <location filename="../app/cli/ValidateCommand.cpp" line="+72" />
        <source>Check a resident ID number, unified social credit code or division code.</source>
        <translation>校验居民身份证号码、统一社会信用代码或行政区划代码。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Checks an identifier and prints whether it is valid, its normalized form and what can be derived from it. Exit status: 0 valid, 1 invalid, 2 usage error.</source>
        <translation>校验一个代码，输出是否有效、规范形式以及可从中得出的信息。退出状态：0 有效，1 无效，2 用法错误。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Print one JSON object.</source>
        <translation>输出一个 JSON 对象。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>id, credit-code or division.</source>
        <translation>id（身份证号码）、credit-code（统一社会信用代码）或 division（行政区划代码）。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The value to check.</source>
        <translation>要校验的值。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Give the kind of identifier and one value.</source>
        <translation>请给出代码类型和一个值。</translation>
    </message>
    <message>
        <location line="+21" />
        <source>%1: born %2, %3, %4, %5</source>
        <translation>%1：出生日期 %2，%3，%4，%5</translation>
    </message>
    <message>
        <location line="+19" />
        <source>%1: %2, %3, registered in %4</source>
        <translation>%1：%2，%3，登记地 %4</translation>
    </message>
    <message>
        <location line="+2" />
        <source>unknown authority</source>
        <translation>未知登记管理部门</translation>
    </message>
    <message>
        <location line="+2" />
        <source>unknown type</source>
        <translation>未知机构类别</translation>
    </message>
    <message>
        <location line="+16" />
        <source>%1: %2 (%3)</source>
        <translation>%1：%2（%3）</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1: well formed, %2</source>
        <translation>%1：格式正确，%2</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Unknown kind “%1”; use id, credit-code or division.</source>
        <translation>未知类型“%1”；请使用 id、credit-code 或 division。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>valid: %1</source>
        <translation>有效：%1</translation>
    </message>
    <message>
        <location line="+0" />
        <source>invalid: %1</source>
        <translation>无效：%1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>warning: %1</source>
        <translation>提示：%1</translation>
    </message>
</context>
<context>
    <name>VerifyReceiptCommand</name>
    <message>
        <location filename="../app/cli/VerifyReceiptCommand.cpp" line="+55" />
        <source>acceptance receipt</source>
        <translation>受理回执</translation>
    </message>
    <message>
        <location line="+2" />
        <source>one-time notice of missing materials</source>
        <translation>一次性告知书</translation>
    </message>
    <message>
        <location line="+2" />
        <source>notice of refusal</source>
        <translation>不予受理通知书</translation>
    </message>
    <message>
        <location line="+4" />
        <source>commitment letter</source>
        <translation>告知承诺书</translation>
    </message>
    <message>
        <location line="+38" />
        <source>“%1” is neither a file nor the text of a seal.</source>
        <translation>“%1”既不是文件，也不是印章文本。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location line="+3" />
        <source>not a file</source>
        <translation>不是文件</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1 is too large to be a OneWindow document.</source>
        <translation>%1 过大，不是一窗受理生成的文书。</translation>
    </message>
    <message>
        <location line="+35" />
        <source>The key file %1 cannot be read: %2</source>
        <translation>无法读取密钥文件 %1：%2</translation>
    </message>
    <message>
        <location line="+8" />
        <source>%1 is not an SM2 public key in PEM form (“-----BEGIN PUBLIC KEY-----”).</source>
        <translation>%1 不是 PEM 格式的 SM2 公钥（“-----BEGIN PUBLIC KEY-----”）。</translation>
    </message>
    <message>
        <location line="+20" />
        <source>This workstation has no key yet (%1). Give the public key of the window that sealed the document with --public-key.</source>
        <translation>本工作站尚无密钥（%1）。请使用 --public-key 提供加盖该文书印章的窗口的公钥。</translation>
    </message>
    <message>
        <location line="+40" />
        <source>VALID: the seal is genuine.</source>
        <translation>有效：印章真实。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>INVALID: %1</source>
        <translation>无效：%1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>What the seal claims (not to be trusted):</source>
        <translation>印章所载内容（不可采信）：</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Document:    %1</source>
        <translation>文书类型：%1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Number:      %1</source>
        <translation>文书编号：%1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Issued:      %1</source>
        <translation>出具日期：%1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Matter code: %1</source>
        <translation>事项编码：%1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Deadline:    %1</source>
        <translation>办结期限：%1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Key ID:      %1</source>
        <translation>密钥标识：%1</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Check the SM2 seal of a printed receipt or notice (PDF or QR text).</source>
        <translation>验证已打印回执或告知书上的 SM2 电子印章（PDF 或二维码文本）。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Checks the SM2 e-seal of an acceptance receipt, one-time notice, notice of refusal or commitment letter, offline. Give the PDF that OneWindow wrote, or the text of the document's QR code (as a scanner reads it, or in a file). The seal is checked against the public key given with --public-key (the sealing window's key, PEM), or else against this workstation's own key.
Compare what the seal states (kind, number, date, matter code, deadline) with the paper. Exit status: 0 genuine, 1 not genuine, 2 usage error or the check could not be made.</source>
        <translation>离线验证受理回执、一次性告知书、不予受理通知书或告知承诺书上的 SM2 电子印章。请提供一窗受理生成的 PDF，或该文书二维码的文本（扫码枪读出的内容，或保存在文件中）。使用 --public-key 提供的公钥（盖章窗口的公钥，PEM 格式）验证印章，未提供时使用本工作站自己的密钥。
请将印章所载内容（文书类型、编号、日期、事项编码、办结期限）与纸质文书核对。退出状态：0 真实，1 不真实，2 用法错误或无法完成验证。</translation>
    </message>
    <message>
        <location line="+9" />
        <source>The sealing window's SM2 public key (PEM file).</source>
        <translation>盖章窗口的 SM2 公钥（PEM 文件）。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Print one JSON object.</source>
        <translation>输出一个 JSON 对象。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>A PDF written by OneWindow, or the text of its QR code.</source>
        <translation>一窗受理生成的 PDF，或其二维码文本。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Give one PDF file or one seal text.</source>
        <translation>请给出一个 PDF 文件或一段印章文本。</translation>
    </message>
</context>
<context>
    <name>VersionCommand</name>
    <message>
        <location filename="../app/cli/VersionCommand.cpp" line="+14" />
        <source>Print the versions of OneWindow and the libraries it runs on.</source>
        <translation>显示一窗受理及其所用程序库的版本。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Print one JSON object.</source>
        <translation>输出一个 JSON 对象。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>This command takes no arguments.</source>
        <translation>此命令不接受参数。</translation>
    </message>
</context>
</TS>
