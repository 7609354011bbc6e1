"""Authoring source of the lawgov_nlp challenge set.

The challenge set is a list of short, hand-written sentences in the style of
法治政府建设年度报告, each built to exercise one construction of the annotation
guideline (docs/annotation.md): a number form, a unit family, a qualifier, a
change, an attachment rule, or a trap where a numeral is *not* a mention.

Every case below gives its construction tag, its text and, per gold mention,
the surfaces of the quantity, the activity and the object together with the
normalised fields.  Offsets are never written by hand: this script finds every
surface with ``str.find`` (``"surface#n"`` picks the n-th occurrence and is
required whenever a surface occurs more than once), validates every row
(offsets, enums, value against an independent numeral parser, unit, kind,
qualifier markers, span boundaries, document order) and then writes

    benchmarks/challenge/texts.jsonl            one line per sentence
    benchmarks/challenge/challenge.gold.jsonl   one line per gold mention

Run ``python benchmarks/challenge/author.py``; the output is deterministic, so
re-running regenerates both files byte-identically.
"""

from __future__ import annotations

import json
import math
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
TEXTS = HERE / "texts.jsonl"
GOLD = HERE / "challenge.gold.jsonl"

QUALIFIERS = {"exact", "more_than", "at_least", "less_than", "at_most", "about"}
KINDS = {"count", "money", "percent", "duration", "measure"}
CHANGES = {"increase", "decrease", None}

CASES: list[tuple[str, str, list[dict]]] = []


def C(construction: str, text: str, *mentions: dict) -> None:
    """Register one case."""
    CASES.append((construction, text, list(mentions)))


def m(q, value, unit, kind, act=None, obj=None, ql="exact", hi=None, ch=None):
    """One gold mention: quantity surface, value, unit, kind, activity, object."""
    return dict(q=q, value=value, value_high=hi, unit=unit, kind=kind,
                qualifier=ql, change=ch, activity=act, object=obj)


# ---------------------------------------------------------------------------
# number forms
# ---------------------------------------------------------------------------
C("number.arabic", "2024年，全局共受理行政许可申请3162件，全部按时办结。",
  m("3162件", 3162, "件", "count", "受理", "行政许可申请"))
C("number.arabic", "2024年，区城管执法局查处占道经营行为927起，城市管理满意度位列全市第一。",
  m("927起", 927, "起", "count", "查处", "占道经营行为"))
C("number.arabic", "全年新招录辅警126名，充实基层执法力量。",
  m("126名", 126, "名", "count", "招录", "辅警"))

C("number.fullwidth", "１．优化税费服务。县税务局全年办理出口退税业务１３６件。",
  m("１３６件", 136, "件", "count", "办理", "出口退税业务"))
C("number.fullwidth", "围绕“八五”普法规划，全年发放《民法典》宣传手册２５００本。",
  m("２５００本", 2500, "本", "count", "发放", "《民法典》宣传手册"))
C("number.fullwidth", "行政执法案卷评查合格率达到９８．５％。",
  m("９８．５％", 98.5, "%", "percent", "行政执法案卷评查合格率"))
C("number.fullwidth", "上半年，全市环境空气质量优良天数比例为８６．３％，同比提高２．４个百分点。",
  m("８６．３％", 86.3, "%", "percent", "环境空气质量优良天数比例"),
  m("２．４个百分点", 2.4, "百分点", "percent", "环境空气质量优良天数比例", ch="increase"))

C("number.thousands", "市人社局全年审核发放失业保险金2,346人次。",
  m("2,346人次", 2346, "人次", "count", "审核发放", "失业保险金"))
C("number.thousands", "全年为企业减免房产税、城镇土地使用税共计12,680,500元。",
  m("12,680,500元", 12680500, "元", "money", "减免", "房产税、城镇土地使用税"))
C("number.thousands", "市场监管部门开展“双随机、一公开”抽查1,052户次，抽查结果全部公示。",
  m("1,052户次", 1052, "户次", "count", "抽查#1"))
C("number.thousands", "2024年1月至12月，全省各级行政复议机构审结行政复议案件1,387件。",
  m("1,387件", 1387, "件", "count", "审结", "行政复议案件"))

C("number.decimal", "全县森林覆盖率达到63.27%，较上年末提高0.35个百分点。",
  m("63.27%", 63.27, "%", "percent", "森林覆盖率"),
  m("0.35个百分点", 0.35, "百分点", "percent", "森林覆盖率", ch="increase"))
C("number.decimal", "严格执行《环境保护税法》，2024年征收环境保护税486.35万元。",
  m("486.35万元", 4863500, "元", "money", "征收", "环境保护税#2"))
C("number.decimal", "全市执法人员人均接受法治培训42.5小时。",
  m("42.5小时", 42.5, "小时", "duration", "接受", "法治培训"))

C("number.zh_lower", "二〇二四年全年，全市公安机关受理治安案件两千零八十件。",
  m("两千零八十件", 2080, "件", "count", "受理", "治安案件"))
C("number.zh_lower", "全年开展安全生产执法检查二十六次，督促整改隐患一百二十七处。",
  m("二十六次", 26, "次", "count", "安全生产执法检查"),
  m("一百二十七处", 127, "处", "count", "督促整改", "隐患"))
C("number.zh_lower", "（二）强化安全监管。对十三家危险化学品经营单位进行了专项检查。",
  m("十三家", 13, "家", "count", "专项检查", "危险化学品经营单位"))
C("number.zh_lower", "局领导带队深入基层调研八次，形成调研报告三篇。",
  m("八次", 8, "次", "count", "调研#1"),
  m("三篇", 3, "篇", "count", "形成", "调研报告"))
C("number.zh_lower", "全区一百零八名村（居）法律顾问全部参加了业务培训。",
  m("一百零八名", 108, "名", "count", "参加", "村（居）法律顾问"))
C("number.zh_lower", "二〇二四年，全局共制发行政规范性文件六件。",
  m("六件", 6, "件", "count", "制发", "行政规范性文件"))
C("number.zh_lower", "落实推进法治建设第一责任人职责，局党组会专题听取法治工作汇报两次。",
  m("两次", 2, "次", "count", "听取", "法治工作汇报"))
C("number.zh_lower", "全年召开一次法治政府建设领导小组会议，研究部署重点任务。",
  m("一次", 1, "次", "count", "召开", "法治政府建设领导小组会议"))
C("number.zh_lower", "向群众发放防范电信诈骗宣传资料一万五千余份。",
  m("一万五千余份", 15000, "份", "count", "发放", "防范电信诈骗宣传资料", ql="more_than"))
C("number.zh_lower", "联合公安、交通部门开展联合检查十余次。",
  m("十余次", 10, "次", "count", "联合检查", ql="more_than"))
C("number.zh_lower", "约谈二十多家物业服务企业，督促落实消防安全责任。",
  m("二十多家", 20, "家", "count", "约谈", "物业服务企业", ql="more_than"))
C("number.zh_lower", "结合“三下乡”活动，在城乡主要路口设置法治宣传栏百余处。",
  m("百余处", 100, "处", "count", "设置", "法治宣传栏", ql="more_than"))
C("number.zh_lower", "全年惠及城乡困难群众十二万余人。",
  m("十二万余人", 120000, "人", "count", "惠及", "城乡困难群众", ql="more_than"))

C("number.zh_upper", "经集体讨论，对该公司处以罚款人民币陆万元。",
  m("陆万元", 60000, "元", "money", "罚款"))
C("number.zh_upper", "本年度累计受理群众来信壹佰叁拾伍件。",
  m("壹佰叁拾伍件", 135, "件", "count", "受理", "群众来信"))
C("number.zh_upper", "依据《价格法》第三十九条，没收违法所得叁仟陆佰元。",
  m("叁仟陆佰元", 3600, "元", "money", "没收", "违法所得"))
C("number.zh_upper", "向赔偿请求人支付国家赔偿金壹拾贰万元整。",
  m("壹拾贰万元", 120000, "元", "money", "支付", "国家赔偿金"))
C("number.zh_upper", "为见义勇为人员发放奖励金叁万伍仟元。",
  m("叁万伍仟元", 35000, "元", "money", "发放", "奖励金"))

