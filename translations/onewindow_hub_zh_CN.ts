<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>ApiRouter</name>
    <message>
        <location filename="../server/http/ApiRouter.cpp" line="+116"/>
        <source>%1 is a WebSocket: connect with Upgrade: websocket.</source>
        <translation>%1 是 WebSocket 接口：请使用 Upgrade: websocket 连接。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>There is no %1 %2 in this API.</source>
        <translation>本接口中没有 %1 %2。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Log in first: this call needs a bearer token.</source>
        <translation>请先登录：此调用需要 Bearer 令牌。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The role &quot;%1&quot; may not do this; it needs one of: %2.</source>
        <translation>角色“%1”无权执行此操作；需要以下角色之一：%2。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The request body is larger than %1 MiB.</source>
        <translation>请求体超过 %1 MiB。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The body is not valid JSON: %1 at byte %2.</source>
        <translation>请求体不是有效的 JSON：第 %2 字节处%1。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The body must be a JSON object.</source>
        <translation>请求体必须是 JSON 对象。</translation>
    </message>
</context>
<context>
    <name>AuthRoutes</name>
    <message>
        <location filename="../server/routes/AuthRoutes.cpp" line="+46"/>
        <source>Give a username and a password.</source>
        <translation>请提供用户名和密码。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>A station id is 1–24 letters, digits or &apos;-&apos;, starting with a letter or digit.</source>
        <translation>工作站编号为 1–24 个字母、数字或“-”，且以字母或数字开头。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name the window (1–64 characters).</source>
        <translation>请填写窗口名称（1–64 个字符）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>publicKey must be the workstation&apos;s SM2 public key in PEM.</source>
        <translation>publicKey 必须是 PEM 格式的工作站 SM2 公钥。</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Give stationId, time (ISO-8601 UTC) and a base64 signature.</source>
        <translation>请提供 stationId、time（ISO-8601 UTC 时间）和 base64 签名。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The workstation&apos;s clock is more than 5 minutes off the hub&apos;s; set the time and try again.</source>
        <translation>工作站时钟与中心平台相差超过 5 分钟；请校准时间后重试。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This workstation is not enrolled at the hub.</source>
        <translation>本工作站尚未在中心平台注册。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The workstation&apos;s signature does not match its enrolled key.</source>
        <translation>工作站签名与其注册的密钥不符。</translation>
    </message>
</context>
<context>
    <name>CaseIntake</name>
    <message>
        <location filename="../server/cases/CaseIntake.cpp" line="+195"/>
        <source>The case %1 has already reached the hub in another envelope.</source>
        <translation>办件 %1 已通过另一个报文上报至中心平台。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The receipt number %1 already belongs to another case.</source>
        <translation>受理编号 %1 已属于另一个办件。</translation>
    </message>
</context>
<context>
    <name>CaseRoutes</name>
    <message>
        <location filename="../server/routes/CaseRoutes.cpp" line="+37"/>
        <source>The hub&apos;s storage failed (%1). Try again.</source>
        <translation>中心平台存储故障（%1）。请重试。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>There is no case %1 that you may see.</source>
        <translation>没有您可查看的办件 %1。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>envelopes must be a list of 1 to %1 envelopes.</source>
        <translation>envelopes 必须是包含 1 至 %1 个报文的列表。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The hub could not store the batch (%1); none of it was applied. Send it again.</source>
        <translation>中心平台无法保存该批报文（%1）；均未处理。请重新发送。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>limit must be from 1 to %1 and after a cursor (0 or more).</source>
        <translation>limit 必须在 1 至 %1 之间，且位于某个游标（0 或以上）之后。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>status must be one of: %1.</source>
        <translation>status 必须是以下之一：%1。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your account sees the cases of department %1 only.</source>
        <translation>您的账号只能查看部门 %1 的办件。</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>A step is named by its position: 1, 2, 3 …</source>
        <translation>办理环节以序号指定：1、2、3……</translation>
    </message>
