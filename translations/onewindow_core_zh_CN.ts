<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AcceptanceService</name>
    <message>
        <location filename="../app/core/cases/AcceptanceService.cpp" line="+138" />
        <source>The matter %1 of this bundle is not in the catalog.</source>
        <translation>本一件事中的事项 %1 不在事项目录中。</translation>
    </message>
    <message>
        <location line="+31" />
        <source>Applicant ID number: %1</source>
        <translation>申请人公民身份号码：%1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The applicant's ID number must be given in its normalized form.</source>
        <translation>申请人公民身份号码须以规范格式填写。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Applicant credit code: %1</source>
        <translation>申请人统一社会信用代码：%1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The applicant's credit code must be given in its normalized form.</source>
        <translation>申请人统一社会信用代码须以规范格式填写。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The applicant's name is missing.</source>
        <translation>缺少申请人名称。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Agent's ID number: %1</source>
        <translation>经办人公民身份号码：%1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>No clerk is logged in at this window.</source>
        <translation>本窗口没有已登录的工作人员。</translation>
    </message>
    <message>
        <location line="+9" />
        <source>"%1" cannot be replaced by a commitment.</source>
        <translation>“%1”不可以告知承诺方式替代。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>"%1" cannot be satisfied by shared data.</source>
        <translation>“%1”不可通过共享核验提供。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>"%1" cannot be reused from an earlier case.</source>
        <translation>“%1”不可复用以往办件中的材料。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>"%1" is marked reused but no earlier copy was chosen.</source>
        <translation>“%1”已标记为复用，但未选择以往的材料。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>"%1" is marked scanned but no file is attached.</source>
        <translation>“%1”已标记为扫描件，但未附加文件。</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Required materials are missing or incorrect: give a one-time notice instead of accepting.</source>
        <translation>必需的材料缺失或不符合要求：请出具一次性告知书，不予受理。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>A one-time notice must list at least one missing or incorrect item.</source>
        <translation>一次性告知书须列出至少一项缺失或不符合要求的材料。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>A refusal needs its reason.</source>
        <translation>不予受理须说明理由。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>A refusal needs its legal basis.</source>
        <translation>不予受理须写明法律依据。</translation>
    </message>
    <message>
        <location line="+14" />
        <source>The application form has no field "%1".</source>
        <translation>申请表中没有字段“%1”。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>This application asks for no material "%1".</source>
        <translation>本申请不需要材料“%1”。</translation>
    </message>
    <message>
        <location line="+18" />
        <source>The matter or bundle %1 is not in the catalog.</source>
        <translation>事项或一件事 %1 不在事项目录中。</translation>
    </message>
    <message>
        <location line="+48" />
        <source>The earlier copy chosen for "%1" is not this applicant's or is no longer valid.</source>
        <translation>为“%1”选择的以往材料不属于本申请人，或已失效。</translation>
    </message>
</context>
<context>
    <name>AccountRules</name>
    <message>
        <location filename="../app/core/accounts/AccountRules.cpp" line="+41" />
        <source>Enter a login.</source>
        <translation>请输入登录名。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>A login has %1 to %2 characters: lower-case letters a–z, digits, dot, underscore or hyphen.</source>
        <translation>登录名长度为 %1 至 %2 个字符，只能包含小写字母 a–z、数字、点、下划线或连字符。</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Enter the clerk's name.</source>
        <translation>请输入工作人员姓名。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>A name has at most %1 characters.</source>
        <translation>姓名最多 %1 个字符。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The name contains control characters.</source>
        <translation>姓名中含有控制字符。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>A window name has at most %1 characters.</source>
        <translation>窗口名称最多 %1 个字符。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The window name contains control characters.</source>
        <translation>窗口名称中含有控制字符。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>A password has at least %1 characters.</source>
        <translation>密码至少 %1 个字符。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>A password has at most %1 characters.</source>
        <translation>密码最多 %1 个字符。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The password must not be the login.</source>
        <translation>密码不能与登录名相同。</translation>
    </message>
</context>
<context>
    <name>ApplicationFormCheck</name>
    <message>
        <location filename="../app/core/cases/ApplicationFormCheck.cpp" line="+43" />
        <location line="+5" />
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1, row %2: %3</source>
        <translation>%1 第 %2 行：%3</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1, row %2, %3: %4</source>
        <translation>%1 第 %2 行 %3：%4</translation>
    </message>
</context>
<context>
    <name>CalendarFile</name>
    <message>
        <location filename="../app/core/calendar/CalendarFile.cpp" line="+26" />
        <source>The calendar file for %1 has no list “%2”.</source>
        <translation>%1 年的日历文件缺少列表“%2”。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Entry %1 of “%2” is not an object with a “date” and a “name”.</source>
        <translation>“%2”的第 %1 项不是含“date”和“name”的对象。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Entry %1 of “%2”: “%3” is not a date written as YYYY-MM-DD.</source>
        <translation>“%2”的第 %1 项：“%3”不是 YYYY-MM-DD 格式的日期。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Entry %1 of “%2”: %3 is not in %4.</source>
        <translation>“%2”的第 %1 项：%3 不在 %4 年内。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Entry %1 of “%2”: %3 has no name.</source>
        <translation>“%2”的第 %1 项：%3 没有名称。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Entry %1 of “%2”: %3 is not a Saturday or Sunday, so it cannot be a make-up working day.</source>
        <translation>“%2”的第 %1 项：%3 不是周六或周日，不能作为调休上班日。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Entry %1 of “%2”: %3 is listed twice.</source>
        <translation>“%2”的第 %1 项：%3 重复列出。</translation>
    </message>
    <message>
        <location line="+33" />
        <source>The calendar file is not valid JSON: %1 at byte %2.</source>
        <translation>日历文件不是有效的 JSON：第 %2 字节处%1。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The calendar file must hold one JSON object.</source>
        <translation>日历文件必须是一个 JSON 对象。</translation>
    </message>
    <message>
        <location line="+9" />
        <source>The calendar file gives no year from %1 to %2 in “year”.</source>
        <translation>日历文件的“year”中没有 %1 至 %2 之间的年份。</translation>
    </message>
    <message>
        <location line="+12" />
        <source>The calendar file for %1 does not name its source in “source”.</source>
        <translation>%1 年的日历文件未在“source”中注明来源。</translation>
    </message>
</context>
<context>
    <name>CaseHubStatusStore</name>
    <message>
        <location filename="../app/core/sync/CaseHubStatusStore.cpp" line="+46" />
        <source>a step is not an object</source>
        <translation>办理环节不是对象</translation>
    </message>
    <message>
        <location line="+9" />
        <source>a step's position or days are not whole numbers</source>
        <translation>办理环节的序号或天数不是整数</translation>
    </message>
    <message>
        <location line="+11" />
        <source>step %1: matter, department or opinion is not text</source>
        <translation>环节 %1：事项、部门或意见不是文本</translation>
    </message>
    <message>
        <location line="+8" />
        <source>step %1 has the unknown status “%2”</source>
        <translation>环节 %1 的状态“%2”无法识别</translation>
    </message>
    <message>
        <location line="+5" />
        <source>step %1 has a date that is not YYYY-MM-DD</source>
        <translation>环节 %1 中有日期不是 YYYY-MM-DD 格式</translation>
    </message>
    <message>
        <location line="+7" />
        <source>step %1's updatedAt is not an ISO-8601 time</source>
        <translation>环节 %1 的 updatedAt 不是 ISO-8601 时间</translation>
    </message>
    <message>
        <location line="+4" />
        <source>step %1's updatedAt is not text</source>
        <translation>环节 %1 的 updatedAt 不是文本</translation>
    </message>
    <message>
        <location line="+18" />
        <source>its caseId does not match the change's key</source>
        <translation>其 caseId 与该变更的键不一致</translation>
    </message>
    <message>
        <location line="+2" />
        <source>it has no receipt number</source>
        <translation>缺少受理编号</translation>
    </message>
    <message>
        <location line="+2" />
        <source>it has the unknown status “%1”</source>
        <translation>其状态“%1”无法识别</translation>
    </message>
    <message>
        <location line="+2" />
        <source>its deadline is not YYYY-MM-DD</source>
        <translation>其办结期限不是 YYYY-MM-DD 格式</translation>
    </message>
    <message>
        <location line="+2" />
        <source>its steps are not a list</source>
        <translation>其办理环节不是列表</translation>
    </message>