C("number.mixed", "落实“一企一策”帮扶机制，全年兑现惠企奖补资金26.8万元。",
  m("26.8万元", 268000, "元", "money", "兑现", "惠企奖补资金"))
C("number.mixed", "开展法治宣传进社区活动，覆盖群众3万6000人次。",
  m("3万6000人次", 36000, "人次", "count", "覆盖", "群众"))
C("number.mixed", "2024年，全市拨付城乡医疗救助资金1.35亿元，惠及困难群众。",
  m("1.35亿元", 135000000, "元", "money", "拨付", "城乡医疗救助资金"))
C("number.mixed", "发放《反电信网络诈骗法》宣传折页2.6万余份。",
  m("2.6万余份", 26000, "份", "count", "发放", "《反电信网络诈骗法》宣传折页", ql="more_than"))
C("number.mixed", "全省法律援助机构共办理法律援助案件8.6万件，其中刑事案件3.1万件。",
  m("8.6万件", 86000, "件", "count", "办理", "法律援助案件"),
  m("3.1万件", 31000, "件", "count", "办理", "刑事案件"))

C("number.baifenzhi", "2024年，全县重大行政决策合法性审查率达到百分之百。",
  m("百分之百", 100, "%", "percent", "重大行政决策合法性审查率"))
C("number.baifenzhi", "全县农村自来水普及率达到百分之九十七以上。",
  m("百分之九十七以上", 97, "%", "percent", "农村自来水普及率", ql="at_least"))
C("number.baifenzhi", "窗口服务群众满意度为百分之九十八点六。",
  m("百分之九十八点六", 98.6, "%", "percent", "群众满意度"))

C("number.percent_sign", "全市行政机关负责人出庭应诉率达100％，连续三年保持全覆盖。",
  m("100％", 100, "%", "percent", "出庭应诉率", "行政机关负责人"))
C("number.percent_sign", "开展政务服务“好差评”，群众满意率保持在96％以上。",
  m("96％以上", 96, "%", "percent", "群众满意率", ql="at_least"))

C("number.percentage_point", "2024年，行政诉讼败诉率较2023年下降2.1个百分点。",
  m("2.1个百分点", 2.1, "百分点", "percent", "行政诉讼败诉率", ch="decrease"))
C("number.percentage_point", "全市政务服务事项网上可办率比上年提高6个百分点，达到98%。",
  m("6个百分点", 6, "百分点", "percent", "网上可办率", "政务服务事项", ch="increase"),
  m("98%", 98, "%", "percent", "网上可办率"))

C("number.permille", "全市婴儿死亡率降至3.12‰，孕产妇死亡率持续保持低位。",
  m("3.12‰", 3.12, "‰", "percent", "死亡率#1", "婴儿"))
C("number.permille", "推进“一村一辅警”全覆盖，全县刑事案件发案率控制在1.8‰以下。",
  m("1.8‰以下", 1.8, "‰", "percent", "发案率", "刑事案件", ql="at_most"))
C("number.permille", "2024年末，全区人口自然增长率为2.6‰。",
  m("2.6‰", 2.6, "‰", "percent", "自然增长率", "人口"))

C("trap.distributive", "按照“1+3+N”模式，每个乡镇配备专职人民调解员3至5名。")
C("trap.distributive", "每季度对3-5家重点排污单位开展执法监测。")
C("trap.distributive", "各执法中队每周开展夜间巡查两三次。")
C("number.range", "一般事项承诺在2到3个工作日内办结。",
  m("2到3个工作日内", 2, "工作日", "duration", "办结", "一般事项", ql="at_most", hi=3))
C("trap.distributive", "每个执法单位每年交叉评查行政执法案卷10～15个。")

C("number.bare_rate", "全年政务服务好评率达到 99.6，差评整改率为 100。",
  m("99.6", 99.6, "%", "percent", "好评率"),
  m("100", 100, "%", "percent", "差评整改率"))
C("number.bare_rate", "12345热线工单按期办结率为 97.3。",
  m("97.3", 97.3, "%", "percent", "按期办结率", "12345热线工单"))

# ---------------------------------------------------------------------------
# unit families
# ---------------------------------------------------------------------------
C("unit.count", "依据《土地管理法》第十四条，全年调处土地权属争议纠纷18宗。",
  m("18宗", 18, "宗", "count", "调处", "土地权属争议纠纷"))
C("unit.count", "全年检查食品生产经营主体4381户次，责令整改问题312个。",
  m("4381户次", 4381, "户次", "count", "检查", "食品生产经营主体"),
  m("312个", 312, "个", "count", "责令整改", "问题"))
C("unit.count", "针对直播带货乱象，约谈电商平台企业17家次。",
  m("17家次", 17, "家次", "count", "约谈", "电商平台企业"))
C("unit.count", "围绕“12·4”国家宪法日，举办“宪法宣传周”主题活动42场次。",
  m("42场次", 42, "场次", "count", "举办", "“宪法宣传周”主题活动"))
C("unit.count", "举办行政执法人员培训班6期，培训480人次。",
  m("6期", 6, "期", "count", "举办", "行政执法人员培训班"),
  m("480人次", 480, "人次", "count", "培训#2"))
C("unit.count", "一是加强合法性审查，审查合同、协议等法律文书213份。",
  m("213份", 213, "份", "count", "审查#2", "合同、协议等法律文书"))
C("unit.count", "在“开学第一课”中，向中小学生赠送法治读本1.3万册。",
  m("1.3万册", 13000, "册", "count", "赠送", "法治读本"))
C("unit.count", "2024年，在市级以上媒体刊发法治宣传稿件64篇。",
  m("64篇", 64, "篇", "count", "刊发", "法治宣传稿件"))
C("unit.count", "“五一”“十一”假期期间，通过政务微博发布交通出行提示信息1460条。",
  m("1460条", 1460, "条", "count", "发布", "交通出行提示信息"))
C("unit.count", "更新设置法治宣传标识牌85块。",
  m("85块", 85, "块", "count", "更新设置", "法治宣传标识牌"))
C("unit.count", "在重点区域悬挂宣传横幅230余幅。",
  m("230余幅", 230, "幅", "count", "悬挂", "宣传横幅", ql="more_than"))
C("unit.count", "在第23个“安全生产月”期间，张贴安全生产宣传海报1700张。",
  m("1700张", 1700, "张", "count", "张贴", "安全生产宣传海报"))
C("unit.count", "依托县、乡、村三级网格，全年培训基层网格员1380人。",
  m("1380人", 1380, "人", "count", "培训", "基层网格员"))
C("unit.count", "开展“一盔一带”安全守护行动，排查整治道路交通安全隐患点位316处。",
  m("316处", 316, "处", "count", "排查整治", "道路交通安全隐患点位"))
C("unit.count", "围绕“5·20”世界计量日，检定计量器具8400余台。",
  m("8400余台", 8400, "台", "count", "检定", "计量器具", ql="more_than"))
C("unit.count", "2024年3月至6月开展专项整治，查扣非法营运车辆75辆。",
  m("75辆", 75, "辆", "count", "查扣", "非法营运车辆"))
C("unit.count", "查处涉渔“三无”船舶14艘。",
  m("14艘", 14, "艘", "count", "查处", "涉渔“三无”船舶"))
C("unit.count", "落实行政执法三项制度，配发执法记录仪等执法装备320套。",
  m("320套", 320, "套", "count", "配发", "执法记录仪等执法装备"))
C("unit.count", "拍摄普法微视频15部，累计播放量超过80万次。",
  m("15部", 15, "部", "count", "拍摄", "普法微视频"),
  m("80万次", 800000, "次", "count", "播放量", ql="more_than"))
C("unit.count", "组织第十届行政执法案卷评查，评查行政执法案卷420卷。",
  m("420卷", 420, "卷", "count", "评查#2", "行政执法案卷#2"))
C("unit.count", "打造“15分钟公共法律服务圈”，新建公共法律服务工作站23个。",
  m("23个", 23, "个", "count", "新建", "公共法律服务工作站"))
C("unit.count", "开展“利剑2024”专项执法行动，立案查处生态环境违法案件94起。",
  m("94起", 94, "起", "count", "立案查处", "生态环境违法案件"))