</context>
<context>
    <name>CatalogPublisher</name>
    <message>
        <location filename="../server/catalog/CatalogPublisher.cpp" line="+123"/>
        <source>The catalog was not published:</source>
        <translation>事项目录未发布：</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The built-in calendar %1 has no year.</source>
        <translation>内置日历 %1 没有年份。</translation>
    </message>
</context>
<context>
    <name>EnvelopeReader</name>
    <message>
        <location filename="../server/cases/EnvelopeReader.cpp" line="+69"/>
        <source>An envelope must be a JSON object.</source>
        <translation>报文必须是 JSON 对象。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The envelope id must be a UUID (8-4-4-4-12 hexadecimal digits).</source>
        <translation>报文标识必须是 UUID（8-4-4-4-12 位十六进制数字）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unknown envelope type &quot;%1&quot;: this hub takes case.submitted.</source>
        <translation>未知的报文类型“%1”：本中心平台只接收 case.submitted。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The envelope has no payload.case object.</source>
        <translation>报文中没有 payload.case 对象。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>case.id must be a UUID.</source>
        <translation>case.id 必须是 UUID。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>case.receipt must be a receipt number (letters, digits and &apos;-&apos;, at most %1).</source>
        <translation>case.receipt 必须是受理编号（字母、数字和“-”，最多 %1 个字符）。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>case.outcome must be accepted, notice or refused.</source>
        <translation>case.outcome 必须是 accepted、notice 或 refused。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>case.status &quot;%1&quot; does not fit the outcome %2.</source>
        <translation>case.status“%1”与处理结论 %2 不符。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>case.subject, case.clerk and case.window must be given (at most %1 characters each).</source>
        <translation>必须提供 case.subject、case.clerk 和 case.window（每项最多 %1 个字符）。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>case.bundle must be true or false.</source>
        <translation>case.bundle 必须是 true 或 false。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>case.createdAt must be an ISO-8601 time.</source>
        <translation>case.createdAt 必须是 ISO-8601 时间。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>case.acceptedOn must be a date written YYYY-MM-DD.</source>
        <translation>case.acceptedOn 必须是 YYYY-MM-DD 格式的日期。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>case.acceptedOn %1 is in the future.</source>
        <translation>case.acceptedOn %1 是将来的日期。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>case.deadline must be empty or a date written YYYY-MM-DD.</source>
        <translation>case.deadline 必须为空，或是 YYYY-MM-DD 格式的日期。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>case.%1 must be a JSON object.</source>
        <translation>case.%1 必须是 JSON 对象。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>case.materials must be a list of objects with an id.</source>
        <translation>case.materials 必须是带有 id 的对象列表。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>case.reason and case.legalBasis must be text of at most %1 characters.</source>
        <translation>case.reason 和 case.legalBasis 必须是最多 %1 个字符的文本。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>case.applicant must be an object with kind (person or organization), identifier and name.</source>
        <translation>case.applicant 必须是包含 kind（person 或 organization）、identifier 和 name 的对象。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>case.applicant.identifier is not a valid resident ID number in normalized form%1</source>
        <translation>case.applicant.identifier 不是规范格式的有效居民身份证号码%1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>case.applicant.identifier is not a valid unified social credit code in normalized form%1</source>
        <translation>case.applicant.identifier 不是规范格式的有效统一社会信用代码%1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>case.steps must be a list.</source>
        <translation>case.steps 必须是列表。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An accepted case needs its department steps (case.steps is empty).</source>
        <translation>已受理的办件必须有部门办理环节（case.steps 为空）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A case with the outcome %1 has no department steps.</source>
        <translation>处理结论为 %1 的办件没有部门办理环节。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A case has at most %1 steps.</source>
        <translation>一个办件最多有 %1 个办理环节。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>case.steps[%1]: positions must be 1, 2, 3 … in order.</source>
        <translation>case.steps[%1]：环节序号必须依次为 1、2、3……</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Step %1 needs its matter and department codes.</source>
        <translation>环节 %1 需要事项编码和部门编码。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Step %1: a new case&apos;s step is pending, in_progress or completed, not &quot;%2&quot;.</source>
        <translation>环节 %1：新办件的环节状态应为 pending、in_progress 或 completed，而不是“%2”。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Step %1: workingDays must be a whole number from 0 to 10000.</source>
        <translation>环节 %1：workingDays 必须是 0 至 10000 之间的整数。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Step %1: the deadline must be a date written YYYY-MM-DD, not before the acceptance date.</source>
        <translation>环节 %1：办结期限必须是 YYYY-MM-DD 格式的日期，且不早于受理日期。</translation>
    </message>
