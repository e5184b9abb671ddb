#!/usr/bin/env python3
"""Writes the demo reference registries of the hub (fictitious but realistic data).

Run from anywhere: python3 resources/registries/build-registries.py
The files are written next to this script. Check characters are computed here so that every
resident ID number passes GB 11643 (ISO 7064 MOD 11-2) and every unified social credit code
passes GB 32100 (MOD 31, with a GB 11714 organization code inside); the hub's loader checks
them again and refuses the directory otherwise. See README.md for the formats.
"""

import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))

# --- check characters -----------------------------------------------------------------------

ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def resident_id(body17):
    assert len(body17) == 17 and body17.isdigit(), body17
    total = sum(int(c) * w for c, w in zip(body17, ID_WEIGHTS))
    return body17 + "10X98765432"[total % 11]


CREDIT_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
CREDIT_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2]


def org_value(c):
    return int(c) if c.isdigit() else ord(c) - ord("A") + 10


def credit_code(prefix8, org8):
    """prefix8: authority, type and division (e.g. "91440300"); org8: the organization code's
    first eight characters. Returns the 18-character code with both check characters."""
    assert len(prefix8) == 8 and len(org8) == 8
    org_check = 11 - sum(org_value(c) * w for c, w in zip(org8, ORG_WEIGHTS)) % 11
    org_check = {10: "X", 11: "0"}.get(org_check, str(org_check))
    body = prefix8 + org8 + org_check
    assert all(c in CREDIT_ALPHABET for c in body), body
    total = sum(CREDIT_ALPHABET.index(c) * w for c, w in zip(body, CREDIT_WEIGHTS))
    return body + CREDIT_ALPHABET[(31 - total % 31) % 31]


# --- persons (省人口基础信息库) ----------------------------------------------------------------
# (first 17 digits, name, nation, address, marital status, status)

PERSONS = [
    ("11010519880712003", "吉𠮷祥", "汉", "北京市朝阳区建国路88号院3号楼1单元502", "married", "normal"),
    ("44030519900315002", "周晓雯", "汉", "广东省深圳市南山区南海大道2163号来福士广场东座1808", "married", "normal"),
    ("44030419750821003", "陈建国", "汉", "广东省深圳市福田区福华一路1号大中华国际交易广场28楼", "married", "normal"),
    ("44030419770502004", "刘淑芬", "汉", "广东省深圳市福田区景田北路景丽花园6栋302", "married", "normal"),
    ("44030619820909005", "王磊", "汉", "广东省深圳市宝安区新安街道宝城43区翻身路168号", "divorced", "normal"),
    ("44030719840118006", "赵敏", "汉", "广东省深圳市龙岗区龙城街道中心城清林路88号", "divorced", "normal"),
    ("44030319560304001", "黄志强", "汉", "广东省深圳市罗湖区东门街道湖贝路1030号", "widowed", "normal"),
    ("44030319580611002", "林秀英", "汉", "广东省深圳市罗湖区东门街道湖贝路1030号", "married", "deceased"),
    ("44030519920228007", "张伟", "汉", "广东省深圳市南山区粤海街道科技南十二路18号", "unmarried", "normal"),
    ("44030419951107008", "李娜", "汉", "广东省深圳市福田区华强北街道振兴路101号", "unmarried", "normal"),
    ("11010819860430001", "孙丽", "汉", "北京市海淀区中关村大街27号中关村大厦1106", "married", "normal"),
    ("11010819850216003", "何俊", "回", "北京市海淀区中关村大街27号中关村大厦1106", "married", "normal"),
    ("13010219790925002", "郭芳", "汉", "河北省石家庄市长安区中山东路39号", "married", "normal"),
    ("13010419770813005", "马超", "回", "河北省石家庄市桥西区自强路22号", "married", "normal"),
    ("13010219760101007", "杨帆", "汉", "河北省石家庄市长安区建设北大街16号", "divorced", "normal"),
    ("65010219900707001", "买买提·艾力", "维吾尔", "新疆维吾尔自治区乌鲁木齐市天山区解放南路116号", "unmarried", "normal"),
    ("31011519930519004", "徐静", "汉", "上海市浦东新区世纪大道100号", "unmarried", "normal"),
    ("44030919880808009", "邓子豪", "汉", "广东省深圳市龙华区民治街道民康路95号", "married", "normal"),
    ("44030919900120002", "罗晓琳", "壮", "广东省深圳市龙华区民治街道民康路95号", "married", "normal"),
    ("44031019700214001", "曾国梁", "汉", "广东省深圳市坪山区坪山街道东门路12号", "married", "normal"),
    ("44031019720330002", "彭玉兰", "汉", "广东省深圳市坪山区坪山街道东门路12号", "married", "normal"),
    ("51010719961212003", "欧阳明轩", "汉", "四川省成都市武侯区人民南路四段11号", "unmarried", "normal"),
    ("42010619890604006", "叶思彤", "汉", "湖北省武汉市武昌区中北路86号", "unmarried", "normal"),
    ("81000019810505001", "陈家乐", "汉", "香港特别行政区九龙旺角弥敦道610号", "unmarried", "normal"),
    ("44030520010909003", "吴梓轩", "汉", "广东省深圳市南山区蛇口街道工业八路22号", "unmarried", "normal"),
]