C("unit.count", "在“两节”期间，走访慰问困难职工812户。",
  m("812户", 812, "户", "count", "走访慰问", "困难职工"))
C("unit.count", "培育市级“守合同重信用”企业58家。",
  m("58家", 58, "家", "count", "培育", "市级“守合同重信用”企业"))
C("unit.count", "全年治理超限超载车辆1820辆次，卸载货物3.1万吨。",
  m("1820辆次", 1820, "辆次", "count", "治理", "超限超载车辆"),
  m("3.1万吨", 31000, "吨", "measure", "卸载", "货物"))
C("unit.count", "检查渡运船舶132艘次，消除安全隐患19处。",
  m("132艘次", 132, "艘次", "count", "检查", "渡运船舶"),
  m("19处", 19, "处", "count", "消除", "安全隐患"))
C("unit.count", "全市中小学校法治副校长配备率达到100%，开展法治教育课1320节。",
  m("100%", 100, "%", "percent", "法治副校长配备率", "中小学校"),
  m("1320节", 1320, "节", "count", "开展", "法治教育课"))
C("unit.count", "举办第三届法治辩论赛，吸引86支队伍参赛，评出一等奖3名。",
  m("86支", 86, "支", "count", "吸引", "队伍"),
  m("3名", 3, "名", "count", "评出", "一等奖"))

C("unit.money", "开展2024年度根治欠薪冬季专项行动，为农民工追回工资1260万元。",
  m("1260万元", 12600000, "元", "money", "追回", "工资"))
C("unit.money", "开通“12348”法律服务热线绿色通道，为困难群众减免法律服务费用38600元。",
  m("38600元", 38600, "元", "money", "减免", "法律服务费用"))
C("unit.money", "2024年，全市新增减税降费及退税缓费4.37亿元。",
  m("4.37亿元", 437000000, "元", "money", "新增", "减税降费及退税缓费"))
C("unit.money", "经核查，涉案货值金额仅8千元，依法从轻处罚。",
  m("8千元", 8000, "元", "money", "涉案货值金额"))
C("unit.money", "通过“96315”消费维权热线，为群众挽回经济损失300余万元。",
  m("300余万元", 3000000, "元", "money", "挽回", "经济损失", ql="more_than"))
C("unit.money", "为纳税人办理增值税留抵退税1.26亿元。",
  m("1.26亿元", 126000000, "元", "money", "办理", "增值税留抵退税"))

C("unit.duration", "组建“1+1”法律服务志愿队，志愿者为群众提供法律咨询服务1200余小时。",
  m("1200余小时", 1200, "小时", "duration", "提供", "法律咨询服务", ql="more_than"))
C("unit.duration", "不动产一般登记办理时间压缩至3个工作日。",
  m("3个工作日", 3, "工作日", "duration", "办理时间", "不动产一般登记"))  # time limit with its service: ALIGN_2026-12-03 (later)
C("unit.duration", "2024年5月起，派出工作组驻村帮扶指导3个月。",
  m("3个月", 3, "月", "duration", "驻村帮扶指导"))
C("unit.duration", "人均完成网上学法40学时。",
  m("40学时", 40, "学时", "duration", "网上学法"))
C("unit.duration", "劳动人事争议仲裁案件平均审理周期缩短至28天。",
  m("28天", 28, "天", "duration", "平均审理周期"))
C("unit.duration", "全市110接警后城区平均5分钟内到达现场。",
  m("5分钟内", 5, "分钟", "duration", "到达", "现场", ql="at_most"))

C("unit.measure", "深入开展“两违”专项整治，拆除违法建设1.36万平方米。",
  m("1.36万平方米", 13600, "平方米", "measure", "拆除", "违法建设"))
C("unit.measure", "新增城市绿地12.8万平方米。",
  m("12.8万平方米", 128000, "平方米", "measure", "新增", "城市绿地"))
C("unit.measure", "实施“四好农村路”建设，新改建农村公路186.4公里。",
  m("186.4公里", 186.4, "公里", "measure", "新改建", "农村公路"))
C("unit.measure", "整治河道岸线4800米。",
  m("4800米", 4800, "米", "measure", "整治", "河道岸线"))
C("unit.measure", "开展成品油质量“百日攻坚”行动，查扣不合格成品油23.6吨。",
  m("23.6吨", 23.6, "吨", "measure", "查扣", "不合格成品油"))
C("unit.measure", "依法收回闲置土地320亩。",
  m("320亩", 320, "亩", "measure", "收回", "闲置土地"))
C("unit.measure", "查处非法采砂案件7起，扣押河砂1500余立方米。",
  m("7起", 7, "起", "count", "查处", "非法采砂案件"),
  m("1500余立方米", 1500, "立方米", "measure", "扣押", "河砂", ql="more_than"))
C("unit.measure", "集中销毁罚没假冒伪劣食品860千克。",
  m("860千克", 860, "千克", "measure", "集中销毁", "罚没假冒伪劣食品"))
C("unit.measure", "破获“6·26”专案，缴获毒品海洛因2.6公斤。",
  m("2.6公斤", 2.6, "公斤", "measure", "缴获", "毒品海洛因"))
C("unit.measure", "全年处置一般工业固体废物3.4万吨。",
  m("3.4万吨", 34000, "吨", "measure", "处置", "一般工业固体废物"))

# ---------------------------------------------------------------------------
# qualifiers
# ---------------------------------------------------------------------------
C("qualifier.yu", "推行“三调联动”机制，化解各类矛盾纠纷3200余件。",
  m("3200余件", 3200, "件", "count", "化解", "各类矛盾纠纷", ql="more_than"))
C("qualifier.duo", "依托12348热线平台，接受群众法律咨询1万多人次。",
  m("1万多人次", 10000, "人次", "count", "接受", "群众法律咨询", ql="more_than"))
C("qualifier.yishang", "推进“一网通办”，行政审批事项网上办理率达到90%以上。",
  m("90%以上", 90, "%", "percent", "网上办理率", "行政审批事项", ql="at_least"))
C("qualifier.yixia", "全县重点人群艾滋病检测阳性率保持在0.1%以下。",
  m("0.1%以下", 0.1, "%", "percent", "艾滋病检测阳性率", "重点人群", ql="at_most"))
C("trap.distributive", "建立“1+X”联合执法机制，每月开展联合执法行动10次左右。")
C("qualifier.zuoyou", "审批材料平均精简30%左右。",
  m("30%左右", 30, "%", "percent", "审批材料", ql="about", ch="decrease"))
C("qualifier.shangxia", "日均受理群众诉求300件上下。",
  m("300件上下", 300, "件", "count", "受理", "群众诉求", ql="about"))
C("qualifier.nei", "对符合条件的复议申请均在5日内作出受理决定。",
  m("5日内", 5, "日", "duration", "作出", "受理决定", ql="at_most"))
C("qualifier.nei", "对群众投诉举报做到24小时内响应。",
  m("24小时内", 24, "小时", "duration", "响应", ql="at_most"))
C("qualifier.nei", "依申请公开事项均在20个工作日内予以答复。",
  m("20个工作日内", 20, "工作日", "duration", "答复", "依申请公开事项", ql="at_most"))
C("qualifier.nei", "企业开办全流程1天内办结。",
  m("1天内", 1, "天", "duration", "办结", "企业开办全流程", ql="at_most"))
C("qualifier.yinei", "工程建设项目审批全流程用时控制在60天以内。",
  m("60天以内", 60, "天", "duration", "审批全流程用时", "工程建设项目", ql="at_most"))
C("qualifier.jin", "办理人大代表建议和政协提案近200件。",
  m("200件", 200, "件", "count", "办理", "人大代表建议和政协提案", ql="less_than"))
C("qualifier.jin", "开展“民法典进万家”宣传活动，吸引近千名群众参与。",
  m("千名", 1000, "名", "count", "吸引", "群众", ql="less_than"))
C("qualifier.yue", "通过全国12315平台受理消费者投诉举报约1.8万件。",
  m("1.8万件", 18000, "件", "count", "受理", "消费者投诉举报", ql="about"))
C("qualifier.chaoguo", "全年走访企业超过1200家，收集问题诉求460条。",
  m("1200家", 1200, "家", "count", "走访", "企业", ql="more_than"),
  m("460条", 460, "条", "count", "收集", "问题诉求"))