</context>
<context>
    <name>HubAccounts</name>
    <message>
        <location filename="../server/auth/HubAccounts.cpp" line="+23"/>
        <source>An account name is 2–64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>账号名为 2–64 个字母、数字、“.”、“_”或“-”。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unknown role &quot;%1&quot;: use clerk, department or admin.</source>
        <translation>未知角色“%1”：请使用 clerk、department 或 admin。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A department account names its department; other accounts do not.</source>
        <translation>部门账号须指定所属部门；其他账号不指定部门。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The password must have at least 8 characters.</source>
        <translation>密码至少 8 个字符。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Unknown account or wrong password.</source>
        <translation>账号不存在或密码错误。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Too many wrong passwords: this account is locked until %1 (UTC).</source>
        <translation>密码错误次数过多：此账号已锁定至 %1（UTC）。</translation>
    </message>
</context>
<context>
    <name>HubDatabase</name>
    <message>
        <location filename="../server/storage/HubDatabase.cpp" line="+72"/>
        <source>The SQLite storage needs a file: sqlite:/path/to/hub.db</source>
        <translation>SQLite 存储需要指定文件：sqlite:/path/to/hub.db</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The PostgreSQL storage must look like postgresql://user[:password]@host[:port]/dbname</source>
        <translation>PostgreSQL 存储的格式应为 postgresql://user[:password]@host[:port]/dbname</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Qt&apos;s PostgreSQL driver (QPSQL) is not installed (Debian package libqt6sql6-psql).</source>
        <translation>未安装 Qt 的 PostgreSQL 驱动（QPSQL）（Debian 软件包 libqt6sql6-psql）。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Unknown storage &quot;%1&quot;: use sqlite:/path/to/hub.db or postgresql://user@host:port/dbname</source>
        <translation>未知的存储“%1”：请使用 sqlite:/path/to/hub.db 或 postgresql://user@host:port/dbname</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot open the hub database %1: %2</source>
        <translation>无法打开中心平台数据库 %1：%2</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>The hub database has schema version %1, newer than this hub (%2). Use a newer onewindow-hub.</source>
        <translation>中心平台数据库的结构版本为 %1，高于本中心平台程序（%2）。请使用更新版本的 onewindow-hub。</translation>
    </message>
</context>
<context>
    <name>HubMain</name>
    <message>
        <location filename="../server/main.cpp" line="+27"/>
        <source>Usage: onewindow-hub &lt;command&gt; [options]

Commands:
  serve    serve the API (--storage, --listen, --port-file, --tls-cert, --tls-key, --allow-plain-http, --registries, --config)
  init     create or upgrade the database (--storage, --demo, --catalog)
  account  add or replace an account: account USER --role R [--department D] [--name N]; password on stdin
  catalog  publish a catalog file: catalog FILE
  routes   list the API routes
  version  print the version

Options may also come from the environment (OW_HUB_STORAGE, OW_HUB_LISTEN, OW_HUB_REGISTRIES) or an INI file given with --config ([hub] storage=, listen=, tls-cert=, tls-key=, registries=). Flags win over the environment, the environment over the file.
</source>
        <translation>用法：onewindow-hub &lt;命令&gt; [选项]

