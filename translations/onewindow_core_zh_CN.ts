<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>CreditCodeValidator</name>
    <message>
        <location filename="../app/core/validation/CreditCode.cpp" line="+26"/>
        <source>Institutional establishment</source>
        <translation>机构编制</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Foreign affairs</source>
        <translation>外交</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Justice administration</source>
        <translation>司法行政</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Culture</source>
        <translation>文化</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Civil affairs</source>
        <translation>民政</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tourism</source>
        <translation>旅游</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Religious affairs</source>
        <translation>宗教</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trade unions</source>
        <translation>工会</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Market regulation (industry and commerce)</source>
        <translation>市场监管（工商）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Central Military Commission establishment</source>
        <translation>中央军委改革和编制办公室</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agriculture</source>
        <translation>农业</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <location line="+2"/>
        <location line="+6"/>
        <location line="+2"/>
        <location line="+4"/>
        <location line="+3"/>
        <location line="+3"/>
        <location line="+2"/>
        <location line="+4"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Government agency</source>
        <translation>机关</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public institution</source>
        <translation>事业单位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mass organization under central establishment</source>
        <translation>中央编办直接管理机构编制的群众团体</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resident office of a foreign news agency</source>
        <translation>外国常驻新闻机构</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Law firm</source>
        <translation>律师执业机构</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notary office</source>
        <translation>公证处</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grassroots legal service office</source>
        <translation>基层法律服务所</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Judicial appraisal institution</source>
        <translation>司法鉴定机构</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arbitration commission</source>
        <translation>仲裁委员会</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Foreign cultural centre in China</source>
        <translation>外国在华文化中心</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Social organization</source>
        <translation>社会团体</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Private non-enterprise unit</source>
        <translation>民办非企业单位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Foundation</source>
        <translation>基金会</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resident office of a foreign tourism authority</source>
        <translation>外国旅游部门常驻代表机构</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resident office of a Hong Kong, Macao or Taiwan tourism authority</source>
        <translation>港澳台地区旅游部门常驻内地（大陆）代表机构</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Venue for religious activities</source>
        <translation>宗教活动场所</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Religious college</source>
        <translation>宗教院校</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Grassroots trade union</source>
        <translation>基层工会</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enterprise</source>
        <translation>企业</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Individual business</source>
        <translation>个体工商户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Farmers&apos; specialized cooperative</source>
        <translation>农民专业合作社</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>This is far too long for a unified social credit code, which has 18 characters.</source>
        <translation>输入过长：统一社会信用代码只有 18 位。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter a unified social credit code.</source>
        <translation>请输入统一社会信用代码。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Credit codes never contain the letter I; perhaps it is the digit 1.</source>
        <translation>信用代码中不会出现字母 I，可能是数字 1。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Credit codes never contain the letter O; perhaps it is the digit 0.</source>
        <translation>信用代码中不会出现字母 O，可能是数字 0。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Credit codes never contain the letter S; perhaps it is the digit 5.</source>
        <translation>信用代码中不会出现字母 S，可能是数字 5。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Credit codes never contain the letter V; perhaps it is the letter U.</source>
        <translation>信用代码中不会出现字母 V，可能是字母 U。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Credit codes never contain the letter Z; perhaps it is the digit 2.</source>
        <translation>信用代码中不会出现字母 Z，可能是数字 2。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A credit code contains only digits and capital letters other than I, O, S, V and Z; %1 is not allowed.</source>
        <translation>信用代码只含数字和大写字母（不含 I、O、S、V、Z），不能包含 %1。</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>A unified social credit code has 18 characters; this one has %n.</source>
        <translation>
            <numerusform>统一社会信用代码应为 18 位，输入的是 %n 位。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The last character should be %1 for the characters before it; one of the characters was probably mistyped.</source>
        <translation>按前面各位计算，校验码应为 %1；可能有某一位输错了。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The first character, %1, is not a registration authority listed in GB 32100; check the code with the applicant&apos;s licence.</source>
        <translation>第 1 位“%1”不是 GB 32100 所列的登记管理部门代码，请与申请人的证照核对。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The organization type %1 is not listed in GB 32100 for this registration authority.</source>
        <translation>机构类别代码 %1 不在 GB 32100 为该登记管理部门所列的类别中。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The embedded organization code %1 fails its own check (GB 11714).</source>
        <translation>其中的组织机构代码 %1 未通过自身校验（GB 11714）。</translation>
    </message>
</context>
<context>
    <name>DataDirectory</name>
    <message>
        <location filename="../app/core/DataDirectory.cpp" line="+28"/>
        <source>The data directory %1 is a file, not a directory.</source>
        <translation>数据目录 %1 是一个文件，而不是目录。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The data directory %1 could not be created.</source>
        <translation>无法创建数据目录 %1。</translation>
    </message>