ID = {name: resident_id(body) for body, name, *_ in PERSONS}

# --- marriages (婚姻登记信息库) ----------------------------------------------------------------
# (certificate number, party A, party B, registered on, office, ended on, end reason)

MARRIAGES = [
    ("J110105-2016-006231", "吉𠮷祥", "周晓雯", "2016-10-01", "北京市朝阳区民政局婚姻登记处", None, None),
    ("J440304-2001-001187", "陈建国", "刘淑芬", "2001-05-20", "深圳市福田区民政局婚姻登记处", None, None),
    ("J440306-2010-003342", "王磊", "赵敏", "2010-09-18", "深圳市宝安区民政局婚姻登记处", "2019-06-14", "divorce"),
    ("J440303-1982-000415", "黄志强", "林秀英", "1982-01-25", "深圳市罗湖区民政局婚姻登记处", "2021-03-02", "death"),
    ("J110108-2013-002876", "何俊", "孙丽", "2013-05-20", "北京市海淀区民政局婚姻登记处", None, None),
    ("J130102-2003-000977", "杨帆", "郭芳", "2003-10-01", "石家庄市长安区民政局婚姻登记处", "2012-04-10", "divorce"),
    ("J130104-2014-001532", "马超", "郭芳", "2014-02-14", "石家庄市桥西区民政局婚姻登记处", None, None),
    ("J440309-2015-004410", "邓子豪", "罗晓琳", "2015-11-11", "深圳市龙华区民政局婚姻登记处", None, None),
    ("J440310-1994-000208", "曾国梁", "彭玉兰", "1994-08-08", "深圳市坪山区民政局婚姻登记处", None, None),
]

# --- companies and other legal persons (市场主体登记信息库) -------------------------------------