命令：
  serve    提供 API 服务（--storage、--listen、--port-file、--tls-cert、--tls-key、--allow-plain-http、--registries、--config）
  init     创建或升级数据库（--storage、--demo、--catalog）
  account  添加或替换账号：account 用户名 --role 角色 [--department 部门] [--name 姓名]；密码从标准输入读取
  catalog  发布事项目录文件：catalog 文件
  routes   列出 API 路由
  version  显示版本

选项也可以来自环境变量（OW_HUB_STORAGE、OW_HUB_LISTEN、OW_HUB_REGISTRIES）或通过 --config 指定的 INI 文件（[hub] storage=、listen=、tls-cert=、tls-key=、registries=）。命令行参数优先于环境变量，环境变量优先于配置文件。
</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>No config file %1.</source>
        <translation>配置文件 %1 不存在。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>serve needs --storage and --listen HOST:PORT (e.g. 127.0.0.1:8470).</source>
        <translation>serve 需要 --storage 和 --listen 主机:端口（例如 127.0.0.1:8470）。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cannot write the port file: %1</source>
        <translation>无法写入端口文件：%1</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Give --storage (or OW_HUB_STORAGE).</source>
        <translation>请提供 --storage（或 OW_HUB_STORAGE）。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Account %1 saved.</source>
        <translation>账号 %1 已保存。</translation>
    </message>
</context>
<context>
    <name>HubSecrets</name>
    <message>
        <location filename="../server/auth/HubSecrets.cpp" line="+53"/>
        <source>The system&apos;s random number generator failed.</source>
        <translation>系统随机数生成器故障。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Could not generate the hub&apos;s SM2 signing key.</source>
        <translation>无法生成中心平台的 SM2 签名密钥。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The hub&apos;s stored secrets are damaged (hub_setting %1 / %2).</source>
        <translation>中心平台存储的密钥数据已损坏（hub_setting %1 / %2）。</translation>
    </message>
</context>
<context>
    <name>HubServer</name>
    <message>
        <location filename="../server/HubServer.cpp" line="+73"/>
        <source>The reference registries in %1 were not loaded:
%2</source>
        <translation>%1 中的核验基础库未加载：
%2</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Cannot read the TLS certificate or key (%1, %2).</source>
        <translation>无法读取 TLS 证书或私钥（%1，%2）。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The TLS certificate or key is not valid PEM.</source>
        <translation>TLS 证书或私钥不是有效的 PEM 格式。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Refusing plain HTTP on %1: give --tls-cert and --tls-key, or --allow-plain-http behind a TLS proxy.</source>
        <translation>拒绝在 %1 上使用明文 HTTP：请提供 --tls-cert 和 --tls-key，或在 TLS 代理之后使用 --allow-plain-http。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot listen on %1:%2 (in use, or not allowed).</source>
        <translation>无法在 %1:%2 上监听（端口已被占用或不允许使用）。</translation>
    </message>
</context>
<context>
    <name>HubSetup</name>
    <message>
        <location filename="../server/HubSetup.cpp" line="+54"/>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 changed, %2 removed, %3 unchanged</source>
        <translation>更新 %1 项，删除 %2 项，未变 %3 项</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Hub database ready (%1, schema %2). Calendars: %3.</source>
        <translation>中心平台数据库已就绪（%1，结构版本 %2）。日历：%3。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Hub administrator</source>
        <translation>中心平台管理员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Demo clerk</source>
        <translation>演示窗口人员</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Demo catalog: %1. Demo accounts: admin, clerk01 and one dept-&lt;id&gt; per department (%2).</source>
        <translation>演示事项目录：%1。演示账号：admin、clerk01，以及每个部门一个 dept-&lt;部门标识&gt;（%2）。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Catalog published: %1.</source>
        <translation>事项目录已发布：%1。</translation>
    </message>