C("qualifier.buzu", "群众办事平均跑动次数不足1次。",
  m("1次", 1, "次", "count", "平均跑动次数", ql="less_than"))
C("qualifier.budao", "全面推行企业开办“一网通办”，开办时间不到1天。",
  m("1天", 1, "天", "duration", "开办时间", ql="less_than"))
C("qualifier.bushaoyu", "局党组全年集中学法不少于4次。",
  m("4次", 4, "次", "count", "集中学法", ql="at_least"))
C("trap.distributive", "每个村（社区）至少培养3名“法律明白人”。")
C("qualifier.buchaoguo", "群众窗口平均等候时间不超过15分钟。",
  m("15分钟", 15, "分钟", "duration", "平均等候时间", ql="at_most"))
C("trap.distributive", "同一企业的涉企行政检查每年不超过2次。")
C("qualifier.dayue", "严格落实“一车一档”管理，全年处理交通违法行为大约12万起。",
  m("12万起", 120000, "起", "count", "处理", "交通违法行为", ql="about"))
C("qualifier.double", "全年开展普法宣传活动约350余场。",
  m("350余场", 350, "场", "count", "开展", "普法宣传活动", ql="more_than"))
C("qualifier.double", "重点工业企业在线监测数据传输有效率超过96%以上。",
  m("96%以上", 96, "%", "percent", "数据传输有效率", "重点工业企业", ql="at_least"))
C("qualifier.double", "近2万余名群众参与“法律进万家”活动。",
  m("2万余名", 20000, "名", "count", "参与", "群众", ql="more_than"))
C("qualifier.double", "累计培训人民调解员约1500多人次。",
  m("1500多人次", 1500, "人次", "count", "培训", "人民调解员", ql="more_than"))

# ---------------------------------------------------------------------------
# changes
# ---------------------------------------------------------------------------
C("change.tongbi", "2024年，全市刑事案件立案数同比下降18.7%。",
  m("18.7%", 18.7, "%", "percent", "刑事案件立案数", ch="decrease"))
C("change.tongbi", "开展“净网2024”专项行动，电信网络诈骗案件破案数同比上升32.4%。",
  m("32.4%", 32.4, "%", "percent", "电信网络诈骗案件破案数", ch="increase"))
C("change.tongbi", "全年受理行政复议申请数同比增长27.5%。",
  m("27.5%", 27.5, "%", "percent", "受理行政复议申请数", ch="increase"))
C("change.tongbi", "全年未发生较大以上安全事故，事故起数同比下降23.5%。",
  m("23.5%", 23.5, "%", "percent", "事故起数", ch="decrease"))
C("change.tongbi", "全年接处110警情12.6万起，有效警情同比下降8.2%。",
  m("12.6万起", 126000, "起", "count", "接处", "110警情"),
  m("8.2%", 8.2, "%", "percent", "有效警情", ch="decrease"))
C("change.jianshao", "新修订的《行政复议法》自2024年1月1日起施行，行政复议纠错案件较上年减少9件。",
  m("9件", 9, "件", "count", "行政复议纠错案件", ch="decrease"))
C("change.jianshao", "全年道路交通事故死亡人数同比减少21人。",
  m("21人", 21, "人", "count", "道路交通事故死亡人数", ch="decrease"))
C("change.jianshao", "信访总量较上年下降11.4%，其中越级上访下降35%。",
  m("11.4%", 11.4, "%", "percent", "信访总量", ch="decrease"),
  m("35%", 35, "%", "percent", "越级上访", ch="decrease"))
C("change.yasuo", "审批事项申报材料压缩40%。",
  m("40%", 40, "%", "percent", "申报材料", ch="decrease"))
C("change.yasuo", "项目审批办理时限平均压缩60%。",
  m("60%", 60, "%", "percent", "办理时限", ch="decrease"))
C("change.baifendian", "在全省第四季度测评中，群众安全感满意度较上年提高1.3个百分点。",
  m("1.3个百分点", 1.3, "百分点", "percent", "群众安全感满意度", ch="increase"))
C("change.from_to", "按照“四个一律取消”要求，证明事项由58项精简至19项。",
  m("58项", 58, "项", "count", "证明事项"),
  m("19项", 19, "项", "count", "证明事项"))
C("change.from_to", "企业开办时间由4个工作日压缩到1个工作日。",
  m("4个工作日", 4, "工作日", "duration", "企业开办时间"),
  m("1个工作日", 1, "工作日", "duration", "企业开办时间"))
C("change.level_to", "案卷评查优秀率提高到85%。",
  m("85%", 85, "%", "percent", "案卷评查优秀率"))
C("change.inherit", "全年新设立市场主体2.3万户，同比增长12%。",
  m("2.3万户", 23000, "户", "count", "新设立", "市场主体"),
  m("12%", 12, "%", "percent", "新设立", ch="increase"))
C("change.inherit", "全市发生生产安全事故31起，同比减少6起、下降16.2%。",
  m("31起", 31, "起", "count", "发生", "生产安全事故"),
  m("6起", 6, "起", "count", "发生", ch="decrease"),
  m("16.2%", 16.2, "%", "percent", "发生", ch="decrease"))
C("change.inherit", "全年组织税收收入86.7亿元，同比增长5.8%。",
  m("86.7亿元", 8670000000, "元", "money", "组织", "税收收入"),
  m("5.8%", 5.8, "%", "percent", "组织", ch="increase"))
C("change.inherit", "第一季度，全县共受理行政复议申请37件，同比增长15.6%，案件办结率92%。",
  m("37件", 37, "件", "count", "受理", "行政复议申请"),
  m("15.6%", 15.6, "%", "percent", "受理", ch="increase"),
  m("92%", 92, "%", "percent", "案件办结率"))

# ---------------------------------------------------------------------------
# attachment rules and conventions
# ---------------------------------------------------------------------------
C("attach.verb_before", "约谈3家网约车平台公司，责令限期整改。",
  m("3家", 3, "家", "count", "约谈", "网约车平台公司"))
C("attach.verb_before", "破获电信网络诈骗案件312起，抓获犯罪嫌疑人486名，止付冻结涉案资金2360万元。",
  m("312起", 312, "起", "count", "破获", "电信网络诈骗案件"),
  m("486名", 486, "名", "count", "抓获", "犯罪嫌疑人"),
  m("2360万元", 23600000, "元", "money", "止付冻结", "涉案资金"))
C("attach.verb_before", "立案查处欠薪案件63件，为1350名劳动者追发工资2180万元。",
  m("63件", 63, "件", "count", "立案查处", "欠薪案件"),
  m("1350名", 1350, "名", "count", "追发", "劳动者"),
  m("2180万元", 21800000, "元", "money", "追发", "工资"))
C("attach.verb_before", "全年共出动执法人员6240人次，检查企业2100家次。",
  m("6240人次", 6240, "人次", "count", "出动", "执法人员"),
  m("2100家次", 2100, "家次", "count", "检查", "企业"))
C("attach.verb_before", "拆除违规户外广告牌匾376块，清理乱堆乱放1200余处。",
  m("376块", 376, "块", "count", "拆除", "违规户外广告牌匾"),
  m("1200余处", 1200, "处", "count", "清理", "乱堆乱放", ql="more_than"))
C("attach.verb_before", "通过LED屏滚动播放普法标语1200余条。",
  m("1200余条", 1200, "条", "count", "滚动播放", "普法标语", ql="more_than"))

C("attach.dui_jinxing", "对全市15家二级以上医院、62家民营医疗机构进行了依法执业专项检查。",
  m("15家", 15, "家", "count", "依法执业专项检查", "二级以上医院"),
  m("62家", 62, "家", "count", "依法执业专项检查", "民营医疗机构"))
C("attach.dui_jinxing", "对8个乡镇、3个街道进行法治政府建设督察。",
  m("8个", 8, "个", "count", "法治政府建设督察", "乡镇"),
  m("3个", 3, "个", "count", "法治政府建设督察", "街道"))
C("attach.dui_jinxing", "对31件行政规范性文件和7件重大行政决策进行了合法性审查。",
  m("31件", 31, "件", "count", "合法性审查", "行政规范性文件"),
  m("7件", 7, "件", "count", "合法性审查", "重大行政决策"))