</context>
<context>
    <name>CaseText</name>
    <message>
        <location filename="../app/core/cases/CaseKeys.cpp" line="+98" />
        <source>Accepted</source>
        <translation>已受理</translation>
    </message>
    <message>
        <location line="+2" />
        <source>One-time notice</source>
        <translation>一次性告知</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+15" />
        <source>Refused</source>
        <translation>不予受理</translation>
    </message>
    <message>
        <location line="-6" />
        <location line="+17" />
        <source>In progress</source>
        <translation>办理中</translation>
    </message>
    <message>
        <location line="-15" />
        <location line="+17" />
        <source>Completed</source>
        <translation>已办结</translation>
    </message>
    <message>
        <location line="-15" />
        <source>Notice given</source>
        <translation>已一次性告知</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Pending</source>
        <translation>待办理</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Rejected</source>
        <translation>未通过</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Supplement requested</source>
        <translation>需补正</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Suspended</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Paper original checked</source>
        <translation>已核验纸质原件</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Scanned file attached</source>
        <translation>已附扫描件</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Reused from an earlier case</source>
        <translation>复用以往办件材料</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Verified by shared data</source>
        <translation>已共享核验</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Replaced by a signed commitment</source>
        <translation>以签署的告知承诺书替代</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Incorrect</source>
        <translation>不符合要求</translation>
    </message>
</context>
<context>
    <name>CatalogChangeApplier</name>
    <message>
        <location filename="../app/core/sync/CatalogChangeApplier.cpp" line="+47" />
        <source>the department's id “%1” is not the change's key</source>
        <translation>部门标识“%1”与该变更的键不一致</translation>
    </message>
    <message>
        <location line="+27" />
        <source>the matter's implementation code “%1” is not the change's key</source>
        <translation>事项实施编码“%1”与该变更的键不一致</translation>
    </message>
    <message>
        <location line="+15" />
        <source>its department “%1” is not in the catalog</source>
        <translation>其所属部门“%1”不在事项目录中</translation>
    </message>
    <message>
        <location line="+10" />
        <source>“%1” is already the code of a bundle</source>
        <translation>“%1”已是某个一件事的编码</translation>
    </message>
    <message>
        <location line="+84" />
        <source>the bundle's code “%1” is not the change's key</source>
        <translation>一件事编码“%1”与该变更的键不一致</translation>
    </message>
    <message>
        <location line="+8" />
        <source>“%1” is already the code of a matter</source>
        <translation>“%1”已是某个事项的编码</translation>
    </message>
    <message numerus="yes">
        <location line="+29" />
        <source>the department still has %n matter(s) in the catalog</source>
        <translation>
            <numerusform>该部门在事项目录中仍有 %n 个事项</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10" />
        <source>“%1” is no kind of catalog item</source>
        <translation>“%1”不是任何一种目录条目</translation>
    </message>