</context>
<context>
    <name>Registries</name>
    <message>
        <location filename="../server/verification/Registries.cpp" line="+37"/>
        <source>The directory holds no registry files (*.json).</source>
        <translation>该目录中没有登记库文件（*.json）。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot read the file: %1.</source>
        <translation>无法读取文件：%1。</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../server/verification/RegistryFile.cpp" line="+62"/>
        <source>The file is larger than %1 MiB.</source>
        <translation>文件超过 %1 MiB。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>“%1” is not a registry this hub knows.</source>
        <translation>“%1”不是本中心平台识别的登记库。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The registry “%1” is already given by %2.</source>
        <translation>登记库“%1”已由 %2 提供。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No file gives the registry “%1”.</source>
        <translation>没有文件提供登记库“%1”。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Not checked: it refers to the registry in %1, which has problems.</source>
        <translation>未校验：它引用了 %1 中的登记库，而该登记库存在问题。</translation>
    </message>
    <message>
        <location filename="../server/verification/RegistryFile.cpp" line="-15"/>
        <source>More problems were found; only the first %1 are listed.</source>
        <translation>还发现了更多问题；仅列出前 %1 个。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Not valid JSON: %1.</source>
        <translation>不是有效的 JSON：%1。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file must hold one JSON object.</source>
        <translation>文件必须是一个 JSON 对象。</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+168"/>
        <source>Unknown member “%1”.</source>
        <translation>未知成员“%1”。</translation>
    </message>
    <message>
        <location line="-164"/>
        <source>“format” must be “onewindow-registry”: this is not a registry file.</source>
        <translation>“format”必须是“onewindow-registry”：这不是登记库文件。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This hub reads registry files of version %1 only.</source>
        <translation>本中心平台只读取版本 %1 的登记库文件。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“registry” must name the registry.</source>
        <translation>“registry”必须写明登记库名称。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“source” must name the authority the data comes from.</source>
        <translation>“source”必须写明数据来源机关。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“note” must be text.</source>
        <translation>“note”必须是文本。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“records” must be an array of records.</source>
        <translation>“records”必须是记录数组。</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>A record must be a JSON object.</source>
        <translation>每条记录必须是 JSON 对象。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>This must be a JSON object.</source>
        <translation>此处必须是 JSON 对象。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>“%1” is missing.</source>
        <translation>缺少“%1”。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>“%1” must be text that is not empty.</source>
        <translation>“%1”必须是非空文本。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” starts or ends with white space.</source>
        <translation>“%1”开头或结尾有空白字符。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” is longer than %2 characters.</source>
        <translation>“%1”超过 %2 个字符。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>“%1” must be a date written as yyyy-MM-dd, such as 2024-06-30.</source>
        <translation>“%1”必须是 yyyy-MM-dd 格式的日期，例如 2024-06-30。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>“%1” must be a number above zero.</source>
        <translation>“%1”必须是大于零的数。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>“%1” must be a list with at least one entry.</source>
        <translation>“%1”必须是至少包含一项的列表。</translation>
    </message>
    <message>
        <location filename="../server/verification/RegistryParsersBusiness.cpp" line="+56"/>
        <source>The company is established in the future.</source>
        <translation>企业成立日期是将来的日期。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The term of operation ends before it begins.</source>
        <translation>营业期限的结束日期早于开始日期。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The credit code appears twice (first at line %1).</source>
        <translation>统一社会信用代码重复（首次出现在第 %1 行）。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Write the project code as %1.</source>
        <translation>项目代码应写作 %1。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The project code appears twice (first at line %1).</source>
        <translation>项目代码重复（首次出现在第 %1 行）。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The project code says the project is not “%1”.</source>
        <translation>根据项目代码，该项目不是“%1”类项目。</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../server/verification/RegistryParsersProperty.cpp" line="+83"/>
        <source>No legal person with the credit code %1 is in the companies registry.</source>
        <translation>法人库中没有统一社会信用代码为 %1 的法人。</translation>
    </message>
    <message>
        <location filename="../server/verification/RegistryParsersPeople.cpp" line="+65"/>
        <source>The marital status “%1” contradicts the marriage registry, which says “%2”.</source>
        <translation>婚姻状况“%1”与婚姻登记库记载的“%2”不一致。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Write the ID number as %1.</source>
        <translation>公民身份号码应写作 %1。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Write the credit code as %1.</source>
        <translation>统一社会信用代码应写作 %1。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>“%1” is not one of: %2.</source>
        <translation>“%1”不是以下之一：%2。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The ID number appears twice (first at line %1).</source>
        <translation>公民身份号码重复（首次出现在第 %1 行）。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>A marriage certificate number looks like J440304-2001-001187.</source>
        <translation>结婚证字号的格式类似 J440304-2001-001187。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The certificate number appears twice (first at line %1).</source>
        <translation>证书编号重复（首次出现在第 %1 行）。</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../server/verification/RegistryParsersProperty.cpp" line="-11"/>
        <source>No person with the ID number %1 is in the persons registry.</source>
        <translation>人口库中没有公民身份号码为 %1 的人员。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Both spouses have the same ID number.</source>
        <translation>配偶双方的公民身份号码相同。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The marriage is registered in the future.</source>
        <translation>结婚登记日期是将来的日期。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A marriage that ended needs both “endedOn” and “endReason”; one that subsists has neither.</source>
        <translation>已解除的婚姻须同时有“endedOn”和“endReason”；存续的婚姻两者都不应有。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The marriage cannot end before it was registered or in the future.</source>
        <translation>婚姻解除日期不能早于登记日期，也不能是将来的日期。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The marriage ended by death, but neither spouse is recorded as deceased.</source>
        <translation>婚姻因死亡而终止，但配偶双方均未记载为已死亡。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 was registered while the marriage %2 of the same person still subsisted.</source>
        <translation>%1 登记时，同一人的婚姻 %2 仍然存续。</translation>
    </message>
    <message>
        <location filename="../server/verification/RegistryParsersProperty.cpp" line="-32"/>
        <source>Write the unit number as %1.</source>
        <translation>不动产单元号应写作 %1。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not a division in the division code table.</source>
        <translation>%1 不是行政区划代码表中的行政区划。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Give either “idNumber” (a person) or “creditCode” (a legal person).</source>
        <translation>请提供“idNumber”（自然人）或“creditCode”（法人）之一。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The registry names %1 “%2”, not “%3”.</source>
        <translation>登记库中 %1 的名称为“%2”，而不是“%3”。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>An amount is written in yuan with two decimals, such as 80433.00.</source>
        <translation>金额以元为单位并保留两位小数，例如 80433.00。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>A mortgaged unit names its mortgagee; other units have none.</source>
        <translation>已抵押的不动产单元须写明抵押权人；其他单元不写。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A seized unit names who seized it; other units have none.</source>
        <translation>已查封的不动产单元须写明查封机关；其他单元不写。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The unit number appears twice (first at line %1).</source>
        <translation>不动产单元号重复（首次出现在第 %1 行）。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The unit %1 is not in the property registry.</source>
        <translation>不动产登记库中没有不动产单元 %1。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The taxes are declared in the future.</source>
        <translation>纳税申报日期是将来的日期。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Paid taxes have “paidOn” and “voucherNumber”; unpaid taxes have neither.</source>
        <translation>已缴税款须有“paidOn”和“voucherNumber”；未缴税款两者都不应有。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The taxes cannot be paid before they were declared or in the future.</source>
        <translation>缴税日期不能早于申报日期，也不能是将来的日期。</translation>
    </message>