C("attach.dui_jinxing", "对124家建筑施工企业开展安全生产执法检查。",
  m("124家", 124, "家", "count", "安全生产执法检查", "建筑施工企业"))
C("attach.dui_jinxing", "对全县47所中小学校开展校园周边环境整治。",
  m("47所", 47, "所", "count", "校园周边环境整治", "中小学校"))
C("attach.dui_jinxing", "依据《行政处罚法》第三十三条，对轻微违法行为免予处罚136件。",
  m("136件", 136, "件", "count", "免予处罚", "轻微违法行为"))
C("attach.dui_jinxing", "根据《关于推行包容审慎监管的意见》（省政办发〔2023〕45号），对156家企业适用“首违不罚”。",
  m("156家", 156, "家", "count", "适用“首违不罚”", "企业"))

C("attach.number_before_noun", "共开展8场160人次联合执法检查。",
  m("8场", 8, "场", "count", "联合执法检查"),
  m("160人次", 160, "人次", "count", "联合执法检查"))
C("attach.number_before_noun", "组织开展3轮46人次法治督察。",
  m("3轮", 3, "轮", "count", "法治督察"),
  m("46人次", 46, "人次", "count", "法治督察"))
C("attach.number_before_noun", "完成12次行政规范性文件合法性审核。",
  m("12次", 12, "次", "count", "行政规范性文件合法性审核"))

C("attach.coordinated_rates", "全县行政执法人员持证率和年度培训覆盖率均为100%。",
  m("100%", 100, "%", "percent", "持证率", "行政执法人员"),
  m("100%", 100, "%", "percent", "年度培训覆盖率", "行政执法人员"))
C("attach.coordinated_rates", "12345热线工单签收率、办结率、回访率均达到100%。",
  m("100%", 100, "%", "percent", "签收率", "12345热线工单"),
  m("100%", 100, "%", "percent", "办结率", "12345热线工单"),
  m("100%", 100, "%", "percent", "回访率", "12345热线工单"))
C("attach.coordinated_rates", "行政许可事项网上办理率、即办率均超过85%。",
  m("85%", 85, "%", "percent", "网上办理率", "行政许可事项", ql="more_than"),
  m("85%", 85, "%", "percent", "即办率", "行政许可事项", ql="more_than"))
C("attach.respectively", "行政复议案件按期办结率、申请人满意率分别为98.2%、96.5%。",
  m("98.2%", 98.2, "%", "percent", "按期办结率", "行政复议案件"),
  m("96.5%", 96.5, "%", "percent", "申请人满意率", "行政复议案件"))

C("attach.breakdown", "办理行政诉讼案件74件，其中一审案件51件、二审案件23件。",
  m("74件", 74, "件", "count", "办理", "行政诉讼案件"),
  m("51件", 51, "件", "count", "办理", "一审案件"),
  m("23件", 23, "件", "count", "办理", "二审案件"))
C("attach.breakdown", "梳理公布权责清单事项1260项，其中行政许可事项186项、行政处罚事项742项。",
  m("1260项", 1260, "项", "count", "梳理公布", "权责清单事项"),
  m("186项", 186, "项", "count", "梳理公布", "行政许可事项"),
  m("742项", 742, "项", "count", "梳理公布", "行政处罚事项"))
C("attach.breakdown", "新制定行政执法制度11项，一是执法公示类4项，二是全过程记录类2项，三是法制审核类5项。",
  m("11项", 11, "项", "count", "制定", "行政执法制度"),
  m("4项", 4, "项", "count", "制定", "执法公示类"),
  m("2项", 2, "项", "count", "制定", "全过程记录类"),
  m("5项", 5, "项", "count", "制定", "法制审核类"))
C("attach.breakdown", "办理登记注册业务3.4万件，其中新设登记1.3万件、变更登记2.1万件。",
  m("3.4万件", 34000, "件", "count", "办理", "登记注册业务"),
  m("1.3万件", 13000, "件", "count", "办理", "新设登记"),
  m("2.1万件", 21000, "件", "count", "办理", "变更登记"))

C("attach.fine_money", "查处无证经营案件15起，罚款8.6万元。",
  m("15起", 15, "起", "count", "查处", "无证经营案件"),
  m("8.6万元", 86000, "元", "money", "罚款"))
C("attach.fine_money", "全年作出行政处罚决定218件，罚没金额326.5万元。",
  m("218件", 218, "件", "count", "作出", "行政处罚决定"),
  m("326.5万元", 3265000, "元", "money", "罚没金额"))
C("attach.fine_money", "办理税务违法案件31件，处罚金额合计47.2万元。",
  m("31件", 31, "件", "count", "办理", "税务违法案件"),
  m("47.2万元", 472000, "元", "money", "处罚金额"))
C("attach.fine_money", "依照《食品安全法》第一百二十四条，没收违法所得2300元，并处罚款5万元。",
  m("2300元", 2300, "元", "money", "没收", "违法所得"),
  m("5万元", 50000, "元", "money", "罚款"))
C("attach.fine_money", "全年开展医疗机构依法执业检查1240户次，立案处罚54起，罚没款43.6万元。",
  m("1240户次", 1240, "户次", "count", "依法执业检查", "医疗机构"),
  m("54起", 54, "起", "count", "立案处罚"),
  m("43.6万元", 436000, "元", "money", "罚没款"))

C("attach.subject_predicate", "2024年度，37家企业被评为A级纳税信用企业。",
  m("37家", 37, "家", "count", "评为", "企业#1"))
C("attach.subject_predicate", "全区218名网格员全部纳入综合执法协管队伍。",
  m("218名", 218, "名", "count", "纳入", "网格员"))
C("attach.subject_predicate", "9个乡镇全部建成标准化司法所。",
  m("9个", 9, "个", "count", "建成", "乡镇"))
C("attach.subject_predicate", "全市234所中小学全部配备法治副校长。",
  m("234所", 234, "所", "count", "配备", "中小学"))
C("attach.subject_predicate", "4件普法作品获评省级一等奖。",
  m("4件", 4, "件", "count", "获评", "普法作品"))
C("attach.subject_predicate", "（二）深化“放管服”改革。全市1,126项政务服务事项实现“一网通办”，网上可办率达98.6%。",
  m("1,126项", 1126, "项", "count", "实现", "政务服务事项"),
  m("98.6%", 98.6, "%", "percent", "网上可办率"))

C("attach.light_verb_action", "（四）强化行政执法监督。开展行政执法监督检查27次。",
  m("27次", 27, "次", "count", "行政执法监督检查"))
C("attach.light_verb_action", "围绕“十五五”规划编制，组织开展法治专题调研5次。",
  m("5次", 5, "次", "count", "法治专题调研"))
C("attach.light_verb_action", "全年对提交政府常务会议审议的议题进行合法性审查143件。",
  m("143件", 143, "件", "count", "合法性审查", "议题"))
C("attach.light_verb_action", "完成食品安全监督抽检5216批次。",
  m("5216批次", 5216, "批次", "count", "食品安全监督抽检"))
C("attach.light_verb_action", "完成病险水库除险加固11座。",
  m("11座", 11, "座", "count", "除险加固", "病险水库"))
C("attach.light_verb_action", "组织开展应急演练210场次，参演人员1.6万人次。",
  m("210场次", 210, "场次", "count", "应急演练"),
  m("1.6万人次", 16000, "人次", "count", "参演", "人员"))
C("attach.light_verb_action", "坚持把学习习近平法治思想作为首要任务，开展第一议题学习12次。",
  m("12次", 12, "次", "count", "第一议题学习"))
C("attach.light_verb_action", "一是强化执法监督，全年开展案卷评查2次，抽评行政执法案卷136卷。",
  m("2次", 2, "次", "count", "案卷评查"),
  m("136卷", 136, "卷", "count", "抽评", "行政执法案卷"))

C("attach.light_verb_event", "实施“百名法学家百场报告会”，开展法治讲座31场。",
  m("31场", 31, "场", "count", "开展", "法治讲座"))
C("attach.light_verb_event", "组织“法律六进”活动58场。",
  m("58场", 58, "场", "count", "组织", "“法律六进”活动"))