</context>
<context>
    <name>DivisionCodeValidator</name>
    <message>
        <location filename="../app/core/validation/DivisionCode.cpp" line="+12"/>
        <source>This is far too long for a division code, which has 6 digits.</source>
        <translation>输入过长：行政区划代码只有 6 位数字。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enter a six-digit administrative division code.</source>
        <translation>请输入 6 位行政区划代码。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A division code contains only digits; %1 is not allowed.</source>
        <translation>行政区划代码只含数字，不能包含 %1。</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>A division code has 6 digits; this one has %n.</source>
        <translation>
            <numerusform>行政区划代码应为 6 位，输入的是 %n 位。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 does not begin with a province code (11 to 82).</source>
        <translation>%1 不是以省级代码（11 至 82）开头。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 names a county without a prefecture (digits 3-4 are 00).</source>
        <translation>%1 有县级部分却没有地级部分（第 3–4 位为 00）。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 is well formed but not in the current division table; it may be an older or newer code.</source>
        <translation>%1 格式正确，但不在现行区划代码表中，可能是旧代码或新设代码。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>province level</source>
        <translation>省级</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>prefecture level</source>
        <translation>地级</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>county level</source>
        <translation>县级</translation>
    </message>
</context>
<context>
    <name>ResidentIdValidator</name>
    <message>
        <location filename="../app/core/validation/ResidentId.cpp" line="+45"/>
        <source>This is far too long for a resident ID number, which has 18 characters.</source>
        <translation>输入过长：居民身份证号码只有 18 位。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter a resident ID number.</source>
        <translation>请输入居民身份证号码。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The letter X may only be the last of 18 characters.</source>
        <translation>字母 X 只能是 18 位号码的最后一位。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A resident ID number contains only digits and, as its last character, the letter X; %1 is not allowed.</source>
        <translation>居民身份证号码只含数字，最后一位可以是字母 X，不能包含 %1。</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>A resident ID number has 18 characters (or 15 for the old format); this one has %n.</source>
        <translation>
            <numerusform>居民身份证号码应为 18 位（旧号码为 15 位），输入的是 %n 位。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The birth date in the number, %1, is not a real calendar date.</source>
        <translation>号码中的出生日期 %1 不是有效的日期。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The birth year in the number, %1, is too early to be real.</source>
        <translation>号码中的出生年份 %1 过早，不可能有效。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The birth date in the number, %1, lies in the future.</source>
        <translation>号码中的出生日期 %1 晚于今天。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The last character should be %1 for the digits before it; one of the characters was probably mistyped.</source>
        <translation>按前 17 位计算，校验码应为 %1；可能有某一位输错了。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Old 15-digit number, converted to the 18-character form %1.</source>
        <translation>15 位旧号码，已转换为 18 位号码 %1。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Resident identity card</source>
        <translation>居民身份证</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Residence permit for Hong Kong and Macao residents</source>
        <translation>港澳居民居住证</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Residence permit for Taiwan residents</source>
        <translation>台湾居民居住证</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>male</source>
        <translation>男</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>female</source>
        <translation>女</translation>
    </message>
</context>
<context>
    <name>StorageMessages</name>
    <message>
        <location filename="../app/core/storage/StorageError.cpp" line="+53"/>
        <source>The database %1 cannot be opened: check that the folder exists, is writable and that the disk is not full.</source>
        <translation>无法打开数据库 %1：请检查文件夹是否存在、是否可写，以及磁盘是否已满。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file %1 is not a OneWindow database. It was left untouched; choose another data directory or move the file away.</source>
        <translation>文件 %1 不是一窗受理数据库。该文件未被改动；请选择其他数据目录，或将该文件移走。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The database %1 is damaged. It was left untouched so that it can be recovered; ask the administrator to restore it from a backup or the hub.</source>
        <translation>数据库 %1 已损坏。为便于恢复，该文件未被改动；请联系管理员从备份或中心平台恢复。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The database %1 is in use by another program and stayed locked. Close other OneWindow windows on this workstation and try again.</source>
        <translation>数据库 %1 正被其他程序使用并一直处于锁定状态。请关闭本机上其他一窗受理窗口后重试。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The database %1 was written by a newer version of OneWindow. Install that version; the file was not changed.</source>
        <translation>数据库 %1 由更新版本的一窗受理写入。请安装该版本；文件未被改动。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The database %1 could not be upgraded; it was left as it was.</source>
        <translation>数据库 %1 升级失败，已保持原状。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A database operation on %1 failed.</source>
        <translation>数据库 %1 的操作失败。</translation>
    </message>
</context>
</TS>