</context>
<context>
    <name>RegistryIdentifiers</name>
    <message>
        <location filename="../server/verification/RegistryIdentifiers.cpp" line="+33"/>
        <source>Enter the 28-character real estate unit number.</source>
        <translation>请输入 28 位不动产单元号。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A real estate unit number has 28 characters; this one has %1.</source>
        <translation>不动产单元号应为 28 位，输入的是 %1 位。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A real estate unit number begins with the six digits of its county.</source>
        <translation>不动产单元号的前 6 位是所在县级行政区划代码。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Characters 7 to 12 of a real estate unit number are the six digits of its cadastral zone and sub-zone.</source>
        <translation>不动产单元号的第 7 至 12 位是地籍区和地籍子区的 6 位代码。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Character 13 of a real estate unit number is G (state-owned land), J (collective land) or Z (disputed), not %1.</source>
        <translation>不动产单元号的第 13 位应为 G（国有土地）、J（集体土地）或 Z（土地权属争议），而不是 %1。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Character 14 of a real estate unit number is the letter of the parcel&apos;s type, not %1.</source>
        <translation>不动产单元号的第 14 位是宗地类型字母，而不是 %1。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Characters 15 to 19 of a real estate unit number are the five digits of the parcel.</source>
        <translation>不动产单元号的第 15 至 19 位是 5 位宗地顺序号。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Character 20 of a real estate unit number is F (building), L (trees), Q (other fixture) or W (none), not %1.</source>
        <translation>不动产单元号的第 20 位应为 F（房屋等建筑物、构筑物）、L（森林、林木）、Q（其他定着物）或 W（无定着物），而不是 %1。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A real estate unit number ends in eight digits: the building and the unit in it.</source>
        <translation>不动产单元号以 8 位数字结尾：定着物的幢号及其中的单元号。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A real estate unit without fixtures (W) ends in eight zeros.</source>
        <translation>无定着物（W）的不动产单元，其单元号以 8 个 0 结尾。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Enter the project code, such as 2019-130100-47-01-000123.</source>
        <translation>请输入项目代码，例如 2019-130100-47-01-000123。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A project code looks like 2019-130100-47-01-000123: year, division, industry, type and serial number joined by hyphens.</source>
        <translation>项目代码的格式类似 2019-130100-47-01-000123：由年份、行政区划、行业、类型和流水号以连字符连接而成。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The project code&apos;s year %1 is not possible.</source>
        <translation>项目代码中的年份 %1 不可能存在。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The project code&apos;s type %1 is not 01 (审批), 02 (核准) or 03 (备案).</source>
        <translation>项目代码中的类型 %1 不是 01（审批）、02（核准）或 03（备案）。</translation>
    </message>