C("attach.light_verb_event", "2024年，召开行政执法协调会9次。",
  m("9次", 9, "次", "count", "召开", "行政执法协调会"))
C("attach.light_verb_event", "开展税收宣传月活动16场，发放宣传资料2万余份。",
  m("16场", 16, "场", "count", "开展", "税收宣传月活动"),
  m("2万余份", 20000, "份", "count", "发放", "宣传资料", ql="more_than"))
C("attach.light_verb_event", "按照“谁执法谁普法”要求，全年开展以案释法活动63场，受众1.4万余人次。",
  m("63场", 63, "场", "count", "开展", "以案释法活动"),
  m("1.4万余人次", 14000, "人次", "count", None, "受众", ql="more_than"))

C("attach.pivot", "围绕“30·60”双碳目标，组织36家重点用能单位开展能源审计。",
  m("36家", 36, "家", "count", "组织", "重点用能单位"))
C("attach.pivot", "督促14家企业完成挥发性有机物治理。",
  m("14家", 14, "家", "count", "督促", "企业"))
C("attach.pivot", "邀请25名人大代表、政协委员参与执法监督。",
  m("25名", 25, "名", "count", "邀请", "人大代表、政协委员"))
C("attach.pivot", "聘请12位专家学者担任政府法律顾问。",
  m("12位", 12, "位", "count", "聘请", "专家学者"))

C("attach.existential", "2024年，本机关有行政诉讼案件29件。",
  m("29件", 29, "件", "count", "行政诉讼", "案件"))
C("attach.existential", "本年度全县有行政赔偿案件2件，均已依法履行。",
  m("2件", 2, "件", "count", "行政赔偿", "案件"))
C("attach.no_verb", "全年行政应诉案件41件，胜诉率92.7%。",
  m("41件", 41, "件", "count", "行政应诉", "案件"),
  m("92.7%", 92.7, "%", "percent", "胜诉率"))

C("attach.share", "食品类抽检占全部抽检批次的64.3%。",
  m("64.3%", 64.3, "%", "percent", "占全部抽检批次", "食品类抽检"))
C("attach.share", "网上办理事项占政务服务事项总数的96%。",
  m("96%", 96, "%", "percent", "占政务服务事项总数", "网上办理事项"))

C("attach.quoted_name", "深化“一网通办”，推出“跨省通办”62项。",
  m("62项", 62, "项", "count", "推出", "跨省通办"))
C("attach.quoted_name", "全年办理“不见面审批”2160件。",
  m("2160件", 2160, "件", "count", "办理", "不见面审批"))
C("attach.quoted_name", "对首次轻微违法的市场主体适用“首违不罚”47件。",
  m("47件", 47, "件", "count", "适用", "首违不罚"))

C("attach.count_in_rate", "全局286名执法人员参加年度执法资格考试，通过率100%。",
  m("286名", 286, "名", "count", "参加", "执法人员"),
  m("100%", 100, "%", "percent", "通过率"))
C("attach.count_in_rate", "抽检药品620批次，合格率99.2%。",
  m("620批次", 620, "批次", "count", "抽检", "药品"),
  m("99.2%", 99.2, "%", "percent", "合格率"))
C("attach.count_in_rate", "全年受理城市管理类投诉1.15万件，办结率99.4%，满意率97.8%。",
  m("1.15万件", 11500, "件", "count", "受理", "城市管理类投诉"),
  m("99.4%", 99.4, "%", "percent", "办结率"),
  m("97.8%", 97.8, "%", "percent", "满意率"))
C("attach.count_in_rate", "全年人民调解组织调解矛盾纠纷5860件，调解成功率98.7%。",
  m("5860件", 5860, "件", "count", "调解#2", "矛盾纠纷"),
  m("98.7%", 98.7, "%", "percent", "调解成功率"))
C("attach.count_in_rate", "2024年11月，县应急管理局开展“安全生产月”活动，排查隐患点位218处，整改率100%。",
  m("218处", 218, "处", "count", "排查", "隐患点位"),
  m("100%", 100, "%", "percent", "整改率"))

C("attach.rate_name", "截至2024年12月31日，行政复议结案率为95.4%。",
  m("95.4%", 95.4, "%", "percent", "行政复议结案率"))
C("attach.rate_name", "一审行政诉讼案件胜诉率达88.9%。",
  m("88.9%", 88.9, "%", "percent", "胜诉率", "一审行政诉讼案件"))
C("attach.rate_name", "基本医疗保险参保率连续五年稳定在97%以上。",
  m("97%以上", 97, "%", "percent", "参保率", "基本医疗保险", ql="at_least"))
C("attach.rate_name", "“双随机、一公开”监管覆盖率100%。",
  m("100%", 100, "%", "percent", "监管覆盖率"))
C("attach.rate_name", "按照“三个必须”要求，全市养老机构消防安全达标率达到97.2%。",
  m("97.2%", 97.2, "%", "percent", "消防安全达标率", "养老机构"))
C("attach.rate_name", "2024年度，全县行政复议决定履行率为100%。",
  m("100%", 100, "%", "percent", "履行率", "行政复议决定"))

C("attach.object_implied", "2024年，清理规范性文件57项，废止9项。",
  m("57项", 57, "项", "count", "清理", "规范性文件"),
  m("9项", 9, "项", "count", "废止"))
C("attach.object_implied", "受理行政许可事项2875件，当场办结2310件。",
  m("2875件", 2875, "件", "count", "受理", "行政许可事项"),
  m("2310件", 2310, "件", "count", "当场办结"))

# ---------------------------------------------------------------------------
# traps mixed with real mentions (only some numerals are mentions)
# ---------------------------------------------------------------------------
C("trap.date", "（三）2024年，全区共办理公证事项5620件。",
  m("5620件", 5620, "件", "count", "办理", "公证事项"))
C("trap.date", "上半年，全县共办结信访事项318件。",
  m("318件", 318, "件", "count", "办结", "信访事项"))
C("trap.date", "在“3·15”国际消费者权益日期间，为消费者挽回经济损失68.4万元。",
  m("68.4万元", 684000, "元", "money", "挽回", "经济损失"))
C("trap.date", "“12·4”国家宪法日当天，设置法律咨询台26个。",
  m("26个", 26, "个", "count", "设置", "法律咨询台"))
C("trap.date", "制定《2024—2026年普法工作规划》，确定重点任务28项。",
  m("28项", 28, "项", "count", "确定", "重点任务"))
C("trap.list_marker", "①办理行政许可2180件；②开展执法检查650次。",
  m("2180件", 2180, "件", "count", "办理", "行政许可"),
  m("650次", 650, "次", "count", "执法检查"))
C("trap.name", "“十四五”以来，累计制定修订政府规章14件。",
  m("14件", 14, "件", "count", "制定修订", "政府规章"))
C("trap.name", "全面落实行政执法三项制度，公示行政执法决定1.9万条。",
  m("1.9万条", 19000, "条", "count", "公示", "行政执法决定"))
C("trap.name", "全年通过12345热线受理企业和群众诉求4.7万件。",
  m("4.7万件", 47000, "件", "count", "受理", "企业和群众诉求"))
C("trap.name", "围绕“一件事一次办”，推出集成服务事项27个。",
  m("27个", 27, "个", "count", "推出", "集成服务事项"))
C("trap.doc_number", "依据市政府办公室《行政执法公示办法》（市政办发〔2023〕21号），全年公示执法信息9800余条。",
  m("9800余条", 9800, "条", "count", "公示#2", "执法信息", ql="more_than"))
C("trap.ranking", "全年办理民生实事15件，群众满意度测评排名全市第2位。",
  m("15件", 15, "件", "count", "办理", "民生实事"))
C("trap.negation_zero", "全年开展消防安全检查1460次，未发生一起较大火灾事故。",
  m("1460次", 1460, "次", "count", "消防安全检查"))
C("trap.negation_zero", "全年办理行政复议案件96件，无一起被确认违法。",
  m("96件", 96, "件", "count", "办理", "行政复议案件"))
C("trap.structural", "建成县、乡、村三级公共法律服务平台186个。",
  m("186个", 186, "个", "count", "建成", "公共法律服务平台"))