SZ_AMR = "深圳市市场监督管理局"
COMPANIES = [
    dict(prefix="91440300", org="MA5FH2K7", name="深圳市鹏城智联科技有限公司",
         type="有限责任公司（自然人投资或控股）", status="存续", legalRepresentative="陈建国",
         registeredCapital="1000万元人民币", establishedOn="2018-03-26",
         address="深圳市南山区粤海街道高新区社区科技南十二路18号长虹科技大厦1506",
         authority=SZ_AMR, termFrom="2018-03-26", termUntil=None),
    dict(prefix="91440300", org="MA5DR7LW", name="深圳前海汇融商业保理有限公司",
         type="有限责任公司（台港澳法人独资）", status="存续", legalRepresentative="陈家乐",
         registeredCapital="5000万元人民币", establishedOn="2016-08-09",
         address="深圳市前海深港合作区南山街道桂湾五路128号前海深港基金小镇B7栋201",
         authority=SZ_AMR, termFrom="2016-08-09", termUntil="2046-08-08"),
    dict(prefix="92440304", org="L8C3QK6A", name="深圳市福田区老街坊餐饮店",
         type="个体工商户", status="存续", legalRepresentative="李娜",
         registeredCapital="10万元人民币", establishedOn="2021-06-01",
         address="深圳市福田区华强北街道振兴路101号一楼102",
         authority="深圳市市场监督管理局福田监管局", termFrom="2021-06-01", termUntil=None),
    dict(prefix="91440300", org="7938H4WX", name="深圳市宝安区恒昌五金制品有限公司",
         type="有限责任公司（自然人投资或控股）", status="吊销", legalRepresentative="王磊",
         registeredCapital="200万元人民币", establishedOn="2006-11-15",
         address="深圳市宝安区福永街道塘尾社区凤塘大道35号厂房A栋",
         authority=SZ_AMR, termFrom="2006-11-15", termUntil="2026-11-14"),
    dict(prefix="91440300", org="MA5EW1JD", name="深圳市龙岗区天成物流有限公司",
         type="有限责任公司（自然人投资或控股）", status="注销", legalRepresentative="赵敏",
         registeredCapital="300万元人民币", establishedOn="2017-04-20",
         address="深圳市龙岗区平湖街道华南城1号交易广场M区3楼",
         authority=SZ_AMR, termFrom="2017-04-20", termUntil=None),
    dict(prefix="91440300", org="27936185", name="深圳市安居置业发展有限公司",
         type="有限责任公司（国有独资）", status="存续", legalRepresentative="曾国梁",
         registeredCapital="200000万元人民币", establishedOn="1998-07-01",
         address="深圳市福田区福田街道福安社区福华一路1号大中华国际交易广场20楼",
         authority=SZ_AMR, termFrom="1998-07-01", termUntil=None),
    dict(prefix="91440300", org="MA5G0B4P", name="深圳市城投建设集团有限公司",
         type="有限责任公司（国有控股）", status="存续", legalRepresentative="黄志强",
         registeredCapital="500000万元人民币", establishedOn="2019-12-18",
         address="深圳市罗湖区桂园街道深南东路5016号京基一百大厦A座61楼",
         authority=SZ_AMR, termFrom="2019-12-18", termUntil=None),
    dict(prefix="91130100", org="MA0CKT2N", name="河北冀联建设工程有限公司",
         type="有限责任公司（自然人投资或控股）", status="存续", legalRepresentative="马超",
         registeredCapital="8000万元人民币", establishedOn="2015-09-30",
         address="河北省石家庄市长安区中山东路39号勒泰中心写字楼2208",
         authority="石家庄市行政审批局", termFrom="2015-09-30", termUntil="2045-09-29"),
    dict(prefix="91110105", org="MA01B7XE", name="北京朝阳嘉和文化传媒有限公司",
         type="有限责任公司（自然人独资）", status="存续", legalRepresentative="吉𠮷祥",
         registeredCapital="100万元人民币", establishedOn="2019-05-08",
         address="北京市朝阳区建国路88号院2号楼9层1006",
         authority="北京市朝阳区市场监督管理局", termFrom="2019-05-08", termUntil="2049-05-07"),
    dict(prefix="52440305", org="MJL6183T", name="深圳市南山区蓝海社会工作服务中心",
         type="民办非企业单位", status="存续", legalRepresentative="叶思彤",
         registeredCapital="3万元人民币", establishedOn="2020-01-06",
         address="深圳市南山区招商街道水湾社区太子路1号新时代广场18楼",
         authority="深圳市南山区民政局", termFrom="2020-01-06", termUntil="2025-01-05"),
    dict(prefix="93440311", org="MA5H4E9Q", name="深圳市光明区绿源农业专业合作社",
         type="农民专业合作社", status="存续", legalRepresentative="邓子豪",
         registeredCapital="50万元人民币", establishedOn="2022-03-15",
         address="深圳市光明区马田街道石家社区农场路8号",
         authority="深圳市市场监督管理局光明监管局", termFrom="2022-03-15", termUntil=None),
    dict(prefix="91440300", org="MA5FYN3R", name="深圳华强北电子贸易有限公司",
         type="有限责任公司（自然人投资或控股）", status="存续", legalRepresentative="张伟",
         registeredCapital="50万元人民币", establishedOn="2014-12-22",
         address="深圳市福田区华强北街道华航社区华强北路1002号赛格广场32楼3206",
         authority=SZ_AMR, termFrom="2014-12-22", termUntil="2024-12-21"),
]
for c in COMPANIES:
    c["creditCode"] = credit_code(c.pop("prefix"), c.pop("org"))
CODE = {c["name"]: c["creditCode"] for c in COMPANIES}

# --- property units (不动产登记信息库) ---------------------------------------------------------
# 28 characters: division (6) + 地籍区 (3) + 地籍子区 (3) + 宗地 (2 letters + 5 digits)
# + 定着物 (F 房屋 + 幢号 4 digits + 户号 4 digits, or W00000000 for land without buildings).

