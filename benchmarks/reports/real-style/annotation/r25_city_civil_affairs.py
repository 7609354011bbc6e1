import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from ann_lib import M, build, show
OUT = Path(__file__).parent.parent / "dev"
STEM = "r25_city_civil_affairs"
LD = "全年召开党组会议专题研究法治建设工作6次，审议《岚溪市民政局行政执法监督办法》等制度文件4件；主要负责人切实履行第一责任人职责，3次带队督导区县民政部门依法行政工作、5次听取局政策法规科专题汇报，带头讲授法治专题党课2次"
SF = "班子其他成员和12名科室、直属单位负责人同步述法，述法覆盖率100%。将法治建设纳入局属单位和科室年度绩效考核，法治建设考核权重由上年的5%提高到8%"
XF = "全年开展中心组集体学法8次、会前学法15次，邀请法律顾问、高校教师专题授课3次；组织全局186名干部职工参加年度网上学法考试，参考率和合格率均达100%，平均成绩93.4分；举办民政系统执法业务培训班2期，培训执法人员和业务骨干310人次"
FG = "梳理公布行政许可、行政确认、行政处罚等权责事项86项（子项132个），承接省民政厅下放的社会团体成立登记等行政权力事项3项；持续推进减证便民，累计精简证明材料17项，办事环节9个，社会团体成立登记审批时限由法定的30个工作日压缩至10个工作日"
ZW = "市民政局进驻市政务服务中心事项27项，网上可办率100%，全年窗口办件量4.31万件，按时办结率100%，群众满意度99.8%。推出“身后一件事”“新生儿出生一件事”等集成服务4个，累计办件1,926件"
HY = "全年办理婚姻登记1.26万对，同比下降6.3%，其中结婚登记9,842对、离婚登记2,758对，办理婚姻登记“跨省通办”业务1,137件。依托各婚姻登记处婚姻家庭辅导室开展婚姻家庭辅导1,250对，调解婚姻家庭纠纷386件，调解成功率91.5%"
SZ = "归集低保、特困、残疾人、高龄等救助对象数据41.6万条，与人社、医保、残联等8个部门实现数据共享比对；127项民政服务事项实现“掌上办”，全年网上办件2.86万件，占总办件量的66.4%"
JZ = "（三）兜底保障有力，全年发放各类救助资金4.86亿元。全市保障城乡低保对象3.62万户5.87万人，城乡低保标准由每人每月820元提高至860元；全年新纳入低保1,852户，退出不符合条件对象946户，实施临时救助6,215人次，支出临时救助资金1,380.6万元，同比增长12.4%。将低保审核确认权限下放至全市47个乡镇（街道），下放后平均审核确认时间缩短至12个工作日"
ZL = "入户核查低保对象2.1万户，发现并整改问题线索327条，清退不符合条件人员418人，追回违规领取资金62.3万元"
YL = "全市现有养老机构136家、床位1.92万张，对136家养老机构实现消防安全检查全覆盖；开展养老机构“双随机、一公开”抽查4轮，抽查养老机构68家次，下发整改通知书41份，督促整改安全隐患213处，依法取缔未备案养老机构2家，新备案养老机构9家。全年发放高龄津贴1.03亿元，惠及8.7万名80周岁以上老年人，为3,860户特殊困难老年人家庭实施适老化改造"
SH = "全市登记社会组织1,426家，其中社会团体528家、民办非企业单位（社会服务机构）883家、基金会15家。全年成立登记社会组织47家，变更登记112件，注销登记38家，社会组织年度报告报送率达96.3%，较上年提高2.1个百分点；将62家连续两年未报送年度报告的社会组织列入活动异常名录，取缔非法社会组织5个，劝散3个"
BZ = "排查整治乱埋乱葬、硬化大墓等问题187处，其中整治散埋乱葬坟墓146座，全市遗体火化率达到96.2%；减免基本殡葬服务费用2,136.8万元，惠及群众1.18万人次"
CS = "认定慈善组织12家，备案慈善信托3单，指导慈善组织开展公开募捐活动46次，募集善款3,215万元"
DM = "依法命名道路21条、桥梁4座，设置标准地名标志牌640块，清理整治不规范地名17个"
GF = "全年制定行政规范性文件3件，全部经合法性审核和局务会集体讨论决定，按规定报市政府和市人大常委会备案，报备率、及时率、规范率均为100%；开展规范性文件专项清理，清理规范性文件41件，其中废止5件、宣布失效2件、修改3件"
JC = "等2项事项列入年度重大行政决策事项目录，召开专家论证会3场、听证会1场，通过局门户网站公开征求社会意见，收到意见建议157条，采纳43条"
GW = "聘请2家律师事务所担任常年法律顾问，配备公职律师4名，全年审查合同协议62份、出具法律意见书35份，审核涉法事项28件"
ZF = "全局现有行政执法人员78名，全部持证上岗。全年开展行政检查1,362家次，同比下降18.5%，实现“进一次门、查多项事”；立案查处违法违规社会组织和养老机构案件23件，作出行政处罚决定21件，其中警告14件、撤销登记7件，没收违法所得4.2万元、罚款1.5万元，对4件首次违法且危害后果轻微的案件依法不予行政处罚，制定民政领域轻微违法行为免罚清单，明确不予处罚事项11项"
SZD = "公示执法信息2,140条，开展重大执法决定法制审核19件，法制审核率100%。组织行政执法案卷评查2次，评查案卷86卷，评出优秀案卷11卷，案卷合格率97.7%，1卷案卷获评全省民政系统优秀行政执法案卷"
FY = "本局作为被申请人的行政复议案件4件（含上年结转1件），审结4件，其中维持3件、终止1件，无被撤销或确认违法案件；发生行政诉讼案件3件，局负责人出庭应诉3次，出庭应诉率100%，均胜诉。全年受理信访事项216件，按期办结率100%；办理12345热线转办工单3,874件，办结率99.9%，满意率98.6%"
JD = "办理市人大代表建议28件、市政协委员提案35件，办复率、满意率均为100%。深化政务公开，主动公开政府信息1,286条，受理政府信息公开申请14件，均在法定期限内答复。聘请特邀监督员10名，对民政服务窗口开展明察暗访6次；积极配合市委巡察和审计监督，对反馈的9个问题"
PF = "开展“民法典进养老机构”“婚姻家庭法律宣传周”等主题普法活动52场，发放宣传资料2.3万余份，受众4.6万人次；打造婚姻登记处法治宣传阵地1个、殡葬法规宣传长廊3处，培育社区“法律明白人”620名"
FJ = "附：2025年主要执法数据\n行政检查：1,362家次\n行政处罚：立案23件，结案21件\n罚没款：5.7万元\n行政复议：4件\n行政诉讼：3件"
S = [
 # 一（一）
 M(LD, "6次", 6, "次", a="专题研究", o="法治建设工作"),
 M(LD, "4件", 4, "件", a="审议", o="制度文件"),
 M(LD, "3次", 3, "次", a="带队督导", o="区县民政部门依法行政工作"),
 M(LD, "5次", 5, "次", a="听取", o="局政策法规科专题汇报"),
 M(LD, "2次", 2, "次", a="讲授", o="法治专题党课"),
 M(SF, "12名", 12, "名", a=("述法", 1), o="科室、直属单位负责人"),
 M(SF, "100%", 100, "%", a="述法覆盖率"),
 M(SF, "5%", 5, "%", a="考核权重", o=("法治建设", 2)),
 M(SF, "8%", 8, "%", a="考核权重", o=("法治建设", 2)),
 # 一（二）
 M(XF, "8次", 8, "次", a="中心组集体学法"),
 M(XF, "15次", 15, "次", a="会前学法"),
 M(XF, "3次", 3, "次", a="专题授课"),
 M(XF, "186名", 186, "名", a="组织", o="干部职工"),
 M(XF, "100%", 100, "%", a="参考率"),
 M(XF, "100%", 100, "%", a="合格率"),
 M(XF, "93.4分", 93.4, "分", a="平均成绩", k="measure"),
 M(XF, "2期", 2, "期", a="举办", o="民政系统执法业务培训班"),
 M(XF, "310人次", 310, "人次", a=("培训", 2), o="执法人员和业务骨干"),
 # 二（一）
 M(FG, "86项", 86, "项", a="梳理公布", o="行政许可、行政确认、行政处罚等权责事项"),
 M(FG, "132个", 132, "个", a="梳理公布", o="子项"),
 M(FG, "3项", 3, "项", a="承接", o="社会团体成立登记等行政权力事项"),
 M(FG, "17项", 17, "项", a="精简", o="证明材料"),
 M(FG, "9个", 9, "个", a="精简", o="办事环节"),
 M(FG, "30个工作日", 30, "工作日", a="审批时限", o=("社会团体成立登记", 2)),
 M(FG, "10个工作日", 10, "工作日", a="审批时限", o=("社会团体成立登记", 2)),
 M(ZW, "27项", 27, "项", a="进驻", o="事项"),
 M(ZW, "100%", 100, "%", a="网上可办率"),
 M(ZW, "4.31万件", 43100, "件", a="办件量"),
 M(ZW, ("100%", 2), 100, "%", a="按时办结率"),
 M(ZW, "99.8%", 99.8, "%", a="群众满意度"),
 M(ZW, "4个", 4, "个", a="推出", o="“身后一件事”“新生儿出生一件事”等集成服务"),
 M(ZW, "1,926件", 1926, "件", a=("办件", 2)),
 M(HY, "1.26万对", 12600, "对", a="办理", o="婚姻登记"),
 M(HY, "6.3%", 6.3, "%", a="办理", ch="decrease"),
 M(HY, "9,842对", 9842, "对", a="办理", o="结婚登记"),
 M(HY, "2,758对", 2758, "对", a="办理", o="离婚登记"),
 M(HY, "1,137件", 1137, "件", a=("办理", 2), o="婚姻登记“跨省通办”业务"),
 M(HY, "1,250对", 1250, "对", a=("婚姻家庭辅导", 2)),
 M(HY, "386件", 386, "件", a="调解", o="婚姻家庭纠纷"),
 M(HY, "91.5%", 91.5, "%", a="调解成功率"),
 # 二（二）
 M(SZ, "41.6万条", 416000, "条", a="归集", o="低保、特困、残疾人、高龄等救助对象数据"),
 M(SZ, "8个", 8, "个", a="数据共享比对", o="部门"),
 M(SZ, "127项", 127, "项", a="实现“掌上办”", o="民政服务事项"),
 M(SZ, "2.86万件", 28600, "件", a="网上办件"),
 M(SZ, "66.4%", 66.4, "%", a="占总办件量"),
 # 二（三）
 M(JZ, "4.86亿元", 486000000, "元", a="发放", o="各类救助资金"),
 M(JZ, "3.62万户", 36200, "户", a=("保障", 2), o="城乡低保对象"),
 M(JZ, "5.87万人", 58700, "人", a=("保障", 2), o="城乡低保对象"),
 M(JZ, "1,852户", 1852, "户", a="新纳入", o=("低保", 3)),
 M(JZ, "946户", 946, "户", a="退出", o="不符合条件对象"),
 M(JZ, "6,215人次", 6215, "人次", a="实施", o="临时救助"),
 M(JZ, "1,380.6万元", 13806000, "元", a="支出", o="临时救助资金"),
 M(JZ, "12.4%", 12.4, "%", a="支出", ch="increase"),
 M(JZ, "47个", 47, "个", a="下放至", o="乡镇（街道）"),
 M(JZ, "12个工作日", 12, "工作日", a="平均审核确认时间"),
 M(ZL, "2.1万户", 21000, "户", a="入户核查", o="低保对象"),
 M(ZL, "327条", 327, "条", a="发现并整改", o="问题线索"),
 M(ZL, "418人", 418, "人", a="清退", o="不符合条件人员"),
 M(ZL, "62.3万元", 623000, "元", a="追回", o="违规领取资金"),
 # 二（四）
 M(YL, ("136家", 1), 136, "家", o="养老机构"),
 M(YL, "1.92万张", 19200, "张", o="床位"),
 M(YL, ("136家", 2), 136, "家", a="消防安全检查", o=("养老机构", 2)),
 M(YL, "4轮", 4, "轮", a="“双随机、一公开”抽查", o=("养老机构", 3)),
 M(YL, "68家次", 68, "家次", a=("抽查", 2), o=("养老机构", 4)),
 M(YL, "41份", 41, "份", a="下发", o="整改通知书"),
 M(YL, "213处", 213, "处", a="督促整改", o="安全隐患"),
 M(YL, "2家", 2, "家", a="取缔", o="未备案养老机构"),
 M(YL, "9家", 9, "家", a="新备案", o=("养老机构", 6)),
 M(YL, "1.03亿元", 103000000, "元", a="发放", o="高龄津贴"),
 M(YL, "8.7万名", 87000, "名", a="惠及", o="80周岁以上老年人"),
 M(YL, "3,860户", 3860, "户", a="实施", o="特殊困难老年人家庭"),
 # 二（五）
 M(SH, "1,426家", 1426, "家", a="登记", o="社会组织"),
 M(SH, "528家", 528, "家", a="登记", o="社会团体"),
 M(SH, "883家", 883, "家", a="登记", o="民办非企业单位（社会服务机构）"),
 M(SH, "15家", 15, "家", a="登记", o="基金会"),
 M(SH, "47家", 47, "家", a="成立登记", o=("社会组织", 2)),
 M(SH, "112件", 112, "件", a="变更登记"),
 M(SH, "38家", 38, "家", a="注销登记"),
 M(SH, "96.3%", 96.3, "%", a="报送率", o="社会组织年度报告"),
 M(SH, "2.1个百分点", 2.1, "百分点", a="报送率", ch="increase"),
 M(SH, "62家", 62, "家", a="列入", o="连续两年未报送年度报告的社会组织"),
 M(SH, "5个", 5, "个", a="取缔", o="非法社会组织"),
 M(SH, "3个", 3, "个", a="劝散"),
 # 二（六）（七）（八）
 M(BZ, "187处", 187, "处", a="排查整治", o="乱埋乱葬、硬化大墓等问题"),
 M(BZ, "146座", 146, "座", a=("整治", 2), o="散埋乱葬坟墓"),
 M(BZ, "96.2%", 96.2, "%", a="火化率", o="遗体"),
 M(BZ, "2,136.8万元", 21368000, "元", a="减免", o="基本殡葬服务费用"),
 M(BZ, "1.18万人次", 11800, "人次", a="惠及", o="群众"),
 M(CS, "12家", 12, "家", a="认定", o="慈善组织"),
 M(CS, "3单", 3, "单", a="备案", o="慈善信托"),
 M(CS, "46次", 46, "次", a="开展", o="公开募捐活动"),
 M(CS, "3,215万元", 32150000, "元", a="募集", o="善款"),
 M(DM, "21条", 21, "条", a="命名", o="道路"),
 M(DM, "4座", 4, "座", a="命名", o="桥梁"),
 M(DM, "640块", 640, "块", a="设置", o="标准地名标志牌"),
 M(DM, "17个", 17, "个", a="清理整治", o="不规范地名"),
 # 三
 M(GF, "3件", 3, "件", a="制定", o="行政规范性文件"),
 M(GF, "100%", 100, "%", a="报备率"),
 M(GF, "100%", 100, "%", a="及时率"),
 M(GF, "100%", 100, "%", a="规范率"),
 M(GF, "41件", 41, "件", a=("清理", 2), o=("规范性文件", 3)),
 M(GF, "5件", 5, "件", a="废止"),
 M(GF, "2件", 2, "件", a="宣布失效"),
 M(GF, ("3件", 2), 3, "件", a="修改"),
 M(JC, "2项", 2, "项", a="列入", o="事项"),
 M(JC, "3场", 3, "场", a="召开", o="专家论证会"),
 M(JC, "1场", 1, "场", a="召开", o="听证会"),
 M(JC, "157条", 157, "条", a="收到", o="意见建议"),
 M(JC, "43条", 43, "条", a="采纳"),
 M(GW, "2家", 2, "家", a="聘请", o="律师事务所"),
 M(GW, "4名", 4, "名", a="配备", o="公职律师"),
 M(GW, "62份", 62, "份", a="审查", o="合同协议"),
 M(GW, "35份", 35, "份", a="出具", o="法律意见书"),
 M(GW, "28件", 28, "件", a="审核", o="涉法事项"),
 # 四
 M(ZF, "78名", 78, "名", o="行政执法人员"),
 M(ZF, "1,362家次", 1362, "家次", a="行政检查"),
 M(ZF, "18.5%", 18.5, "%", a="行政检查", ch="decrease"),
 M(ZF, "23件", 23, "件", a="立案查处", o="违法违规社会组织和养老机构案件"),
 M(ZF, "21件", 21, "件", a="作出", o="行政处罚决定"),
 M(ZF, "14件", 14, "件", a="作出", o="警告"),
 M(ZF, "7件", 7, "件", a="作出", o="撤销登记"),
 M(ZF, "4.2万元", 42000, "元", a="没收", o="违法所得"),
 M(ZF, "1.5万元", 15000, "元", a="罚款"),
 M(ZF, ("4件", 2), 4, "件", a="不予行政处罚", o="首次违法且危害后果轻微的案件"),
 M(ZF, "11项", 11, "项", a="明确", o="不予处罚事项"),
 M(SZD, "2,140条", 2140, "条", a="公示", o="执法信息"),
 M(SZD, "19件", 19, "件", a="重大执法决定法制审核"),
 M(SZD, "100%", 100, "%", a="法制审核率"),
 M(SZD, "2次", 2, "次", a="行政执法案卷评查"),
 M(SZD, "86卷", 86, "卷", a=("评查", 2), o=("案卷", 2)),
 M(SZD, "11卷", 11, "卷", a="评出", o="优秀案卷"),
 M(SZD, "97.7%", 97.7, "%", a="案卷合格率"),
 M("1卷案卷获评", "1卷", 1, "卷", a="获评", o="案卷"),
 # 五
 M(FY, ("4件", 1), 4, "件", a="行政复议", o="案件"),
 M(FY, ("1件", 1), 1, "件", a="行政复议"),
 M(FY, ("4件", 2), 4, "件", a="审结"),
 M(FY, ("3件", 1), 3, "件", a="维持"),
 M(FY, ("1件", 2), 1, "件", a="终止"),
 M(FY, ("3件", 2), 3, "件", a="发生", o="行政诉讼案件"),
 M(FY, "3次", 3, "次", a="出庭应诉", o="局负责人"),
 M(FY, ("100%", 1), 100, "%", a="出庭应诉率"),
 M(FY, "216件", 216, "件", a="受理", o="信访事项"),
 M(FY, ("100%", 2), 100, "%", a="按期办结率"),
 M(FY, "3,874件", 3874, "件", a=("办理", 1), o="12345热线转办工单"),
 M(FY, "99.9%", 99.9, "%", a=("办结率", 2)),
 M(FY, "98.6%", 98.6, "%", a="满意率"),
 # 六
 M(JD, "28件", 28, "件", a="办理", o="市人大代表建议"),
 M(JD, "35件", 35, "件", a="办理", o="市政协委员提案"),
 M(JD, "100%", 100, "%", a="办复率"),
 M(JD, "100%", 100, "%", a="满意率"),
 M(JD, "1,286条", 1286, "条", a="主动公开", o="政府信息"),
 M(JD, "14件", 14, "件", a="受理", o="政府信息公开申请"),
 M(JD, "10名", 10, "名", a="聘请", o="特邀监督员"),
 M(JD, "6次", 6, "次", a="明察暗访", o="民政服务窗口"),
 M("对反馈的9个问题逐项建立台账", "9个", 9, "个", a="反馈", o="问题"),
 # 七
 M(PF, "52场", 52, "场", a="开展", o="“民法典进养老机构”“婚姻家庭法律宣传周”等主题普法活动"),
 M(PF, "2.3万余份", 23000, "份", a="发放", o="宣传资料", ql="more_than"),
 M(PF, "4.6万人次", 46000, "人次"),
 M(PF, "1个", 1, "个", a="打造", o="婚姻登记处法治宣传阵地"),
 M(PF, "3处", 3, "处", a="打造", o="殡葬法规宣传长廊"),
 M(PF, "620名", 620, "名", a="培育", o="社区“法律明白人”"),
 # 附
 M(FJ, "1,362家次", 1362, "家次", a="行政检查"),
 M(FJ, "23件", 23, "件", a="立案", o="行政处罚"),
 M(FJ, "21件", 21, "件", a="结案", o="行政处罚"),
 M(FJ, "5.7万元", 57000, "元", a="罚没款"),
 M(FJ, "4件", 4, "件", a="行政复议"),
 M("行政诉讼：3件", "3件", 3, "件", a="行政诉讼"),
]
N = None
IND = [
 # 一（一）
 "leadership.meetings_on_rule_of_law", N, "supervision.rule_of_law_inspections", "leadership.reports_heard",
 "leadership.lectures_by_leaders", N, "leadership.reporting_on_law_rate", N, "leadership.assessment_weight",
 # 一（二）
 "leadership.study_sessions", "leadership.study_sessions", N, N, "publicity.exam_participation_rate",
 "publicity.exam_pass_rate", N, "publicity.training_sessions", "publicity.training_attendees",
 # 二（一）
 "services.powers_list_items", N, "services.powers_delegated", "services.materials_reduced", "services.steps_reduced",
 N, "services.approval_time_limit",
 "digital.hall_items", "digital.online_rate", "services.items_handled", "services.completion_rate", "services.satisfaction",
 "services.one_thing_packages", N,
 N, N, N, N, "services.cross_region_items", N, "services.disputes_mediated", "services.mediation_success_rate",
 # 二（二）
 "digital.credit_records", N, N, N, N,
 # 二（三）
 N, N, N, N, N, N, N, N, N, "services.approval_time_limit",
 N, N, N, "enforcement.funds_recovered",
 # 二（四）
 N, N, "enforcement.inspections", N, "enforcement.inspections", N, "enforcement.hazards_rectified", N, N,
 N, N, N,
 # 二（五）
 N, N, N, N, N, N, N, N, N, N, N, N,
 # 二（六）（七）（八）
 N, N, N, N, N,
 N, N, N, N,
 N, N, N, N,
 # 三
 "normative_documents.issued", "normative_documents.filing_rate", N, N, "normative_documents.cleaned",
 "normative_documents.repealed", "normative_documents.invalidated", "normative_documents.amended",
 "decisions.made", "decisions.hearings", "decisions.hearings", "decisions.public_comments", "decisions.comments_adopted",
 "decisions.legal_advisers", "decisions.legal_advisers", "decisions.legality_reviews", "decisions.legal_opinions",
 "decisions.legality_reviews",
 # 四
 "enforcement.officers", "enforcement.inspections", N, "enforcement.penalty.cases", N, N, N, N,
 "enforcement.penalty.fines_amount", "enforcement.penalty.waived", N,
 "enforcement.info_disclosed", "enforcement.legal_review_decisions", "enforcement.three_systems_rate", N,
 "enforcement.case_files_reviewed", N, "enforcement.case_file_pass_rate", N,
 # 五
 "review.reconsideration.cases_as_respondent", N, "review.reconsideration.cases_closed", "review.reconsideration.upheld",
 "review.reconsideration.terminated", "review.litigation.cases", "review.litigation.head_appearances",
 "review.litigation.head_appearance_rate", "services.petitions_received", N, "services.hotline_requests", N, N,
 # 六
 "supervision.proposals_handled", "supervision.proposals_handled", "supervision.proposals_reply_rate", N,
 "openness.proactive_disclosures", "openness.disclosure_requests", "supervision.social_supervisors", N,
 "supervision.problems_found",
 # 七
 "publicity.campaign_events", "publicity.materials_distributed", "publicity.audience_reached",
 "publicity.demonstration_sites", "publicity.demonstration_sites", "publicity.legal_literate_persons",
 # 附
 "enforcement.inspections", "enforcement.penalty.cases", N, "enforcement.penalty.confiscations_amount",
 "review.reconsideration.cases_as_respondent", "review.litigation.cases",
]