C("trap.numeral_word", "执法队伍统一配备执法记录仪96台。",
  m("96台", 96, "台", "count", "统一配备", "执法记录仪"))
C("trap.numeral_word", "千方百计为企业纾困，全年帮助中小企业融资3.2亿元。",
  m("3.2亿元", 320000000, "元", "money", "融资"))
C("trap.threshold", "督促2家日处理万吨以上的污水处理厂完成提标改造。",
  m("2家", 2, "家", "count", "督促", "污水处理厂"))
C("trap.threshold", "设置24小时自助服务区5个。",
  m("5个", 5, "个", "count", "设置", "24小时自助服务区"))
C("trap.multi", "2024年，县市场监管局开展“双随机、一公开”联合抽查46次，检查市场主体1,380户次，公示率100％。",
  m("46次", 46, "次", "count", "联合抽查"),
  m("1,380户次", 1380, "户次", "count", "检查", "市场主体"),
  m("100％", 100, "%", "percent", "公示率"))

# ---------------------------------------------------------------------------
# traps with zero gold rows
# ---------------------------------------------------------------------------
C("trap.date", "2024年11月20日，市政府召开法治政府建设推进会。")
C("trap.date", "按照《法治政府建设实施纲要（2021—2025年）》要求，持续推进依法行政。")
C("trap.date", "上半年，县司法局完成了普法责任制清单的修订工作。")
C("trap.date", "自2023年7月1日起，全面施行行政裁量权基准制度。")
C("trap.date", "2023年度法治政府建设情况报告已于2024年1月在政府网站公开。")
C("trap.period", "近三年来，全县行政复议案件数量持续下降。")
C("trap.period", "连续3年获评全省法治政府建设示范县。")
C("trap.list_marker", "一、2024年推进法治政府建设的主要举措")
C("trap.list_marker", "（一）坚持党的领导，统筹推进法治建设。")
C("trap.list_marker", "1.深化“放管服”改革；（2）规范行政执法行为；③强化权力监督。")
C("trap.list_marker", "一是健全依法决策机制，二是加强规范性文件管理，三是强化执法监督。")
C("trap.ordinal", "深入学习贯彻党的二十届三中全会精神，推动法治建设各项任务落地见效。")
C("trap.ordinal", "承办第十二届全省行政执法人员业务技能竞赛。")
C("trap.ordinal", "第一时间响应群众诉求，一次性告知办事要求。")
C("trap.name", "全面落实行政执法三项制度，推行“双随机、一公开”监管。")
C("trap.name", "深化“一件事一次办”改革，编制“十四五”法治政府建设规划。")
C("trap.name", "畅通12345政务服务便民热线，做到接诉即办。")
C("trap.name", "推行“4321”调解工作法和“五心”服务机制。")
C("trap.name", "坚持“两个确立”、做到“两个维护”，深入学习贯彻习近平法治思想。")
C("trap.name", "持续开展“八五”普法，深化“法治乡村”建设。")
C("trap.name", "推进“三无”小区物业管理和“一网统管”平台建设。")
C("trap.name", "构建“1+N”法律顾问服务模式，提供7×24小时在线咨询。")
C("trap.name", "实施安全生产治本攻坚三年行动，压实企业主体责任。")
C("trap.name", "对餐饮服务单位实行A、B、C级动态评定。")
C("trap.doc_number", "印发《关于加强行政规范性文件管理的通知》（县政办发〔2024〕15号）。")
C("trap.article", "依据《行政处罚法》第三十二条规定，对主动消除违法行为危害后果的依法从轻处罚。")
C("trap.article", "根据《安全生产法》第九十九条第一款，责令企业限期改正。")
C("trap.phone", "开通法律援助咨询热线0431-12348，实行全天候值守。")
C("trap.phone", "举报电话：0898-65236789。")
C("trap.ranking", "全市法治政府建设考核排名第一。")
C("trap.ranking", "营商环境评价位列全省第3位。")
C("trap.negation_zero", "全年无一起重大行政执法过错案件，实现零投诉。")
C("trap.negation_zero", "未发生一起较大以上生产安全事故。")
C("trap.structural", "构建县、乡、村三级联动的公共法律服务体系。")
C("trap.structural", "围绕四个“最”目标，打造一流营商环境。")
C("trap.structural", "建立“一中心、两平台、三机制”工作格局。")
C("trap.award", "在全省行政执法案卷评查中荣获一等奖。")
C("trap.award", "选送的普法微电影获评全国二等奖、全省三等奖。")
C("trap.numeral_word", "执法队伍统一着装，一律亮证执法。")
C("trap.numeral_word", "对执法现场遗留物品及时收拾清运，以防万一。")
C("trap.numeral_word", "“一去二三里，烟村四五家”，乡村法治文化长廊绘有古诗名句。")
C("trap.numeral_word", "进一步推进政务服务“一网通办”“一窗受理”，推动审批服务一体化。")
C("trap.numeral_word", "把百姓冷暖放在心上，千方百计为群众排忧解难。")
C("trap.threshold", "对违法所得不足1000元且及时改正的，依法不予行政处罚。")
C("trap.threshold", "简易程序适用于对公民处以200元以下罚款的案件。")

# Added 2026-11-30 when per-unit norms (每季度…3-5家, 每个村…至少3名) became non-mentions
# (docs/annotation.md): the range and qualifier forms those cases exercised, in period counts.
C("number.range", "深化商事制度改革，开办企业时间压缩至1至2个工作日。",
  m("1至2个工作日", 1, "工作日", "duration", "开办企业时间", hi=2))
C("number.range", "各执法中队全年开展夜间巡查20至30次。",
  m("20至30次", 20, "次", "count", "夜间巡查", hi=30))
C("qualifier.zuoyou", "全年开展联合执法行动120次左右。",
  m("120次左右", 120, "次", "count", "开展", "联合执法行动", ql="about"))
C("qualifier.zhishao", "全年组织法治培训至少6次。",
  m("6次", 6, "次", "count", "法治培训", ql="at_least"))
C("qualifier.buchaoguo", "全年涉企行政检查不超过120次。",
  m("120次", 120, "次", "count", "涉企行政检查", ql="at_most"))


# ---------------------------------------------------------------------------
# machinery: offsets, independent checks, output
# ---------------------------------------------------------------------------
ZH_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5,
             "六": 6, "七": 7, "八": 8, "九": 9, "壹": 1, "贰": 2, "叁": 3, "肆": 4,
             "伍": 5, "陆": 6, "柒": 7, "捌": 8, "玖": 9}
ZH_SMALL = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
ZH_BIG = {"万": 10_000, "亿": 100_000_000}
NUMERAL_CHARS = set("0123456789.,") | set(ZH_DIGITS) | set(ZH_SMALL) | set(ZH_BIG)

# written unit suffix -> canonical unit, longest first when matching
UNIT_SUFFIX = {
    "个工作日": "工作日", "个百分点": "百分点", "平方米": "平方米", "立方米": "立方米",
    "个月": "月", "工作日": "工作日", "百分点": "百分点", "小时": "小时", "分钟": "分钟",
    "学时": "学时", "人次": "人次", "户次": "户次", "家次": "家次", "批次": "批次",
    "场次": "场次", "辆次": "辆次", "艘次": "艘次", "千克": "千克", "公斤": "公斤",
    "公里": "公里", "%": "%", "‰": "‰", "元": "元", "米": "米", "吨": "吨", "亩": "亩",
    "天": "天", "日": "日",
}
for _c in "件起宗项个次场期份本册篇条块幅张家户所名人位处台辆艘座套部卷轮节支":
    UNIT_SUFFIX[_c] = _c
KIND_OF_UNIT = {"元": "money", "%": "percent", "‰": "percent", "百分点": "percent"}
KIND_OF_UNIT.update({u: "duration" for u in ("小时", "分钟", "天", "日", "工作日", "月", "学时")})
KIND_OF_UNIT.update({u: "measure" for u in ("平方米", "立方米", "公里", "米", "吨", "亩", "千克", "公斤")})

INSIDE_MARKERS = [("以上", "at_least"), ("以下", "at_most"), ("以内", "at_most"),
                  ("左右", "about"), ("上下", "about"), ("内", "at_most")]