BANK_CCB = "中国建设银行股份有限公司深圳市分行"
BANK_ICBC = "中国工商银行股份有限公司深圳福田支行"
BANK_CMB = "招商银行股份有限公司深圳分行"


def owner(name, share):
    if name in ID:
        return {"name": name, "idNumber": ID[name], "share": share}
    return {"name": name, "creditCode": CODE[name], "share": share}


UNITS = [
    ("440305", "007003", "GB00012", "F00020502", "粤（2017）深圳市不动产权第0086231号",
     "深圳市南山区南海大道2163号海岸城花园2栋502", "住宅", 89.37, "normal", None, None,
     [owner("吉𠮷祥", "共同共有"), owner("周晓雯", "共同共有")]),
    ("440304", "002011", "GB00107", "F00061203", "粤（2002）深圳市不动产权第0017744号",
     "深圳市福田区景田北路景丽花园6栋302", "住宅", 102.5, "mortgaged", BANK_ICBC, None,
     [owner("陈建国", "共同共有"), owner("刘淑芬", "共同共有")]),
    ("440306", "005002", "GB00318", "F00030801", "粤（2012）深圳市不动产权第0231155号",
     "深圳市宝安区新安街道宝城43区翻身路168号3栋801", "住宅", 76.12, "seized", None,
     "深圳市宝安区人民法院", [owner("王磊", "100%")]),
    ("440303", "001004", "GB00056", "F00010301", "粤（1995）深圳市不动产权第0003021号",
     "深圳市罗湖区东门街道湖贝路1030号1栋301", "住宅", 64.8, "normal", None, None,
     [owner("黄志强", "100%")]),
    ("440305", "003001", "GB00201", "F00011506", "粤（2018）深圳市不动产权第0112476号",
     "深圳市南山区粤海街道科技南十二路18号长虹科技大厦1506", "办公", 238.66, "mortgaged",
     BANK_CMB, None, [owner("深圳市鹏城智联科技有限公司", "100%")]),
    ("440304", "004006", "GB00342", "F00010102", "粤（2021）深圳市不动产权第0305519号",
     "深圳市福田区华强北街道振兴路101号一楼102", "商业", 45.3, "normal", None, None,
     [owner("李娜", "100%")]),
    ("440306", "011007", "GB00925", "W00000000", "粤（2007）深圳市不动产权第0040518号",
     "深圳市宝安区福永街道塘尾社区凤塘大道35号", "工业", 12650.0, "seized", None,
     "深圳市宝安区人民法院", [owner("深圳市宝安区恒昌五金制品有限公司", "100%")]),
    ("440306", "011007", "GB00925", "F00010001", "粤（2007）深圳市不动产权第0040519号",
     "深圳市宝安区福永街道塘尾社区凤塘大道35号厂房A栋", "工业", 5820.45, "seized", None,
     "深圳市宝安区人民法院", [owner("深圳市宝安区恒昌五金制品有限公司", "100%")]),
    ("440309", "006002", "GB00433", "F00051806", "粤（2016）深圳市不动产权第0158820号",
     "深圳市龙华区民治街道民康路95号星河传奇花园5栋1806", "住宅", 118.24, "mortgaged",
     BANK_CCB, None, [owner("邓子豪", "50%"), owner("罗晓琳", "50%")]),
    ("440310", "002003", "JC00078", "F00010001", "粤（2003）深圳市不动产权第0009917号",
     "深圳市坪山区坪山街道东门路12号", "住宅", 186.0, "normal", None, None,
     [owner("曾国梁", "共同共有"), owner("彭玉兰", "共同共有")]),
    ("440305", "012005", "GB00610", "F00032201", "粤（2020）深圳市不动产权第0277301号",
     "深圳市南山区蛇口街道工业八路22号海上世界双玺3栋2201", "住宅", 142.08, "mortgaged",
     BANK_CCB, None, [owner("张伟", "100%")]),
    ("440304", "001009", "GB00088", "F00020904", "粤（2019）深圳市不动产权第0201938号",
     "深圳市福田区福华一路1号大中华国际交易广场2栋904", "办公", 156.73, "normal", None, None,
     [owner("深圳市安居置业发展有限公司", "100%")]),
    ("440307", "008001", "GB00512", "F00070606", "粤（2018）深圳市不动产权第0139927号",
     "深圳市龙岗区龙城街道中心城清林路88号7栋606", "住宅", 95.6, "normal", None, None,
     [owner("赵敏", "100%")]),
    ("440305", "005008", "GB00377", "F00010208", "粤（2023）深圳市不动产权第0410065号",
     "深圳市南山区招商街道太子路1号新时代广场1栋208", "商业", 60.15, "normal", None, None,
     [owner("吴梓轩", "100%")]),
    ("440311", "003002", "JA00021", "W00000000", "粤（2022）深圳市不动产权第0352207号",
     "深圳市光明区马田街道石家社区农场路8号", "农用地", 35200.0, "normal", None, None,
     [owner("深圳市光明区绿源农业专业合作社", "100%")]),
    ("440303", "006004", "GB00733", "F00113001", "粤（2024）深圳市不动产权第0455012号",
     "深圳市罗湖区桂园街道深南东路5016号京基一百大厦A座3001", "办公", 320.4, "mortgaged",
     BANK_ICBC, None, [owner("深圳市城投建设集团有限公司", "100%")]),
    ("440305", "007003", "GB00012", "F00020503", "粤（2025）深圳市不动产权第0498736号",
     "深圳市南山区南海大道2163号海岸城花园2栋503", "住宅", 89.37, "normal", None, None,
     [owner("欧阳明轩", "100%")]),
]