</context>
<context>
    <name>StepActions</name>
    <message>
        <location filename="../server/cases/StepActions.cpp" line="+19"/>
        <source>The hub&apos;s storage failed (%1); nothing was changed. Try again.</source>
        <translation>中心平台存储故障（%1）；未做任何修改。请重试。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>There is no case %1.</source>
        <translation>办件 %1 不存在。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Case %1 has no step %2.</source>
        <translation>办件 %1 没有环节 %2。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Step %1 of case %2 belongs to department %3; your account acts for %4.</source>
        <translation>办件 %2 的环节 %1 属于部门 %3；您的账号代表的是 %4。</translation>
    </message>
</context>
<context>
    <name>StepWorkflow</name>
    <message>
        <location filename="../server/cases/StepWorkflow.cpp" line="+79"/>
        <source>pending</source>
        <translation>待办理</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>in progress</source>
        <translation>办理中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>approved</source>
        <translation>已通过</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>completed</source>
        <translation>已办结</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rejected</source>
        <translation>未通过</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>waiting for a supplement</source>
        <translation>待补正</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>suspended</source>
        <translation>已中止</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>action must be one of: approve, complete, reject, supplement, suspend, resume, extend.</source>
        <translation>action 必须是以下之一：approve、complete、reject、supplement、suspend、resume、extend。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>opinion must be text.</source>
        <translation>opinion 必须是文本。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The opinion is longer than %1 characters.</source>
        <translation>办理意见超过 %1 个字符。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Give an opinion with “%1”: the applicant is told why.</source>
        <translation>执行“%1”时请填写办理意见：需要告知申请人原因。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>An extension needs days: a whole number of working days from 1 to %1.</source>
        <translation>延期需要天数：1 至 %1 之间的整数个工作日。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>days goes only with the action extend.</source>
        <translation>days 只能与 extend 操作一起使用。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Step %1 is already %2; nothing more can be done on it.</source>
        <translation>环节 %1 已为“%2”，不能再做任何操作。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only a suspended step (or one waiting for a supplement) can be resumed; step %1 is %2.</source>
        <translation>只有已中止（或待补正）的环节才能恢复办理；环节 %1 当前为“%2”。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Step %1 is already suspended (since %2).</source>
        <translation>环节 %1 已中止（自 %2 起）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Step %1 is suspended since %2: resume it first.</source>
        <translation>环节 %1 自 %2 起已中止：请先恢复办理。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” is not possible on step %2 while it is %3.</source>
        <translation>环节 %2 为“%3”时不能执行“%1”。</translation>
    </message>