</context>
<context>
    <name>CatalogJson</name>
    <message>
        <location filename="../app/core/catalog/CatalogJsonParser.cpp" line="+120" />
        <location filename="../app/core/catalog/CatalogJsonConditions.cpp" line="+67" />
        <source>is missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <location line="+4" />
        <location line="+67" />
        <source>must be text</source>
        <translation>必须是文本</translation>
    </message>
    <message>
        <location line="-62" />
        <location line="+67" />
        <location line="+47" />
        <source>must not be empty</source>
        <translation>不能为空</translation>
    </message>
    <message numerus="yes">
        <location line="-112" />
        <location line="+114" />
        <source>is longer than %n characters</source>
        <translation>
            <numerusform>超过 %n 个字符</numerusform>
        </translation>
    </message>
    <message>
        <location line="-101" />
        <source>must be a whole number from %1 to %2</source>
        <translation>必须是 %1 至 %2 之间的整数</translation>
    </message>
    <message>
        <location line="+13" />
        <location filename="../app/core/catalog/CatalogJsonConditions.cpp" line="+16" />
        <source>must be a number</source>
        <translation>必须是数字</translation>
    </message>
    <message>
        <location line="+13" />
        <location filename="../app/core/catalog/CatalogJsonConditions.cpp" line="+3" />
        <source>must be true or false</source>
        <translation>必须是 true 或 false</translation>
    </message>
    <message>
        <location line="+14" />
        <source>must be a list of texts</source>
        <translation>必须是文本列表</translation>
    </message>
    <message>
        <location filename="../app/core/catalog/CatalogJsonConditions.cpp" line="-71" />
        <source>a condition must be an object</source>
        <translation>条件必须是对象</translation>
    </message>
    <message>
        <location line="+17" />
        <source>a condition on a field needs equals, in, greaterThan, lessThan or isSet</source>
        <translation>针对字段的条件需要 equals、in、greaterThan、lessThan 或 isSet 之一</translation>
    </message>
    <message>
        <location line="+3" />
        <source>a condition needs “field” or one of all, any, not</source>
        <translation>条件需要“field”或 all、any、not 之一</translation>
    </message>
    <message>
        <location line="+5" />
        <source>has several operators (%1): write one per condition and combine them with all or any</source>
        <translation>包含多个运算符（%1）：每个条件只写一个，再用 all 或 any 组合</translation>
    </message>
    <message>
        <location line="+12" />
        <source>does not go with “%1”: name the fields in the conditions inside it</source>
        <translation>不能与“%1”同时使用：请在其内部的条件中写明字段</translation>
    </message>
    <message>
        <location line="+5" />
        <source>must be a non-empty list of conditions</source>
        <translation>必须是非空的条件列表</translation>
    </message>
    <message>
        <location line="+12" />
        <source>must be a field id</source>
        <translation>必须是字段 ID</translation>
    </message>
    <message>
        <location line="+6" />
        <source>must be a text, a number, true or false</source>
        <translation>必须是文本、数字、true 或 false</translation>
    </message>
    <message>
        <location line="+5" />
        <source>must be a non-empty list of texts, numbers, true or false</source>
        <translation>必须是由文本、数字、true 或 false 组成的非空列表</translation>
    </message>
    <message>
        <location filename="../app/core/catalog/CatalogJsonParser.cpp" line="+47" />
        <source>must be a list of options</source>
        <translation>必须是选项列表</translation>
    </message>
    <message>
        <location line="+23" />
        <source>must be a text or an object with “value” and “label”</source>
        <translation>必须是文本，或包含“value”和“label”的对象</translation>
    </message>
    <message>
        <location filename="../app/core/catalog/CatalogJson.cpp" line="+156" />
        <location filename="../app/core/catalog/CatalogJsonParser.cpp" line="+4" />
        <source>“%1” is listed twice</source>
        <translation>“%1”重复列出</translation>
    </message>
    <message>
        <location filename="../app/core/catalog/CatalogJsonParser.cpp" line="+15" />
        <source>“%1” must name this field itself: “case.%2” (the same field in the applicant's last case)</source>
        <translation>“%1”必须指向本字段自身：“case.%2”（申请人上一次办件中的同一字段）</translation>
    </message>
    <message>
        <location line="+14" />
        <source>“%1” is not a prefill source; use one of %2</source>
        <translation>“%1”不是预填来源；请使用 %2 之一</translation>
    </message>
    <message>
        <location line="+6" />
        <source>“%1” cannot fill a field of type %2</source>
        <translation>“%1”不能填充类型为 %2 的字段</translation>
    </message>
    <message>
        <location line="+7" />
        <source>applies only to text fields</source>
        <translation>仅适用于文本字段</translation>
    </message>
    <message>
        <location line="+4" />
        <source>applies only to number and money fields</source>
        <translation>仅适用于数字和金额字段</translation>
    </message>
    <message>
        <location line="+4" />
        <source>applies only to choice and multi-choice fields</source>
        <translation>仅适用于单选和多选字段</translation>
    </message>
    <message>
        <location line="+2" />
        <source>applies only to group fields</source>
        <translation>仅适用于分组字段</translation>
    </message>
    <message>
        <location line="+11" />
        <source>must be a list of fields</source>
        <translation>必须是字段列表</translation>
    </message>
    <message>
        <location line="+85" />
        <source>must not be more than maxItems (%1)</source>
        <translation>不得大于 maxItems（%1）</translation>
    </message>
    <message>
        <location line="+8" />
        <source>“%1” is not a field of this group</source>
        <translation>“%1”不是本分组的字段</translation>
    </message>
    <message>
        <location line="+3" />
        <source>“%1” is not a number field, so it cannot hold shares that add up to 100 %</source>
        <translation>“%1”不是数字字段，不能存放合计为 100% 的份额</translation>
    </message>
    <message>
        <location filename="../app/core/catalog/CatalogJson.cpp" line="+27" />
        <source>the choice “%1” has different options in its matters, so it cannot be asked once</source>
        <translation>选项“%1”在各事项中的选项不同，不能只询问一次</translation>
    </message>
    <message>
        <location filename="../app/core/catalog/CatalogJsonParser.cpp" line="-211" />
        <source>must be an object</source>
        <translation>必须是对象</translation>
    </message>
    <message>
        <location line="-97" />
        <source>unknown key</source>
        <translation>未知的键</translation>
    </message>
    <message>
        <location line="+2" />
        <source>unknown key (did you mean “%1”?)</source>
        <translation>未知的键（是否指“%1”？）</translation>
    </message>
    <message>
        <location filename="../app/core/catalog/CatalogJson.cpp" line="-101" />
        <location filename="../app/core/catalog/CatalogJsonParser.cpp" line="+106" />
        <source>must start with a lower-case letter and use only a-z, 0-9 and _</source>
        <translation>必须以小写字母开头，且只含 a-z、0-9 和 _</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+20" />
        <location line="+26" />
        <location filename="../app/core/catalog/CatalogJsonParser.cpp" line="+2" />
        <source>“%1” is used twice</source>
        <translation>“%1”重复使用</translation>
    </message>
    <message>
        <location filename="../app/core/catalog/CatalogJsonParser.cpp" line="+122" />
        <source>“%1” is not a field type</source>
        <translation>“%1”不是字段类型</translation>
    </message>
    <message>
        <location line="+11" />
        <source>a group cannot contain another group</source>
        <translation>分组中不能再包含分组</translation>
    </message>
    <message>
        <location line="+14" />
        <source>must not be less than the minimum (%1)</source>
        <translation>不得小于最小值（%1）</translation>
    </message>
    <message>
        <location line="+8" />
        <source>a choice needs at least one option</source>
        <translation>选择项至少需要一个选项</translation>
    </message>
    <message>
        <location line="+27" />
        <source>a group needs at least one field</source>
        <translation>字段组至少需要一个字段</translation>
    </message>
    <message>
        <location line="+30" />
        <source>must be a list of materials</source>
        <translation>必须是材料列表</translation>
    </message>
    <message>
        <location line="+23" />
        <source>must be original, copy or original-and-copy</source>
        <translation>必须是 original、copy 或 original-and-copy</translation>
    </message>
    <message>
        <location line="+10" />
        <source>must be paper, electronic or either</source>
        <translation>必须是 paper、electronic 或 either</translation>
    </message>
    <message>
        <location line="+10" />
        <source>“%1” is not a verification kind; use one of %2</source>
        <translation>“%1”不是核验方式；请使用 %2 之一</translation>
    </message>
    <message>
        <location line="+26" />
        <source>“%1” is not a matter type</source>
        <translation>“%1”不是事项类型</translation>
    </message>
    <message>
        <location line="+5" />
        <source>“%1” is not a department of this catalog</source>
        <translation>“%1”不是本目录中的部门</translation>
    </message>
    <message>
        <location line="+8" />
        <location line="+3" />
        <source>an immediate matter is done at the counter and has no day limit</source>
        <translation>即办事项在窗口当场办结，没有办理时限</translation>
    </message>
    <message>
        <location line="+3" />
        <source>a matter that is not done at once needs a promised time limit</source>
        <translation>非即办件需要承诺办结时限</translation>
    </message>
    <message>
        <location line="+4" />
        <source>the promised time limit cannot exceed the statutory one</source>
        <translation>承诺办结时限不能超过法定办结时限</translation>
    </message>
    <message>
        <location filename="../app/core/catalog/CatalogJsonConditions.cpp" line="+54" />
        <source>the field depends on itself: %1</source>
        <translation>字段依赖于自身：%1</translation>
    </message>
    <message>
        <location line="+53" />
        <source>the condition refers to “%1”, which is not a field of this group</source>
        <translation>条件引用了“%1”，它不是本分组的字段</translation>
    </message>
    <message>
        <location line="+3" />
        <source>the condition refers to “%1”, which is not a field of this matter</source>
        <translation>条件引用的“%1”不是本事项的字段</translation>
    </message>
    <message>
        <location line="+13" />
        <source>“%1” is a %2 field, so it cannot be compared with a number</source>
        <translation>“%1”是%2字段，不能与数字比较</translation>
    </message>
    <message>
        <location line="+21" />
        <source>“%1” is not an option of “%2”</source>
        <translation>“%1”不是“%2”的选项</translation>
    </message>
    <message>
        <location filename="../app/core/catalog/CatalogJson.cpp" line="-108" />
        <source>line %1, %2: %3</source>
        <translation>第 %1 行，%2：%3</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+20" />
        <source>not valid JSON: %1</source>
        <translation>不是有效的 JSON：%1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>must be a JSON object</source>
        <translation>必须是 JSON 对象</translation>
    </message>
    <message>
        <location line="+10" />
        <source>must be “onewindow-catalog”</source>
        <translation>必须是“onewindow-catalog”</translation>
    </message>
    <message>
        <location line="+3" />
        <source>this OneWindow reads catalog format version %1</source>
        <translation>本版一窗受理读取的目录格式版本为 %1</translation>
    </message>
    <message>
        <location line="+7" />
        <source>must be a list of departments</source>
        <translation>必须是部门列表</translation>
    </message>
    <message>
        <location line="+2" />
        <source>at least one department is needed</source>
        <translation>至少需要一个部门</translation>
    </message>
    <message>
        <location line="+25" />
        <source>must be a list of matters</source>
        <translation>必须是事项列表</translation>
    </message>
    <message>
        <location line="+24" />
        <source>must be a list of bundles</source>
        <translation>必须是一件事列表</translation>
    </message>
    <message>
        <location line="+21" />
        <source>a bundle needs at least two matters</source>
        <translation>一件事至少需要两个事项</translation>
    </message>
    <message>
        <location line="+24" />
        <source>“%1” is not a matter of this catalog</source>
        <translation>“%1”不是本目录中的事项</translation>
    </message>
    <message>
        <location line="+13" />
        <source>the field “%1” has different types in its matters, so it cannot be asked once</source>
        <translation>字段“%1”在各事项中的类型不同，无法合并为一次填写</translation>
    </message>
</context>
<context>
    <name>ChangeApplier</name>
    <message>
        <location filename="../app/core/sync/ChangeApplier.cpp" line="+85" />
        <source>the key “%1” is not a year</source>
        <translation>键“%1”不是年份</translation>
    </message>
    <message>
        <location line="+22" />
        <source>the key is not &lt;case id&gt;/&lt;kind&gt;</source>
        <translation>键不符合 &lt;办件标识&gt;/&lt;类型&gt; 的格式</translation>
    </message>
    <message>
        <location line="+4" />
        <source>the answer's kind is not the one its key names</source>
        <translation>应答的类型与其键所指的类型不一致</translation>
    </message>
    <message>
        <location line="+7" />
        <source>this OneWindow does not know changes of the kind “%1”</source>
        <translation>本版一窗受理不认识类型为“%1”的变更</translation>
    </message>
</context>
<context>
    <name>ClerkDirectory</name>
    <message>
        <location filename="../app/core/accounts/ClerkDirectory.cpp" line="+38" />
        <location line="+119" />
        <source>Give the account at least one role: clerk, supervisor or administrator.</source>
        <translation>请为账号至少指定一个角色：窗口人员、审核人员或管理员。</translation>
    </message>
    <message>
        <location line="-111" />
        <source>There is already an account “%1”.</source>
        <translation>账号“%1”已存在。</translation>
    </message>
    <message>
        <location line="+8" />
        <location line="+92" />
        <source>The password could not be protected (%1).</source>
        <translation>无法保护密码（%1）。</translation>
    </message>
    <message>
        <location line="+69" />
        <source>“%1” is the last enabled administrator; make another account an administrator first.</source>
        <translation>“%1”是最后一个启用的管理员账号；请先将其他账号设为管理员。</translation>
    </message>
    <message>
        <location line="+26" />
        <source>There is no account “%1”.</source>
        <translation>账号“%1”不存在。</translation>
    </message>
    <message>
        <location filename="../app/core/accounts/ClerkAuthentication.cpp" line="+48" />
        <source>Too many wrong passwords: this account is locked. Try again in %1 min.</source>
        <translation>密码错误次数过多，此账号已锁定。请 %1 分钟后再试。</translation>
    </message>
    <message>
        <location line="+27" />
        <source>Only %1, a supervisor or an administrator can unlock this screen.</source>
        <translation>只有 %1、审核人员或管理员可以解锁此屏幕。</translation>
    </message>
    <message>
        <location line="+42" />
        <source>This account is disabled; ask an administrator.</source>
        <translation>此账号已停用，请联系管理员。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>This account may not do that.</source>
        <translation>此账号无权执行该操作。</translation>
    </message>
    <message>
        <location line="+53" />
        <source>Wrong login or password.</source>
        <translation>登录名或密码错误。</translation>
    </message>
</context>
<context>
    <name>Condition</name>
    <message>
        <location filename="../app/core/catalog/Condition.cpp" line="+48" />
        <source>a condition must be an object</source>
        <translation>条件必须是对象</translation>
    </message>
    <message>
        <location line="+6" />
        <source>"all"/"any" need a non-empty array of conditions</source>
        <translation>"all"/"any" 需要非空的条件数组</translation>
    </message>
    <message>
        <location line="+26" />
        <source>a condition needs "field" or "all"/"any"/"not"</source>
        <translation>条件需要 "field" 或 "all"/"any"/"not"</translation>
    </message>
    <message>
        <location line="+9" />
        <source>"in" needs an array</source>
        <translation>"in" 需要数组</translation>
    </message>
    <message>
        <location line="+9" />
        <source>"greaterThan"/"lessThan" need a number</source>
        <translation>"greaterThan"/"lessThan" 需要数字</translation>
    </message>
    <message>
        <location line="+9" />
        <source>condition on "%1" needs equals, in, greaterThan, lessThan or isSet</source>
        <translation>关于 "%1" 的条件需要 equals、in、greaterThan、lessThan 或 isSet</translation>
    </message>
</context>
<context>
    <name>CreditCodeValidator</name>
    <message>
        <location filename="../app/core/validation/CreditCode.cpp" line="+26" />
        <source>Institutional establishment</source>
        <translation>机构编制</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Foreign affairs</source>
        <translation>外交</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Justice administration</source>
        <translation>司法行政</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Culture</source>
        <translation>文化</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Civil affairs</source>
        <translation>民政</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tourism</source>
        <translation>旅游</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Religious affairs</source>
        <translation>宗教</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Trade unions</source>
        <translation>工会</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Market regulation (industry and commerce)</source>
        <translation>市场监管（工商）</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Central Military Commission establishment</source>
        <translation>中央军委改革和编制办公室</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Agriculture</source>
        <translation>农业</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+6" />
        <location line="+2" />
        <location line="+6" />
        <location line="+2" />
        <location line="+4" />
        <location line="+3" />
        <location line="+3" />
        <location line="+2" />
        <location line="+4" />
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location line="-29" />
        <source>Government agency</source>
        <translation>机关</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Public institution</source>
        <translation>事业单位</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Mass organization under central establishment</source>
        <translation>中央编办直接管理机构编制的群众团体</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Resident office of a foreign news agency</source>
        <translation>外国常驻新闻机构</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Law firm</source>
        <translation>律师执业机构</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Notary office</source>
        <translation>公证处</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Grassroots legal service office</source>
        <translation>基层法律服务所</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Judicial appraisal institution</source>
        <translation>司法鉴定机构</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Arbitration commission</source>
        <translation>仲裁委员会</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Foreign cultural centre in China</source>
        <translation>外国在华文化中心</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Social organization</source>
        <translation>社会团体</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Private non-enterprise unit</source>
        <translation>民办非企业单位</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Foundation</source>
        <translation>基金会</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Resident office of a foreign tourism authority</source>
        <translation>外国旅游部门常驻代表机构</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Resident office of a Hong Kong, Macao or Taiwan tourism authority</source>
        <translation>港澳台地区旅游部门常驻内地（大陆）代表机构</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Venue for religious activities</source>
        <translation>宗教活动场所</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Religious college</source>
        <translation>宗教院校</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Grassroots trade union</source>
        <translation>基层工会</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Enterprise</source>
        <translation>企业</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Individual business</source>
        <translation>个体工商户</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Farmers' specialized cooperative</source>
        <translation>农民专业合作社</translation>
    </message>
    <message>
        <location line="+61" />
        <source>This is far too long for a unified social credit code, which has 18 characters.</source>
        <translation>输入过长：统一社会信用代码只有 18 位。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Enter a unified social credit code.</source>
        <translation>请输入统一社会信用代码。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Credit codes never contain the letter I; perhaps it is the digit 1.</source>
        <translation>信用代码中不会出现字母 I，可能是数字 1。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Credit codes never contain the letter O; perhaps it is the digit 0.</source>
        <translation>信用代码中不会出现字母 O，可能是数字 0。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Credit codes never contain the letter S; perhaps it is the digit 5.</source>
        <translation>信用代码中不会出现字母 S，可能是数字 5。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Credit codes never contain the letter V; perhaps it is the letter U.</source>
        <translation>信用代码中不会出现字母 V，可能是字母 U。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Credit codes never contain the letter Z; perhaps it is the digit 2.</source>
        <translation>信用代码中不会出现字母 Z，可能是数字 2。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>A credit code contains only digits and capital letters other than I, O, S, V and Z; %1 is not allowed.</source>
        <translation>信用代码只含数字和大写字母（不含 I、O、S、V、Z），不能包含 %1。</translation>
    </message>
    <message numerus="yes">
        <location line="+5" />
        <source>A unified social credit code has 18 characters; this one has %n.</source>
        <translation>
            <numerusform>统一社会信用代码应为 18 位，输入的是 %n 位。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5" />
        <source>The last character should be %1 for the characters before it; one of the characters was probably mistyped.</source>
        <translation>按前面各位计算，校验码应为 %1；可能有某一位输错了。</translation>
    </message>
    <message>
        <location line="+25" />
        <source>The first character, %1, is not a registration authority listed in GB 32100; check the code with the applicant's licence.</source>
        <translation>第 1 位“%1”不是 GB 32100 所列的登记管理部门代码，请与申请人的证照核对。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The organization type %1 is not listed in GB 32100 for this registration authority.</source>
        <translation>机构类别代码 %1 不在 GB 32100 为该登记管理部门所列的类别中。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The embedded organization code %1 fails its own check (GB 11714).</source>
        <translation>其中的组织机构代码 %1 未通过自身校验（GB 11714）。</translation>
    </message>
</context>
<context>
    <name>DataDirectory</name>
    <message>
        <location filename="../app/core/DataDirectory.cpp" line="+28" />
        <source>The data directory %1 is a file, not a directory.</source>
        <translation>数据目录 %1 是一个文件，而不是目录。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The data directory %1 could not be created.</source>
        <translation>无法创建数据目录 %1。</translation>
    </message>
</context>
<context>
    <name>DivisionCodeValidator</name>
    <message>
        <location filename="../app/core/validation/DivisionCode.cpp" line="+12" />
        <source>This is far too long for a division code, which has 6 digits.</source>
        <translation>输入过长：行政区划代码只有 6 位数字。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Enter a six-digit administrative division code.</source>
        <translation>请输入 6 位行政区划代码。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>A division code contains only digits; %1 is not allowed.</source>
        <translation>行政区划代码只含数字，不能包含 %1。</translation>
    </message>
    <message numerus="yes">
        <location line="+5" />
        <source>A division code has 6 digits; this one has %n.</source>
        <translation>
            <numerusform>行政区划代码应为 6 位，输入的是 %n 位。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 does not begin with a province code (11 to 82).</source>
        <translation>%1 不是以省级代码（11 至 82）开头。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1 names a county without a prefecture (digits 3-4 are 00).</source>
        <translation>%1 有县级部分却没有地级部分（第 3–4 位为 00）。</translation>
    </message>
    <message>
        <location line="+12" />
        <source>%1 is well formed but not in the current division table; it may be an older or newer code.</source>
        <translation>%1 格式正确，但不在现行区划代码表中，可能是旧代码或新设代码。</translation>
    </message>
    <message>
        <location line="+11" />
        <source>province level</source>
        <translation>省级</translation>
    </message>
    <message>
        <location line="+2" />
        <source>prefecture level</source>
        <translation>地级</translation>
    </message>
    <message>
        <location line="+2" />
        <source>county level</source>
        <translation>县级</translation>
    </message>
</context>
<context>
    <name>DocumentSeal</name>
    <message>
        <location filename="../app/core/documents/DocumentSeal.cpp" line="+110" />
        <source>document kind</source>
        <translation>文书类型</translation>
    </message>
    <message>
        <location line="+3" />
        <source>document number</source>
        <translation>文书编号</translation>
    </message>
    <message>
        <location line="+3" />
        <source>issue date</source>
        <translation>签发日期</translation>
    </message>
    <message>
        <location line="+3" />
        <source>matter code</source>
        <translation>事项编码</translation>
    </message>
    <message>
        <location line="+3" />
        <source>deadline</source>
        <translation>办结期限</translation>
    </message>
    <message>
        <location line="+3" />
        <source>key id</source>
        <translation>密钥标识</translation>
    </message>
    <message>
        <location line="+3" />
        <source>signature</source>
        <translation>签名</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The seal is damaged: its %1 is not valid.</source>
        <translation>印章已损坏：其%1无效。</translation>
    </message>
    <message>
        <location line="+18" />
        <source>The seal text is empty.</source>
        <translation>印章文本为空。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The text is too long to be a OneWindow document seal.</source>
        <translation>文本过长，不可能是一窗受理文书印章。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The text contains characters that a OneWindow document seal never has: it is not one, or it was damaged.</source>
        <translation>文本中含有一窗受理文书印章中不会出现的字符：它不是文书印章，或已损坏。</translation>
    </message>
    <message>
        <location line="+9" />
        <source>This seal has the format %1, which this version of OneWindow cannot check; use a newer version.</source>
        <translation>此印章的格式为 %1，当前版本的一窗受理无法核验；请使用更新的版本。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>This is not a OneWindow document seal.</source>
        <translation>这不是一窗受理文书印章。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The seal is incomplete or damaged: it has %1 fields instead of %2.</source>
        <translation>印章不完整或已损坏：它有 %1 个字段，应为 %2 个。</translation>
    </message>
    <message>
        <location line="+116" />
        <source>The document number “%1” cannot be sealed: use 1 to %2 letters, digits, “-”, “.” or “_”.</source>
        <translation>文书编号“%1”无法加盖印章：请使用 1 至 %2 个字母、数字、“-”、“.”或“_”。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The matter code “%1” cannot be sealed: use 1 to %2 letters, digits, “-”, “.” or “_”.</source>
        <translation>事项编码“%1”无法加盖印章：请使用 1 至 %2 个字母、数字、“-”、“.”或“_”。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The document has no issue date.</source>
        <translation>文书没有签发日期。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The window's signing key is missing, so the document cannot be sealed.</source>
        <translation>缺少本窗口的签名密钥，无法为文书加盖印章。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The key id %1 does not belong to the signing key (%2).</source>
        <translation>密钥标识 %1 与签名密钥（%2）不符。</translation>
    </message>
    <message>
        <location line="+16" />
        <source>The document could not be signed: %1</source>
        <translation>无法对文书签名：%1</translation>
    </message>
    <message>
        <location line="+22" />
        <source>There is no public key to check the seal with.</source>
        <translation>没有可用于核验印章的公钥。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The document was sealed with another key (key id %1) than the one given (key id %2).</source>
        <translation>文书使用了另一个密钥（密钥标识 %1）加盖印章，而非所给的密钥（密钥标识 %2）。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The signature does not match: the seal was changed after it was issued, or it is forged.</source>
        <translation>签名不匹配：印章在签发后被修改，或系伪造。</translation>
    </message>
</context>
<context>
    <name>FieldValidator</name>
    <message>
        <location filename="../app/core/form/FieldValidator.cpp" line="+113" />
        <source>The text contains a damaged character; type it again.</source>
        <translation>文本中含有损坏的字符，请重新输入。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The text contains the control character %1; remove it.</source>
        <translation>文本中含有控制字符 %1，请删除。</translation>
    </message>
    <message numerus="yes">
        <location line="+4" />
        <source>At most %n characters; this text has %1.</source>
        <translation>
            <numerusform>最多 %n 个字符；此文本有 %1 个。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17" />
        <source>%1 is not an amount; enter yuan with up to two decimals, e.g. 1280.50.</source>
        <translation>%1 不是有效金额；请输入以元为单位、最多两位小数的金额，例如 1280.50。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 is not a number; enter digits with an optional decimal point, e.g. 12.5.</source>
        <translation>%1 不是数字；请输入数字，可带小数点，例如 12.5。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>An amount cannot be negative.</source>
        <translation>金额不能为负数。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>An amount in yuan has at most two decimals (fen).</source>
        <translation>以元为单位的金额最多两位小数（分）。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>At least %1.</source>
        <translation>至少为 %1。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>At most %1.</source>
        <translation>最多为 %1。</translation>
    </message>
    <message>
        <location line="+9" />
        <source>This is not a real calendar date.</source>
        <translation>这不是一个真实存在的日期。</translation>
    </message>
    <message>
        <location line="+10" />
        <source>%1 is not a real calendar date.</source>
        <translation>%1 不是一个真实存在的日期。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Enter a date as year-month-day, e.g. 2026-03-02.</source>
        <translation>请按“年-月-日”格式输入日期，例如 2026-03-02。</translation>
    </message>
    <message>
        <location line="+12" />
        <location line="+11" />
        <source>%1 is not one of the options.</source>
        <translation>%1 不是可选项之一。</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Enter the six-digit administrative division code.</source>
        <translation>请输入六位行政区划代码。</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Enter the detailed address (street, number, room).</source>
        <translation>请输入详细地址（街道、门牌号、房间号）。</translation>
    </message>
    <message numerus="yes">
        <location line="+24" />
        <location line="+6" />
        <source>Add at least %n row(s).</source>
        <translation>
            <numerusform>请至少添加 %n 行。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>At most %n row(s) are allowed; remove %1.</source>
        <translation>
            <numerusform>最多允许 %n 行；请删除 %1 行。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24" />
        <source>A share has at most two decimals.</source>
        <translation>份额最多两位小数。</translation>
    </message>
    <message>
        <location line="+10" />
        <source>The shares add up to %1%; together they must be exactly 100%.</source>
        <translation>份额合计为 %1%；合计必须恰好为 100%。</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Choose one of the options.</source>
        <translation>请选择一个选项。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Choose at least one option.</source>
        <translation>请至少选择一个选项。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Attach the file.</source>
        <translation>请附加文件。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Enter the division code and the detailed address.</source>
        <translation>请输入行政区划代码和详细地址。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>This field is required.</source>
        <translation>此项为必填项。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>This answer could not be read; enter it again.</source>
        <translation>无法读取此项内容，请重新输入。</translation>
    </message>
</context>
<context>
    <name>HubAnswers</name>
    <message>
        <location filename="../app/core/sync/HubAnswers.cpp" line="+33" />
        <source>“%1” is missing</source>
        <translation>缺少“%1”</translation>
    </message>
    <message>
        <location line="+4" />
        <source>“%1” is not text</source>
        <translation>“%1”不是文本</translation>
    </message>
    <message>
        <location line="+5" />
        <source>“%1” is empty</source>
        <translation>“%1”为空</translation>
    </message>
    <message>
        <location line="+2" />
        <source>“%1” is too long</source>
        <translation>“%1”过长</translation>
    </message>
    <message>
        <location line="+8" />
        <source>“%1” is not a whole number from %2 to %3</source>
        <translation>“%1”不是 %2 至 %3 之间的整数</translation>
    </message>
    <message>
        <location line="+13" />
        <source>“%1” is not true or false</source>
        <translation>“%1”不是 true 或 false</translation>
    </message>
    <message>
        <location line="+9" />
        <source>“%1” is not an ISO-8601 time</source>
        <translation>“%1”不是 ISO-8601 时间</translation>
    </message>
    <message>
        <location line="+73" />
        <source>“changes” is not a list</source>
        <translation>“changes”不是列表</translation>
    </message>
    <message>
        <location line="+5" />
        <source>more changes than asked for</source>
        <translation>变更条数多于所请求的数量</translation>
    </message>
    <message>
        <location line="+6" />
        <source>change %1 is not an object</source>
        <translation>第 %1 条变更不是对象</translation>
    </message>
    <message>
        <location line="+11" />
        <source>its body is not an object</source>
        <translation>其内容不是对象</translation>
    </message>
    <message>
        <location line="+2" />
        <source>its seq %1 does not follow %2</source>
        <translation>其序号 %1 未接续在 %2 之后</translation>
    </message>
    <message>
        <location line="+3" />
        <source>change %1: %2</source>
        <translation>第 %1 条变更：%2</translation>
    </message>
    <message>
        <location line="+10" />
        <source>the cursor %1 is behind the changes it returns</source>
        <translation>游标 %1 落后于返回的变更</translation>
    </message>
    <message>
        <location line="+3" />
        <source>“more” without any change</source>
        <translation>有“more”标记却没有任何变更</translation>
    </message>
    <message>
        <location line="+14" />
        <source>the block ends before it starts</source>
        <translation>编号段的止号小于起号</translation>
    </message>
    <message>
        <location line="+12" />
        <source>“results” is not a list</source>
        <translation>“results”不是列表</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1 results for %2 envelopes</source>
        <translation>发送了 %2 个报文，却返回了 %1 个结果</translation>
    </message>
    <message>
        <location line="+7" />
        <source>result %1 is not an object</source>
        <translation>第 %1 个结果不是对象</translation>
    </message>
    <message>
        <location line="+10" />
        <source>result %1 names another envelope</source>
        <translation>第 %1 个结果对应的是另一个报文</translation>
    </message>
    <message>
        <location line="+8" />
        <source>result %1 has the unknown outcome “%2”</source>
        <translation>第 %1 个结果的处理结论“%2”无法识别</translation>
    </message>
    <message>
        <location line="+13" />
        <source>“answer” is not an object</source>
        <translation>“answer”不是对象</translation>
    </message>
</context>
<context>
    <name>HubCalendarStore</name>
    <message>
        <location filename="../app/core/sync/HubCalendarStore.cpp" line="+19" />
        <source>the file describes %1, not %2</source>
        <translation>该文件描述的是 %1 年，而不是 %2 年</translation>
    </message>
</context>
<context>
    <name>HubError</name>
    <message>
        <location filename="../app/core/sync/HubError.cpp" line="+20" />
        <source>The hub's answer could not be used (%1).</source>
        <translation>中心平台的应答无法使用（%1）。</translation>
    </message>
    <message>
        <location filename="../app/core/sync/HubClient.cpp" line="+122" />
        <source>The request to the hub was cancelled.</source>
        <translation>对中心平台的请求已取消。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>larger than %1 MiB</source>
        <translation>超过 %1 MiB</translation>
    </message>
    <message>
        <location line="+15" />
        <source>The connection to the hub broke off before the answer was complete (%1).</source>
        <translation>在应答完整接收之前，与中心平台的连接已中断（%1）。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>not JSON: %1</source>
        <translation>不是 JSON：%1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>not a JSON object</source>
        <translation>不是 JSON 对象</translation>
    </message>
    <message>
        <location line="+12" />
        <source>The hub refused the credentials.</source>
        <translation>中心平台拒绝了登录凭据。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The hub refused the credentials: %1</source>
        <translation>中心平台拒绝了登录凭据：%1</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The hub failed to answer (HTTP %1).</source>
        <translation>中心平台未能应答（HTTP %1）。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The hub failed to answer (HTTP %1): %2</source>
        <translation>中心平台未能应答（HTTP %1）：%2</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The hub refused the request (HTTP %1).</source>
        <translation>中心平台拒绝了该请求（HTTP %1）。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The hub refused the request (HTTP %1): %2</source>
        <translation>中心平台拒绝了该请求（HTTP %1）：%2</translation>
    </message>
    <message>
        <location line="+8" />
        <source>unexpected HTTP status %1</source>
        <translation>意外的 HTTP 状态码 %1</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The hub did not answer within %1 seconds.</source>
        <translation>中心平台在 %1 秒内未应答。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The hub cannot be reached: %1</source>
        <translation>无法连接中心平台：%1</translation>
    </message>
    <message>
        <location line="+14" />
        <source>No hub is configured for this workstation; enrol it with “onewindow-cli sync enrol”.</source>
        <translation>本工作站未配置中心平台；请使用“onewindow-cli sync enrol”接入。</translation>
    </message>
    <message>
        <location line="+48" />
        <source>This workstation is not enrolled at a hub; enrol it with “onewindow-cli sync enrol”.</source>
        <translation>本工作站尚未在中心平台注册；请使用“onewindow-cli sync enrol”注册。</translation>
    </message>
    <message>
        <location line="+13" />
        <source>The workstation's key cannot sign; check its key file.</source>
        <translation>工作站密钥无法签名；请检查其密钥文件。</translation>
    </message>
</context>
<context>
    <name>OutboxStore</name>
    <message>
        <location filename="../app/core/sync/OutboxStore.cpp" line="+89" />
        <source>The envelope could not be opened on this workstation (damaged, or sealed under another key file).</source>
        <translation>本工作站无法打开该报文（报文已损坏，或使用其他密钥文件封装）。</translation>
    </message>
</context>
<context>
    <name>PdfSeal</name>
    <message>
        <location filename="../app/core/documents/PdfSeal.cpp" line="+81" />
        <source>The PDF holds %1 different document seals: it was changed after OneWindow wrote it.</source>
        <translation>此 PDF 含有 %1 个不同的文书印章：它在一窗受理生成后被修改过。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The document seal in the PDF is damaged.</source>
        <translation>PDF 中的文书印章已损坏。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The PDF has no OneWindow document seal: it was not written by OneWindow, or it was saved again by another program.</source>
        <translation>此 PDF 没有一窗受理文书印章：它不是由一窗受理生成的，或已被其他程序重新保存。</translation>
    </message>
</context>
<context>
    <name>PhoneNumberValidator</name>
    <message>
        <location filename="../app/core/form/PhoneNumber.cpp" line="+41" />
        <source>This is far too long for a telephone number.</source>
        <translation>作为电话号码，此内容过长。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Enter a telephone number.</source>
        <translation>请输入电话号码。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>A telephone number contains only digits and “-”; %1 is not allowed.</source>
        <translation>电话号码只能包含数字和“-”；不允许使用 %1。</translation>
    </message>
    <message numerus="yes">
        <location line="+26" />
        <source>A mobile number has 11 digits; this one has %n.</source>
        <translation>
            <numerusform>手机号码为 11 位数字；此号码为 %n 位。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2" />
        <source>A mobile number begins with 13 to 19.</source>
        <translation>手机号码以 13 至 19 开头。</translation>
    </message>
    <message>
        <location line="+33" />
        <source>A landline number is an area code and 7 or 8 digits, e.g. 0755-86001234.</source>
        <translation>固定电话号码由区号和 7 或 8 位号码组成，例如 0755-86001234。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Enter a mobile number (11 digits) or a landline number with its area code, e.g. 0755-86001234.</source>
        <translation>请输入手机号码（11 位）或带区号的固定电话号码，例如 0755-86001234。</translation>
    </message>
</context>
<context>
    <name>Provenance</name>
    <message>
        <location filename="../app/core/applicant/Applicant.cpp" line="+42" />
        <source>entered at the counter</source>
        <translation>窗口录入</translation>
    </message>
    <message>
        <location line="+3" />
        <source>ID card reader</source>
        <translation>身份证阅读器</translation>
    </message>
    <message>
        <location line="+3" />
        <source>case %1</source>
        <translation>办件 %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>shared data: %1</source>
        <translation>共享数据：%1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>import %1</source>
        <translation>导入 %1</translation>
    </message>
    <message>
        <location line="-20" />
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>ReceiptNumberBlocks</name>
    <message>
        <location filename="../app/core/cases/ReceiptNumberBlocks.cpp" line="+32" />
        <source>The receipt number prefix "%1" is not valid: use 1 to 32 letters, digits and hyphens, not starting or ending with a hyphen.</source>
        <translation>回执编号前缀“%1”无效：请使用 1 至 32 个字母、数字和连字符，且不能以连字符开头或结尾。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The receipt number range %1–%2 is not valid: it must lie within 1–%3 and not be empty.</source>
        <translation>回执编号区间 %1–%2 无效：必须在 1–%3 范围内且不能为空。</translation>
    </message>
    <message>
        <location line="+14" />
        <source>The range %1–%2 overlaps the block %3–%4 already granted for %5.</source>
        <translation>区间 %1–%2 与已分配给 %5 的号段 %3–%4 重叠。</translation>
    </message>
    <message>
        <location line="+30" />
        <source>This window has no receipt numbers left. Connect to the hub to receive a new block, or ask the administrator to grant one.</source>
        <translation>本窗口的回执编号已用完。请连接中心平台以获取新的号段，或请管理员分配。</translation>
    </message>
</context>
<context>
    <name>ResidentIdValidator</name>
    <message>
        <location filename="../app/core/validation/ResidentId.cpp" line="+45" />
        <source>This is far too long for a resident ID number, which has 18 characters.</source>
        <translation>输入过长：居民身份证号码只有 18 位。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Enter a resident ID number.</source>
        <translation>请输入居民身份证号码。</translation>
    </message>
    <message>
        <location line="+11" />
        <source>The letter X may only be the last of 18 characters.</source>
        <translation>字母 X 只能是 18 位号码的最后一位。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>A resident ID number contains only digits and, as its last character, the letter X; %1 is not allowed.</source>
        <translation>居民身份证号码只含数字，最后一位可以是字母 X，不能包含 %1。</translation>
    </message>
    <message numerus="yes">
        <location line="+15" />
        <source>A resident ID number has 18 characters (or 15 for the old format); this one has %n.</source>
        <translation>
            <numerusform>居民身份证号码应为 18 位（旧号码为 15 位），输入的是 %n 位。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8" />
        <source>The birth date in the number, %1, is not a real calendar date.</source>
        <translation>号码中的出生日期 %1 不是有效的日期。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The birth year in the number, %1, is too early to be real.</source>
        <translation>号码中的出生年份 %1 过早，不可能有效。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The birth date in the number, %1, lies in the future.</source>
        <translation>号码中的出生日期 %1 晚于今天。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The last character should be %1 for the digits before it; one of the characters was probably mistyped.</source>
        <translation>按前 17 位计算，校验码应为 %1；可能有某一位输错了。</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Old 15-digit number, converted to the 18-character form %1.</source>
        <translation>15 位旧号码，已转换为 18 位号码 %1。</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Resident identity card</source>
        <translation>居民身份证</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Residence permit for Hong Kong and Macao residents</source>
        <translation>港澳居民居住证</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Residence permit for Taiwan residents</source>
        <translation>台湾居民居住证</translation>
    </message>
    <message>
        <location line="+11" />
        <source>male</source>
        <translation>男</translation>
    </message>
    <message>
        <location line="+2" />
        <source>female</source>
        <translation>女</translation>
    </message>
</context>
<context>
    <name>RoleNames</name>
    <message>
        <location filename="../app/core/accounts/Role.cpp" line="+24" />
        <source>Clerk</source>
        <translation>窗口人员</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Supervisor</source>
        <translation>审核人员</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <location line="+45" />
        <source>Unknown role “%1”; use clerk, supervisor or admin.</source>
        <translation>未知角色“%1”；请使用 clerk、supervisor 或 admin。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Give at least one role: clerk, supervisor or admin.</source>
        <translation>请至少指定一个角色：clerk、supervisor 或 admin。</translation>
    </message>
</context>
<context>
    <name>SecuritySettings</name>
    <message>
        <location filename="../app/core/accounts/SecuritySettings.cpp" line="+27" />
        <source>The idle lock takes %1 to %2 minutes (0: never lock).</source>
        <translation>空闲锁屏时间为 %1 至 %2 分钟（0 表示从不锁屏）。</translation>
    </message>
</context>
<context>
    <name>StorageMessages</name>
    <message>
        <location filename="../app/core/storage/StorageError.cpp" line="+53" />
        <source>The database %1 cannot be opened: check that the folder exists, is writable and that the disk is not full.</source>
        <translation>无法打开数据库 %1：请检查文件夹是否存在、是否可写，以及磁盘是否已满。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The file %1 is not a OneWindow database. It was left untouched; choose another data directory or move the file away.</source>
        <translation>文件 %1 不是一窗受理数据库。该文件未被改动；请选择其他数据目录，或将该文件移走。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The database %1 is damaged. It was left untouched so that it can be recovered; ask the administrator to restore it from a backup or the hub.</source>
        <translation>数据库 %1 已损坏。为便于恢复，该文件未被改动；请联系管理员从备份或中心平台恢复。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The database %1 is in use by another program and stayed locked. Close other OneWindow windows on this workstation and try again.</source>
        <translation>数据库 %1 正被其他程序使用并一直处于锁定状态。请关闭本机上其他一窗受理窗口后重试。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The database %1 was written by a newer version of OneWindow. Install that version; the file was not changed.</source>
        <translation>数据库 %1 由更新版本的一窗受理写入。请安装该版本；文件未被改动。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The database %1 could not be upgraded; it was left as it was.</source>
        <translation>数据库 %1 升级失败，已保持原状。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>A database operation on %1 failed.</source>
        <translation>数据库 %1 的操作失败。</translation>
    </message>
</context>
<context>
    <name>SyncEngine</name>
    <message>
        <location filename="../app/core/sync/SyncEngine.cpp" line="+143" />
        <source>Sync was stopped.</source>
        <translation>同步已停止。</translation>
    </message>
    <message>
        <location line="+9" />
        <source>The workstation database failed.</source>
        <translation>工作站数据库操作失败。</translation>
    </message>
    <message>
        <location line="+75" />
        <source>This workstation is not enrolled at a hub; enrol it with “onewindow-cli sync enrol”.</source>
        <translation>本工作站尚未在中心平台注册；请使用“onewindow-cli sync enrol”注册。</translation>
    </message>
    <message>
        <location line="+143" />
        <source>refused by the hub without a reason</source>
        <translation>被中心平台拒收，未说明理由</translation>
    </message>
    <message>
        <location line="+84" />
        <source>The hub says more changes follow but its cursor does not move; pulling stopped.</source>
        <translation>中心平台表示还有后续变更，但其游标没有前进；已停止拉取。</translation>
    </message>
    <message>
        <location line="+124" />
        <source>The hub's receipt block %1 %2–%3 could not be granted: %4</source>
        <translation>中心平台分配的受理编号段 %1 %2–%3 无法启用：%4</translation>
    </message>
</context>
<context>
    <name>TimeLimit</name>
    <message>
        <location filename="../app/core/calendar/TimeLimit.cpp" line="+37" />
        <source>The date of acceptance is not a valid date.</source>
        <translation>受理日期不是有效日期。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Today's date is not a valid date.</source>
        <translation>今天的日期不是有效日期。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The limit, the extension and the warning days must be 0 or more.</source>
        <translation>时限、延期天数和预警天数必须为 0 或以上。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The limit and its extension come to more than %1 working days.</source>
        <translation>时限加延期超过了 %1 个工作日。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>A suspension period must start on a valid date and end on or after it.</source>
        <translation>中止期间必须从有效日期开始，且结束日不早于开始日。</translation>
    </message>
    <message>
        <location line="+13" />
        <source>The deadline falls more than %1 days after acceptance.</source>
        <translation>办结期限在受理后超过 %1 天。</translation>
    </message>
    <message>
        <location line="+47" />
        <source>in time</source>
        <translation>正常</translation>
    </message>
    <message>
        <location line="+2" />
        <source>due soon</source>
        <translation>临期（黄灯）</translation>
    </message>
    <message>
        <location line="+2" />
        <source>overdue</source>
        <translation>超期（红灯）</translation>
    </message>
    <message>
        <location line="+2" />
        <source>suspended</source>
        <translation>已中止</translation>
    </message>
</context>
<context>
    <name>VerificationAnswer</name>
    <message>
        <location filename="../app/core/sync/VerificationAnswer.cpp" line="+76" />
        <source>The verification answer has an unknown member “%1”.</source>
        <translation>核验应答中有未知成员“%1”。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The verification answer has no “%1”.</source>
        <translation>核验应答中缺少“%1”。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>“%1” of the verification answer is not an object.</source>
        <translation>核验应答的“%1”不是对象。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>“%1” of the verification answer is not a string.</source>
        <translation>核验应答的“%1”不是字符串。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>“%1” is not a verification kind.</source>
        <translation>“%1”不是核验方式。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>“%1” is not a verification result.</source>
        <translation>“%1”不是核验结果。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The verification answer does not name its source.</source>
        <translation>核验应答未注明数据来源。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>“%1” is not a UTC time such as 2026-03-02T09:15:00Z.</source>
        <translation>“%1”不是 UTC 时间（例如 2026-03-02T09:15:00Z）。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>“%1” is not a key id (16 lower-case hexadecimal digits).</source>
        <translation>“%1”不是密钥标识（16 位小写十六进制数字）。</translation>
    </message>
    <message>
        <location line="+12" />
        <source>The hub's public key is not a usable SM2 public key.</source>
        <translation>中心平台的公钥不是可用的 SM2 公钥。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The answer names the signing key “%1”, not this hub's key %2.</source>
        <translation>应答所注明的签名密钥为“%1”，而不是本中心平台的密钥 %2。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The signature of the answer is not base64 text.</source>
        <translation>应答的签名不是 base64 文本。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The signature does not match the answer: it was changed after the hub signed it, or the hub did not sign it.</source>
        <translation>签名与应答内容不符：应答在中心平台签名后被修改，或并非由中心平台签名。</translation>
    </message>
</context>
<context>
    <name>VerificationStore</name>
    <message>
        <location filename="../app/core/sync/VerificationStore.cpp" line="+134" />
        <source>The hub offers no “%1” verification; check the material on paper.</source>
        <translation>中心平台不提供“%1”共享核验；请核验纸质材料。</translation>
    </message>
    <message>
        <location line="+16" />
        <source>The case does not hold what the “%1” verification asks about.</source>
        <translation>办件中没有“%1”核验所需的信息。</translation>
    </message>
    <message>
        <location line="+36" />
        <source>The answer is for the kind “%1”, which no catalog material names.</source>
        <translation>该应答针对的核验方式“%1”未被任何目录材料引用。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The answer is for a case this workstation does not hold.</source>
        <translation>该应答针对的办件不在本工作站。</translation>
    </message>
    <message>
        <location line="+9" />
        <source>The verification answer could not be sealed.</source>
        <translation>核验应答无法加密保存。</translation>
    </message>
</context>
<context>
    <name>WorkCalendar</name>
    <message>
        <location filename="../app/core/calendar/WorkCalendar.cpp" line="+60" />
        <source>File %1: %2</source>
        <translation>文件 %1：%2</translation>
    </message>
    <message>
        <location line="+10" />
        <source>The calendar for %1 is given twice.</source>
        <translation>%1 年的日历重复提供。</translation>
    </message>
    <message>
        <location line="+49" />
        <source>The start date is not a valid date.</source>
        <translation>起算日期不是有效日期。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The number of working days must be 0 or more, not %1.</source>
        <translation>工作日天数必须为 0 或以上，而不是 %1。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>At most %1 working days can be counted, not %2.</source>
        <translation>最多可计算 %1 个工作日，而不是 %2。</translation>
    </message>
    <message>
        <location line="+9" />
        <source>The date %1 working days after %2 is out of range.</source>
        <translation>%2 之后第 %1 个工作日超出了日期范围。</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Both dates must be valid dates.</source>
        <translation>两个日期都必须是有效日期。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The dates are more than %1 days apart.</source>
        <translation>两个日期相隔超过 %1 天。</translation>
    </message>
    <message>
        <location line="+44" />
        <source>No holiday calendar for %1: Monday to Friday are counted as working days there.</source>
        <translation>没有 %1 年的节假日日历：该年按周一至周五为工作日计算。</translation>
    </message>
</context>
<context>
    <name>WorkstationEnrolment</name>
    <message>
        <location filename="../app/core/sync/WorkstationEnrolment.cpp" line="+29" />
        <source>“%1” is not a hub address; give one like http://hub.example:8080.</source>
        <translation>“%1”不是中心平台地址；请填写类似 http://hub.example:8080 的地址。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>“%1” is not a station id: use 1 to 24 letters, digits and '-', not starting or ending with '-'.</source>
        <translation>“%1”不是工作站编号：请使用 1 至 24 个字母、数字和“-”，且不能以“-”开头或结尾。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Name the window (1 to 64 characters).</source>
        <translation>请填写窗口名称（1 至 64 个字符）。</translation>
    </message>
    <message>
        <location line="+12" />
        <source>“%1” is not a hub administrator; enrolling a workstation needs one.</source>
        <translation>“%1”不是中心平台管理员；注册工作站需要管理员账号。</translation>
    </message>
    <message>
        <location line="+9" />
        <source>The workstation's key cannot be read.</source>
        <translation>无法读取工作站密钥。</translation>
    </message>
    <message>
        <location line="+14" />
        <source>The hub's public key is not a usable SM2 key; nothing was stored.</source>
        <translation>中心平台的公钥不是可用的 SM2 密钥；未保存任何内容。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The hub enrolled another station id (“%1”); nothing was stored.</source>
        <translation>中心平台注册的是另一个工作站编号（“%1”）；未保存任何内容。</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Enrolled, but no receipt block was granted: %1</source>
        <translation>已注册，但中心平台未分配受理编号段：%1</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Enrolled, but the receipt block could not be granted: %1</source>
        <translation>已注册，但受理编号段无法在本工作站启用：%1</translation>
    </message>
</context>
<context>
    <name>WorkstationKeys</name>
    <message>
        <location filename="../app/core/security/WorkstationKeys.cpp" line="+49" />
        <source>The key file %1 cannot be read: %2</source>
        <translation>无法读取密钥文件 %1：%2</translation>
    </message>
    <message>
        <location line="+15" />
        <source>The key file %1 is damaged. It was left as it is: without it the personal data in this workstation's cache cannot be read. Restore it from the backup.</source>
        <translation>密钥文件 %1 已损坏，已原样保留：没有它将无法读取本工作站缓存中的个人信息。请从备份中恢复。</translation>
    </message>
    <message>
        <location line="+14" />
        <source>New workstation keys could not be generated.</source>
        <translation>无法生成新的工作站密钥。</translation>
    </message>
    <message>
        <location line="+15" />
        <source>The key file %1 cannot be written: %2</source>
        <translation>无法写入密钥文件 %1：%2</translation>
    </message>
</context>
<context>
    <name>ow::core::SimulatedCardReader</name>
    <message>
        <location filename="../app/core/applicant/CardReader.cpp" line="+16" />
        <source>Simulated card reader (%1)</source>
        <translation>模拟读卡器（%1）</translation>
    </message>
    <message>
        <location line="+9" />
        <source>The card data is not readable.</source>
        <translation>无法读取卡片数据。</translation>
    </message>
    <message>
        <location line="+9" />
        <source>The card's ID number is not valid: %1</source>
        <translation>卡片上的公民身份号码无效：%1</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The card has no name.</source>
        <translation>卡片上没有姓名。</translation>
    </message>
    <message>
        <location line="+12" />
        <source>The ID card expired on %1.</source>
        <translation>该身份证已于 %1 过期。</translation>
    </message>
    <message>
        <location line="+13" />
        <source>No card on the reader.</source>
        <translation>读卡器上没有卡片。</translation>
    </message>
</context>
</TS>