def unit_record(u):
    division, zone, parcel, building, cert, address, usage, area, status, mortgagee, seized_by, owners = u
    record = {
        "unitNumber": division + zone + parcel + building,
        "certificateNumber": cert,
        "address": address,
        "usage": usage,
        "area": area,
        "status": status,
        "mortgagee": mortgagee,
        "seizedBy": seized_by,
        "owners": owners,
    }
    assert len(record["unitNumber"]) == 28, record["unitNumber"]
    return record


UNIT_RECORDS = [unit_record(u) for u in UNITS]
UNIT = {r["address"]: r["unitNumber"] for r in UNIT_RECORDS}

# --- investment projects (投资项目在线审批监管平台) ----------------------------------------------
# year-division-industry (国民经济行业门类大类 2 digits)-type (01 审批 02 核准 03 备案)-serial

PROJECTS = [
    ("2019-130100-47-01-000123", "石家庄市正定新区保障性住房建设项目（一期）", "审批",
     "河北冀联建设工程有限公司", "竣工验收", "active", "86000万元", "河北省石家庄市正定新区"),
    ("2023-440305-70-03-016528", "海岸城花园城市更新单元项目", "备案",
     "深圳市安居置业发展有限公司", "施工许可", "active", "420000万元", "深圳市南山区南海大道以东"),
    ("2024-440300-48-01-000871", "深圳市城市轨道交通配套道路改造工程", "审批",
     "深圳市城投建设集团有限公司", "工程建设许可", "active", "158000万元", "深圳市龙岗区、坪山区"),
    ("2024-440311-01-03-002217", "光明区绿源现代农业示范园项目", "备案",
     "深圳市光明区绿源农业专业合作社", "立项用地规划许可", "active", "1200万元",
     "深圳市光明区马田街道石家社区"),
    ("2022-440305-65-03-031004", "鹏城智联工业互联网平台研发中心项目", "备案",
     "深圳市鹏城智联科技有限公司", "竣工验收", "active", "6500万元", "深圳市南山区粤海街道"),
    ("2021-440306-33-03-008812", "恒昌五金制品生产线技术改造项目", "备案",
     "深圳市宝安区恒昌五金制品有限公司", "施工许可", "cancelled", "850万元",
     "深圳市宝安区福永街道塘尾社区"),
    ("2025-440300-44-02-000316", "深圳前海分布式光伏发电项目", "核准",
     "深圳前海汇融商业保理有限公司", "立项用地规划许可", "active", "23000万元",
     "深圳市前海深港合作区桂湾片区"),
    ("2020-440303-70-01-004459", "罗湖区东门片区老旧小区综合整治工程", "审批",
     "深圳市城投建设集团有限公司", "竣工验收", "active", "32000万元", "深圳市罗湖区东门街道"),
    ("2023-440310-47-02-000542", "坪山区人才安居住房项目", "核准",
     "深圳市安居置业发展有限公司", "工程建设许可", "cancelled", "98000万元", "深圳市坪山区坪山街道"),
]