PREFIX_MARKERS = [("不少于", "at_least"), ("不超过", "at_most"), ("大约", "about"),
                  ("超过", "more_than"), ("不足", "less_than"), ("不到", "less_than"),
                  ("至少", "at_least"), ("约", "about"), ("近", "less_than")]
FULLWIDTH = str.maketrans("０１２３４５６７８９．％，", "0123456789.%,")


def zh_to_number(s: str) -> float:
    """Independent numeral parser (Arabic, Chinese lower/upper case, mixed)."""
    if "点" in s:
        whole, frac = s.split("点", 1)
        return zh_to_number(whole) + float("0." + "".join(str(ZH_DIGITS[c]) for c in frac))
    total, section, num = 0.0, 0.0, 0.0
    for tok in re.findall(r"\d+(?:\.\d+)?|.", s):
        if tok[0].isdigit():
            num = float(tok)
        elif tok in ZH_DIGITS:
            num = ZH_DIGITS[tok]
        elif tok in ZH_SMALL:
            section += (num or 1) * ZH_SMALL[tok]
            num = 0
        elif tok in ZH_BIG:
            total = (total + section + num) * ZH_BIG[tok]
            section = num = 0
        else:
            raise ValueError(f"not a numeral: {s!r}")
    return total + section + num


def parse_quantity(surface: str):
    """Surface -> (value, value_high, canonical unit or None, inside qualifier or None)."""
    s = surface.translate(FULLWIDTH).replace(",", "")
    inside = None
    for marker, ql in INSIDE_MARKERS:
        if s.endswith(marker):
            s, inside = s[: -len(marker)], ql
            break
    if "余" in s or "多" in s:
        s, inside = s.replace("余", "").replace("多", ""), "more_than"
    if s.startswith("百分之"):
        s, unit = s[3:], "%"
    else:
        unit = None
        for suf in sorted(UNIT_SUFFIX, key=len, reverse=True):
            if s.endswith(suf) and len(s) > len(suf):
                s, unit = s[: -len(suf)], UNIT_SUFFIX[suf]
                break
    if s == "两三":
        return 2.0, 3.0, unit, inside
    parts = re.split(r"[至到\-～~—]", s)
    value = zh_to_number(parts[0])
    high = zh_to_number(parts[1]) if len(parts) == 2 else None
    return value, high, unit, inside


def locate(text: str, surface: str, what: str, doc_id: str) -> tuple[int, int, str]:
    surface, _, nth = surface.partition("#")
    n = int(nth) if nth else 1
    count = text.count(surface)
    assert count >= 1, f"{doc_id}: {what} {surface!r} not found in {text!r}"
    assert nth or count == 1, f"{doc_id}: {what} {surface!r} occurs {count}x, give #n"
    assert n <= count, f"{doc_id}: {what} {surface!r} has no occurrence #{n}"
    pos = -1
    for _ in range(n):
        pos = text.find(surface, pos + 1)
    return pos, pos + len(surface), surface


def num_out(v):
    if v is None:
        return None
    v = float(v)
    return int(v) if v.is_integer() else v


def build():
    texts, gold = [], []
    for i, (construction, text, mentions) in enumerate(CASES, 1):
        doc_id = f"ch_{i:03d}"
        texts.append({"doc_id": doc_id, "construction": construction, "text": text})
        rows = []
        for mm in mentions:
            start, end, qtext = locate(text, mm["q"], "quantity", doc_id)
            row = {"doc_id": doc_id, "start": start, "end": end, "text": qtext,
                   "value": num_out(mm["value"]), "value_high": num_out(mm["value_high"]),
                   "unit": mm["unit"], "qualifier": mm["qualifier"], "kind": mm["kind"],
                   "change": mm["change"]}
            for field in ("activity", "object"):
                if mm[field] is None:
                    row.update({field: None, f"{field}_start": None, f"{field}_end": None})
                else:
                    s, e, t = locate(text, mm[field], field, doc_id)
                    row.update({field: t, f"{field}_start": s, f"{field}_end": e})
            rows.append(row)
        rows.sort(key=lambda r: (r["start"], r["end"],
                                 -1 if r["activity_start"] is None else r["activity_start"]))
        gold.extend(rows)
    return texts, gold


KEYS = ["doc_id", "start", "end", "text", "value", "value_high", "unit", "qualifier",
        "kind", "change", "activity", "activity_start", "activity_end", "object",
        "object_start", "object_end"]


def validate(texts, gold) -> None:
    by_id = {t["doc_id"]: t["text"] for t in texts}
    assert len(by_id) == len(texts), "duplicate doc_id"
    assert len(set(t["text"] for t in texts)) == len(texts), "duplicate text"
    order = {d: i for i, d in enumerate(by_id)}
    prev = None
    for r in gold:
        assert list(r) == KEYS, r
        doc = by_id[r["doc_id"]]
        where = f"{r['doc_id']} {r['text']!r}"
        assert 0 <= r["start"] < r["end"] <= len(doc) and doc[r["start"]:r["end"]] == r["text"], where
        for f in ("activity", "object"):
            if r[f] is None:
                assert r[f"{f}_start"] is None and r[f"{f}_end"] is None, where
            else:
                s, e = r[f"{f}_start"], r[f"{f}_end"]
                assert 0 <= s < e <= len(doc) and doc[s:e] == r[f], where
                assert not (s < r["end"] and r["start"] < e), f"{where}: {f} overlaps quantity"
        assert r["qualifier"] in QUALIFIERS and r["kind"] in KINDS and r["change"] in CHANGES, where
        assert isinstance(r["value"], (int, float)) and r["value"] >= 0, where
        assert r["value_high"] is None or r["value_high"] > r["value"], where
        # value / unit / kind against the independent parser
        value, high, unit, inside = parse_quantity(r["text"])
        assert math.isclose(value, r["value"], rel_tol=1e-9), \
            f"{where}: parsed {value} != {r['value']}"
        assert (high is None and r["value_high"] is None) or math.isclose(high, r["value_high"]), where
        if unit is None:  # bare number (unit-less rate)
            assert r["unit"] == "%" and r["kind"] == "percent", where
        else:
            assert unit == r["unit"], f"{where}: unit {unit} != {r['unit']}"
        assert KIND_OF_UNIT.get(r["unit"], "count") == r["kind"], f"{where}: kind"
        # qualifier: the marker inside the span wins, else the word right before it
        before = doc[: r["start"]]
        prefix = next((ql for mk, ql in PREFIX_MARKERS if before.endswith(mk)), None)
        if inside or prefix:
            allowed = {inside or prefix}
        else:  # a marker further left in the clause (至少培养3名) may scope over the number
            clause = re.split(r"[，。；、：,;]", before)[-1]
            allowed = {"exact"} | {ql for mk, ql in PREFIX_MARKERS if mk in clause}
        assert r["qualifier"] in allowed, f"{where}: qualifier {r['qualifier']} not in {allowed}"
        # span boundaries: no numeral glued before, no approximation marker left after
        assert r["start"] == 0 or doc[r["start"] - 1] not in NUMERAL_CHARS, f"{where}: left edge"
        after = doc[r["end"]:]
        assert not (after[:1].isdigit() and r["text"][-1].isdigit()) and not after.startswith(("余", "多", "以上", "以下", "左右", "上下", "内")), \
            f"{where}: right edge"
        # document order
        key = (order[r["doc_id"]], r["start"], r["end"], r["activity_start"] or -1)
        assert prev is None or key > prev, f"{where}: order"
        prev = key


def dump(path: Path, rows) -> None:
    with path.open("w", encoding="utf-8", newline="\n") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")


def main() -> int:
    texts, gold = build()
    validate(texts, gold)
    dump(TEXTS, texts)
    dump(GOLD, gold)
    with_rows = {r["doc_id"] for r in gold}
    zero = sum(1 for t in texts if t["doc_id"] not in with_rows)
    fam = Counter(t["construction"].split(".")[0] for t in texts)
    print(f"{len(texts)} sentences, {len(gold)} gold rows, {zero} sentences without rows")
    print("families:", dict(sorted(fam.items())))
    if "-v" in sys.argv:
        for tag, n in sorted(Counter(t["construction"] for t in texts).items()):
            print(f"  {tag:32s} {n}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