</context>
<context>
    <name>SyncRoutes</name>
    <message>
        <location filename="../server/routes/SyncRoutes.cpp" line="+40"/>
        <source>since must be a cursor (0 or more) and limit 1–%1.</source>
        <translation>since 必须是游标（0 或以上），limit 必须在 1–%1 之间。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>size must be a whole number from 1 to %1.</source>
        <translation>size 必须是 1 至 %1 之间的整数。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The numbers of %1 are used up for this year.</source>
        <translation>前缀 %1 本年度的受理编号已用完。</translation>
    </message>
</context>
<context>
    <name>TokenService</name>
    <message>
        <location filename="../server/auth/TokenService.cpp" line="+45"/>
        <location line="+16"/>
        <source>The token is malformed; log in again.</source>
        <translation>令牌格式错误；请重新登录。</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>The token&apos;s signature does not match: it was not issued by this hub.</source>
        <translation>令牌签名不符：该令牌不是由本中心平台签发的。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The token has expired; log in again.</source>
        <translation>令牌已过期；请重新登录。</translation>
    </message>
</context>
<context>
    <name>VerificationRoutes</name>
    <message>
        <location filename="../server/routes/VerificationRoutes.cpp" line="+29"/>
        <source>This hub has no reference registries loaded (start it with --registries).</source>
        <translation>本中心平台未加载核验基础库（请使用 --registries 启动）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>subject must be a JSON object.</source>
        <translation>subject 必须是 JSON 对象。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>caseId must be a UUID.</source>
        <translation>caseId 必须是 UUID。</translation>
    </message>
</context>
<context>
    <name>VerificationService</name>
    <message>
        <location filename="../server/verification/VerificationService.cpp" line="+102"/>
        <source>A %1 verification does not take “%2”; its subject has: %3.</source>
        <translation>%1 核验不接受“%2”；其核验对象包含：%3。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The subject of a %1 verification needs “%2”.</source>
        <translation>%1 核验的核验对象需要“%2”。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” of the subject must be text.</source>
        <translation>核验对象的“%1”必须是文本。</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Enter the name as on the ID card (1 to %1 characters).</source>
        <translation>请按身份证上的姓名填写（1 至 %1 个字符）。</translation>
    </message>
    <message>
        <location line="+246"/>
        <source>“%1” is not a kind of verification; the hub answers %2.</source>
        <translation>“%1”不是核验方式；本中心平台提供：%2。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The reference registries are not loaded; verification is not available.</source>
        <translation>核验基础库未加载；无法进行共享核验。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The hub has no signing key; verification is not available.</source>
        <translation>中心平台没有签名密钥；无法进行共享核验。</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The hub could not sign the answer; verification is not available.</source>
        <translation>中心平台无法对应答签名；无法进行共享核验。</translation>
    </message>
</context>
</TS>