def write_indicators(stem, specs, inds, outdir):
    """Replace this document's lines in dev/indicators.jsonl (one per gold row, in gold order)."""
    import json
    from ann_lib import _base
    assert len(specs) == len(inds), (len(specs), len(inds))
    t = Path(outdir, f"{stem}.txt").read_text(encoding="utf-8")
    recs = []
    for sp, ind in zip(specs, inds):
        cb = t.find(sp["c"])
        q, qs, qe = _base._loc(t, cb, sp["c"], sp["q"])
        _, as_, _ = _base._loc(t, cb, sp["c"], sp["a"])
        recs.append({"doc_id": stem, "start": qs, "end": qe, "text": q, "activity_start": as_, "indicator": ind})
    recs.sort(key=lambda r: (r["start"], r["end"], r["activity_start"] if r["activity_start"] is not None else -1))
    path = Path(outdir, "indicators.jsonl")
    keep = [l for l in path.read_text(encoding="utf-8").splitlines() if l.strip() and json.loads(l)["doc_id"] != stem]
    path.write_text("\n".join(keep + [json.dumps(r, ensure_ascii=False) for r in recs]) + "\n", encoding="utf-8")
    return recs

if __name__ == "__main__":
    rows = build(STEM, S, OUT); show(rows); print(len(rows))
    recs = write_indicators(STEM, S, IND, OUT)
    print(sum(r["indicator"] is not None for r in recs), "rows with an indicator id")