# --- tax records (税收征管信息系统: taxes paid on a property transfer) --------------------------


def tax(address, taxpayer, declared, paid, voucher, taxes):
    payer = owner(taxpayer, "")
    payer.pop("share")
    return {
        "unitNumber": UNIT[address],
        "taxpayer": payer,
        "declaredOn": declared,
        "status": "paid" if paid else "unpaid",
        "paidOn": paid,
        "voucherNumber": voucher,
        "taxes": [{"type": t, "amount": a} for t, a in taxes],
    }


TAXES = [
    tax("深圳市南山区南海大道2163号海岸城花园2栋502", "吉𠮷祥", "2017-05-08", "2017-05-08",
        "344056170500086231", [("契税", "80433.00"), ("印花税", "0.00")]),
    tax("深圳市南山区南海大道2163号海岸城花园2栋503", "欧阳明轩", "2025-04-17", "2025-04-18",
        "344056250400498736", [("契税", "127866.00"), ("印花税", "0.00")]),
    tax("深圳市龙华区民治街道民康路95号星河传奇花园5栋1806", "邓子豪", "2016-09-12", "2016-09-12",
        "344059160900158820", [("契税", "70944.00"), ("印花税", "0.00")]),
    tax("深圳市南山区招商街道太子路1号新时代广场1栋208", "吴梓轩", "2023-11-02", None, None,
        [("契税", "54135.00"), ("印花税", "451.13")]),
    tax("深圳市福田区福华一路1号大中华国际交易广场2栋904", "深圳市安居置业发展有限公司",
        "2019-07-30", "2019-08-01", "344045190700201938",
        [("契税", "206883.60"), ("印花税", "3448.06")]),
    tax("深圳市南山区蛇口街道工业八路22号海上世界双玺3栋2201", "张伟", "2020-10-15",
        "2020-10-16", "344055201000277301", [("契税", "255744.00"), ("印花税", "0.00")]),
    tax("深圳市罗湖区桂园街道深南东路5016号京基一百大厦A座3001", "深圳市城投建设集团有限公司",
        "2024-06-20", "2024-06-21", "344031240600455012",
        [("契税", "576720.00"), ("印花税", "9612.00")]),
]

# --- writing ----------------------------------------------------------------------------------

SOURCES = {
    "persons": "省人口基础信息库",
    "marriages": "全国婚姻登记信息系统",
    "companies": "省市场主体登记信息库",
    "property-units": "市不动产登记信息库",
    "investment-projects": "全国投资项目在线审批监管平台",
    "tax-records": "省税务局税收征管信息系统",
}


def write(registry, records):
    document = {
        "format": "onewindow-registry",
        "version": 1,
        "registry": registry,
        "source": SOURCES[registry],
        "note": "Fictitious demo data (虚构的演示数据); see README.md.",
        "records": records,
    }
    with open(os.path.join(HERE, registry + ".json"), "w", encoding="utf-8") as f:
        json.dump(document, f, ensure_ascii=False, indent=2)
        f.write("\n")


def main():
    write("persons", [
        {"idNumber": resident_id(b), "name": n, "nation": nation, "address": a,
         "maritalStatus": m, "status": s}
        for b, n, nation, a, m, s in PERSONS])
    write("marriages", [
        {"certificateNumber": cert, "partyA": ID[a], "partyB": ID[b], "registeredOn": on,
         "office": office, "endedOn": ended, "endReason": reason}
        for cert, a, b, on, office, ended, reason in MARRIAGES])
    write("companies", [
        {"creditCode": c["creditCode"], "name": c["name"], "type": c["type"],
         "status": c["status"], "legalRepresentative": c["legalRepresentative"],
         "registeredCapital": c["registeredCapital"], "establishedOn": c["establishedOn"],
         "address": c["address"], "registrationAuthority": c["authority"],
         "licence": {"termFrom": c["termFrom"], "termUntil": c["termUntil"]}}
        for c in COMPANIES])
    write("property-units", UNIT_RECORDS)
    write("investment-projects", [
        {"projectCode": code, "name": name, "approvalType": approval,
         "ownerCreditCode": CODE[owner_name], "stage": stage, "status": status,
         "totalInvestment": investment, "location": location}
        for code, name, approval, owner_name, stage, status, investment, location in PROJECTS])
    write("tax-records", TAXES)


if __name__ == "__main__":
    main()
