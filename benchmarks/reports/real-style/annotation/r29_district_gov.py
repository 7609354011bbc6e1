import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
import ann_lib
from ann_lib import M, build, show
OUT = Path(__file__).parent.parent / "dev"
STEM = "r29_district_gov"

LD = "区政府主要负责同志3次主持召开专题会议研究部署法治建设重点任务、6次带队督导重点领域执法工作"
XF = "区政府常务会议会前学法12次，学习法律法规23部"
SF = "组织27个区直部门和9个街道（镇）主要负责人在区委全面依法治区委员会会议上述法"
QZ = "动态调整区级部门权责事项3,126项，其中行政许可事项214项、行政处罚事项2,187项"
BJ = "全年办件41.6万件，其中“即办件”22.3万件、“承诺件”19.3万件"
XD = "新登记各类经营主体1.17万户，同比增长12.6%"
JJ = "累计精简证明材料47项、申请表单33个"
HQ = "全年兑现惠企资金3.26亿元，惠及企业2,846家"
TZ = "召开听证会1场、专家论证会5场"
YJ = "收集意见建议146条，采纳63条"
HF = "全年区政府合法性审查各类文件、合同协议等事项287件，其中规范性文件9件、重大行政决策4件、合同协议198份、其他事项76件"
GW = "共聘请法律顾问52名、公职律师31名"
FG = "9个街道（镇）和86个村（社区）法律顾问实现全覆盖"
QL = "清理文件64件，其中废止5件、宣布失效3件"
ZT = "全区现有行政执法主体39个、行政执法人员1,142名，持证率100%"
FZ = "重大执法决定法制审核213件，法制审核率100%"
LH = "全区开展跨部门联合检查326次，较上年减少检查频次41.2%"
SJ = "开展“双随机、一公开”抽查1,564户次，抽查结果公示率100%"
CF = "共办理行政处罚案件4,218件，罚没款2,634.7万元，同比下降8.4%"
JC = "对全区427家餐饮服务单位、86家危险化学品经营单位和312个在建工地开展执法检查"
PC = "抽查8个部门案卷240卷，评出优秀案卷36卷，案卷合格率97.5%"
FY = "区政府全年收到行政复议申请186件，同比增长23.2%，受理172件（含上年结转6件），审结165件，其中维持108件、驳回19件、撤销或确认违法21件、调解和解后终止17件，直接纠错率12.7%，以调解、和解方式化解行政争议31件"
SS = "区政府作为被告的一审行政诉讼案件新收47件，审结43件，败诉2件，败诉率4.7%；行政机关负责人出庭应诉89次，出庭应诉率达100%"
JY = "全年办理区人大代表建议132件、区政协委员提案157件，办复率100%，满意率98.6%"
DC = "组织开展法治督察2轮，对7个区直部门、3个街道开展实地督察，发现问题41个"
GK = "全年主动公开政府信息9,862条，其中政策文件214件，开展政策解读186次"
YS = "因政府信息公开被申请行政复议2件、提起行政诉讼1件"
ZD = "建成法治文化公园2个、法治宣传长廊18条"
MB = "累计培育“法律明白人”1,926名、“学法用法示范户”480户"
KS = "组织全区1,836名国家工作人员参加网上学法考试，参考率100%，平均成绩94.3分"
PX = "举办领导干部法治专题讲座2场、执法人员业务培训班6期，培训执法人员1,560人次"
ZZ = "全区建成街道（镇）综治中心9个、村（社区）综治中心86个"
WG = "划分网格612个，配备专兼职网格员1,047名"
PJ = "全年排查化解矛盾纠纷5,216件，其中婚姻家庭纠纷1,384件、邻里纠纷1,127件、物业纠纷936件"
TJ = "全区158个人民调解组织调解纠纷4,873件，调解成功4,791件，调解成功率98.3%"
XFang = "受理群众信访事项1,428件，按期办结率99.5%，信访总量同比下降15.3%"
GF = "区公共法律服务中心和9个街道（镇）工作站全年提供法律咨询1.12万人次"
A1 = "行政复议：收到186件，审结165件"
A2 = "行政诉讼：新收47件，败诉2件"
A5 = "人民调解：调解纠纷4,873件，调解成功率98.3%"
S = [
 # （一）
 (M("区政府常务会议专题研究法治政府建设工作5次", "5次", 5, "次", a="专题研究", o="法治政府建设工作"), "leadership.meetings_on_rule_of_law"),
 (M(LD, "3次", 3, "次", a="主持召开", o="专题会议"), "leadership.meetings_on_rule_of_law"),
 (M(LD, "6次", 6, "次", a="带队督导", o="重点领域执法工作"), "supervision.rule_of_law_inspections"),
 (M("区政府党组理论学习中心组开展习近平法治思想专题学习4次", "4次", 4, "次", a="习近平法治思想专题学习"), "leadership.study_sessions"),
 (M(XF, "12次", 12, "次", a="会前学法"), "leadership.study_sessions"),
 (M(XF, "23部", 23, "部", a="学习", o="法律法规"), None),
 (M(SF, "27个", 27, "个", a="组织", o="区直部门"), None),
 (M(SF, "9个", 9, "个", a="组织", o="街道（镇）"), None),
 (M("分值权重由4%提高到6%", "4%", 4, "%", a="分值权重"), None),
 (M("分值权重由4%提高到6%", "6%", 6, "%", a="分值权重"), "leadership.assessment_weight"),
 # （二）
 (M(QZ, "3,126项", 3126, "项", a="动态调整", o="区级部门权责事项"), "services.powers_list_items"),
 (M(QZ, "214项", 214, "项", a="动态调整", o="行政许可事项"), None),
 (M(QZ, "2,187项", 2187, "项", a="动态调整", o="行政处罚事项"), None),
 (M("承接市级下放事项18项", "18项", 18, "项", a="承接", o="市级下放事项"), "services.powers_delegated"),
 (M("向街道（镇）赋权下放执法事项46项", "46项", 46, "项", a="赋权下放", o="执法事项"), "services.powers_delegated"),
 (M("9个街道（镇）全部完成综合行政执法改革", "9个", 9, "个", a="综合行政执法改革", o="街道（镇）"), None),
 (M("推出“企业迁移登记”等区级特色“一件事”12个", "12个", 12, "个", a="推出", o="“企业迁移登记”等区级特色“一件事”"), "services.one_thing_packages"),
 (M("全年办理“一件事”集成服务2.1万件", "2.1万件", 21000, "件", a="办理", o="“一件事”集成服务"), None),
 (M("区政务服务中心进驻事项1,128项", "1,128项", 1128, "项", a="进驻", o="事项"), "digital.hall_items"),
 (M("“一窗通办”事项占比达96%", "96%", 96, "%", a="占比", o="“一窗通办”事项"), None),
 (M(BJ, "41.6万件", 416000, "件", a=("办件", 1)), "services.items_handled"),
 (M(BJ, "22.3万件", 223000, "件", a=("办件", 1), o="即办件"), None),
 (M(BJ, "19.3万件", 193000, "件", a=("办件", 1), o="承诺件"), None),
 (M("按时办结率100%", "100%", 100, "%", a="按时办结率"), "services.completion_rate"),
 (M("群众满意度99.8%", "99.8%", 99.8, "%", a="群众满意度"), "services.satisfaction"),
 (M(XD, "1.17万户", 11700, "户", a="新登记", o="各类经营主体"), "services.new_market_entities"),
 (M(XD, "12.6%", 12.6, "%", a="新登记", ch="increase"), None),
 (M(JJ, "47项", 47, "项", a="精简", o="证明材料"), "services.materials_reduced"),
 (M(JJ, "33个", 33, "个", a="精简", o="申请表单"), "services.materials_reduced"),
 (M("压缩审批时限58%", "58%", 58, "%", a="审批时限", ch="decrease"), None),
 (M(HQ, "3.26亿元", 326000000, "元", a="兑现", o="惠企资金"), None),
 (M(HQ, "2,846家", 2846, "家", a="惠及", o="企业"), None),
 (M("督促退还企业费用86.5万元", "86.5万元", 865000, "元", a="督促退还", o="企业费用"), "enforcement.funds_recovered"),
 # （三）
 (M("将《东岸区老旧小区改造三年行动方案》等4项事项纳入目录管理", "4项", 4, "项", a="纳入", o="事项"), "decisions.made"),
 (M(TZ, "1场", 1, "场", a="召开", o="听证会"), "decisions.hearings"),
 (M(TZ, "5场", 5, "场", a="召开", o="专家论证会"), "decisions.hearings"),
 (M("公开征求意见8次", "8次", 8, "次", a="公开征求", o="意见"), None),
 (M(YJ, "146条", 146, "条", a="收集", o="意见建议"), "decisions.public_comments"),
 (M(YJ, "63条", 63, "条", a="采纳"), "decisions.comments_adopted"),
 (M(HF, "287件", 287, "件", a="合法性审查", o="各类文件、合同协议等事项"), "decisions.legality_reviews"),
 (M(HF, "9件", 9, "件", a="合法性审查", o="规范性文件"), "normative_documents.reviewed"),
 (M(HF, "4件", 4, "件", a="合法性审查", o="重大行政决策"), None),
 (M(HF, "198份", 198, "份", a="合法性审查", o=("合同协议", 2)), None),
 (M(HF, "76件", 76, "件", a="合法性审查", o="其他事项"), None),
 (M("提出法律意见建议412条", "412条", 412, "条", a="提出", o="法律意见建议"), "decisions.legal_opinions"),
 (M(GW, "52名", 52, "名", a="聘请", o="法律顾问"), "decisions.legal_advisers"),
 (M(GW, "31名", 31, "名", a="聘请", o="公职律师"), "decisions.legal_advisers"),
 (M(FG, "9个", 9, "个", a="实现全覆盖", o="街道（镇）"), None),
 (M(FG, "86个", 86, "个", a="实现全覆盖", o="村（社区）"), None),
 (M("区政府制发规范性文件9件", "9件", 9, "件", a="制发", o="规范性文件"), "normative_documents.issued"),
 (M("报备率、及时率均为100%", "100%", 100, "%", a="报备率"), "normative_documents.filing_rate"),
 (M("报备率、及时率均为100%", "100%", 100, "%", a="及时率"), None),
 (M(QL, "64件", 64, "件", a="清理", o="文件"), "normative_documents.cleaned"),
 (M(QL, "5件", 5, "件", a="废止"), "normative_documents.repealed"),
 (M(QL, "3件", 3, "件", a="宣布失效"), "normative_documents.invalidated"),
 # （四）
 (M("全年办理行政处罚案件4,218件", "4,218件", 4218, "件", a="办理", o="行政处罚案件"), "enforcement.penalty.cases"),
 (M(ZT, "39个", 39, "个", o="行政执法主体"), None),
 (M(ZT, "1,142名", 1142, "名", o="行政执法人员"), "enforcement.officers"),
 (M(ZT, "100%", 100, "%", a="持证率"), "enforcement.certification_rate"),
 (M("公示执法信息1.86万条", "1.86万条", 18600, "条", a="公示", o="执法信息"), "enforcement.info_disclosed"),
 (M(FZ, "213件", 213, "件", a="重大执法决定法制审核"), "enforcement.legal_review_decisions"),
 (M(FZ, "100%", 100, "%", a="法制审核率"), "enforcement.three_systems_rate"),
 (M(LH, "326次", 326, "次", a="跨部门联合检查"), "enforcement.joint_inspections"),
 (M(LH, "41.2%", 41.2, "%", a="检查频次", ch="decrease"), None),
 (M(SJ, "1,564户次", 1564, "户次", a="“双随机、一公开”抽查"), "enforcement.inspections"),
 (M(SJ, "100%", 100, "%", a="公示率", o="抽查结果"), None),
 (M(CF, "4,218件", 4218, "件", a="办理", o="行政处罚案件"), "enforcement.penalty.cases"),
 (M(CF, "2,634.7万元", 26347000, "元", a="罚没款"), "enforcement.penalty.confiscations_amount"),
 (M(CF, "8.4%", 8.4, "%", a="罚没款", ch="decrease"), None),
 (M("依法作出不予处罚、减轻处罚决定612件", "612件", 612, "件", a="作出", o="不予处罚、减轻处罚决定"), "enforcement.penalty.waived"),
 (M("采取查封扣押等行政强制措施137件", "137件", 137, "件", a="采取", o="查封扣押等行政强制措施"), "enforcement.coercive_measures"),
 (M("向公安机关移送涉嫌犯罪案件14件", "14件", 14, "件", a="移送", o="涉嫌犯罪案件"), "enforcement.cases_transferred"),
 (M("处理轻微违法行为2,306起", "2,306起", 2306, "起", a="处理", o="轻微违法行为"), None),
 (M("开展专项执法行动23次", "23次", 23, "次", a="开展", o="专项执法行动"), None),
 (M(JC, "427家", 427, "家", a="执法检查", o="餐饮服务单位"), "enforcement.inspections"),
 (M(JC, "86家", 86, "家", a="执法检查", o="危险化学品经营单位"), "enforcement.inspections"),
 (M(JC, "312个", 312, "个", a="执法检查", o="在建工地"), "enforcement.inspections"),
 (M("查处安全生产违法行为167起", "167起", 167, "起", a="查处", o="安全生产违法行为"), None),
 (M(PC, "8个", 8, "个", a="抽查", o="部门"), None),
 (M(PC, "240卷", 240, "卷", a="抽查", o=("案卷", 1)), "enforcement.case_files_reviewed"),
 (M(PC, "36卷", 36, "卷", a="评出", o="优秀案卷"), None),
 (M(PC, "97.5%", 97.5, "%", a="案卷合格率"), "enforcement.case_file_pass_rate"),
 (M("1卷案卷获评", "1卷", 1, "卷", a="获评", o="案卷"), None),
 # （五）1
 (M(FY, "186件", 186, "件", a="收到", o="行政复议申请"), "review.reconsideration.cases_received"),
 (M(FY, "23.2%", 23.2, "%", a="收到", ch="increase"), None),
 (M(FY, "172件", 172, "件", a="受理"), "review.reconsideration.cases_received"),
 (M(FY, ("6件", 2), 6, "件", a="受理"), None),
 (M(FY, "165件", 165, "件", a="审结"), "review.reconsideration.cases_closed"),
 (M(FY, "108件", 108, "件", a="维持"), "review.reconsideration.upheld"),
 (M(FY, "19件", 19, "件", a="驳回"), "review.reconsideration.rejected"),
 (M(FY, "21件", 21, "件", a="撤销或确认违法"), "review.reconsideration.corrected"),
 (M(FY, "17件", 17, "件", a="调解和解后终止"), "review.reconsideration.terminated"),
 (M(FY, "12.7%", 12.7, "%", a="直接纠错率"), "review.reconsideration.correction_rate"),
 (M(FY, "31件", 31, "件", a="化解", o="行政争议"), None),
 (M(SS, "47件", 47, "件", a="新收", o="区政府作为被告的一审行政诉讼案件"), "review.litigation.cases"),
 (M(SS, "43件", 43, "件", a="审结"), None),
 (M(SS, "2件", 2, "件", a=("败诉", 1)), "review.litigation.lost_cases"),
 (M(SS, "4.7%", 4.7, "%", a="败诉率"), "review.litigation.loss_rate"),
 (M(SS, "89次", 89, "次", a=("出庭应诉", 1)), "review.litigation.head_appearances"),
 (M(SS, "100%", 100, "%", a="出庭应诉率"), "review.litigation.head_appearance_rate"),
 # （五）2
 (M(JY, "132件", 132, "件", a="办理", o="区人大代表建议"), "supervision.proposals_handled"),
 (M(JY, "157件", 157, "件", a="办理", o="区政协委员提案"), "supervision.proposals_handled"),
 (M(JY, "100%", 100, "%", a="办复率"), "supervision.proposals_reply_rate"),
 (M(JY, "98.6%", 98.6, "%", a="满意率"), None),
 (M(DC, "2轮", 2, "轮", a="法治督察"), "supervision.rule_of_law_inspections"),
 (M(DC, "7个", 7, "个", a="实地督察", o="区直部门"), None),
 (M(DC, "3个", 3, "个", a="实地督察", o="街道"), None),
 (M(DC, "41个", 41, "个", a="发现", o="问题"), "supervision.problems_found"),
 (M("制发行政执法监督意见书6份", "6份", 6, "份", a="制发", o="行政执法监督意见书"), "supervision.enforcement_supervision"),
 (M("完成审计项目29个", "29个", 29, "个", a="完成", o="审计项目"), None),
 (M("查出问题金额1.28亿元", "1.28亿元", 128000000, "元", a="查出", o="问题金额"), None),
 (M("聘请特邀行政执法监督员24名", "24名", 24, "名", a="聘请", o="特邀行政执法监督员"), "supervision.social_supervisors"),
 (M("参与执法监督活动15次", "15次", 15, "次", a="参与", o="执法监督活动"), None),
 # （六）
 (M(GK, "9,862条", 9862, "条", a="主动公开", o="政府信息"), "openness.proactive_disclosures"),
 (M(GK, "214件", 214, "件", a="主动公开", o="政策文件"), None),
 (M(GK, "186次", 186, "次", a="政策解读"), None),
 (M("受理政府信息公开申请94件", "94件", 94, "件", a="受理", o="政府信息公开申请"), "openness.disclosure_requests"),
 (M(YS, "2件", 2, "件", a="被申请", o="行政复议"), None),
 (M(YS, "1件", 1, "件", a="提起", o="行政诉讼"), None),
 (M("召开新闻发布会11场", "11场", 11, "场", a="召开", o="新闻发布会"), None),
 (M("列席区政府常务会议38人次", "38人次", 38, "人次", a="列席", o="区政府常务会议"), None),
 # （七）
 (M("区级“谁执法谁普法”责任单位43家全部制定", "43家", 43, "家", a="制定", o="“谁执法谁普法”责任单位"), None),
 (M("开展“宪法进万家”“民法典宣传月”等主题普法活动386场", "386场", 386, "场", a="开展", o="“宪法进万家”“民法典宣传月”等主题普法活动"), "publicity.campaign_events"),
 (M("发放宣传资料5.3万份", "5.3万份", 53000, "份", a="发放", o="宣传资料"), "publicity.materials_distributed"),
 (M("受众12万余人次", "12万余人次", 120000, "人次", o="受众", ql="more_than"), "publicity.audience_reached"),
 (M(ZD, "2个", 2, "个", a="建成", o="法治文化公园"), "publicity.demonstration_sites"),
 (M(ZD, "18条", 18, "条", a="建成", o="法治宣传长廊"), "publicity.demonstration_sites"),
 (M("新增省级民主法治示范村（社区）3个", "3个", 3, "个", a="新增", o="省级民主法治示范村（社区）"), "publicity.demonstration_sites"),
 (M(MB, "1,926名", 1926, "名", a="培育", o="法律明白人"), "publicity.legal_literate_persons"),
 (M(MB, "480户", 480, "户", a="培育", o="学法用法示范户"), "publicity.legal_literate_persons"),
 (M(KS, "1,836名", 1836, "名", a="组织", o="国家工作人员"), None),
 (M(KS, "100%", 100, "%", a="参考率"), "publicity.exam_participation_rate"),
 (M(KS, "94.3分", 94.3, "分", a="平均成绩", k="measure"), None),
 (M(PX, "2场", 2, "场", a="举办", o="领导干部法治专题讲座"), None),
 (M(PX, "6期", 6, "期", a="举办", o="执法人员业务培训班"), "publicity.training_sessions"),
 (M(PX, "1,560人次", 1560, "人次", a=("培训", 2), o=("执法人员", 2)), "publicity.training_attendees"),
 # （八）
 (M(ZZ, "9个", 9, "个", a="建成", o="街道（镇）综治中心"), None),
 (M(ZZ, "86个", 86, "个", a="建成", o="村（社区）综治中心"), None),
 (M(WG, "612个", 612, "个", a="划分", o=("网格", 1)), None),
 (M(WG, "1,047名", 1047, "名", a="配备", o="专兼职网格员"), None),
 (M(PJ, "5,216件", 5216, "件", a="排查化解", o="矛盾纠纷"), None),
 (M(PJ, "1,384件", 1384, "件", a="排查化解", o="婚姻家庭纠纷"), None),
 (M(PJ, "1,127件", 1127, "件", a="排查化解", o="邻里纠纷"), None),
 (M(PJ, "936件", 936, "件", a="排查化解", o="物业纠纷"), None),
 (M(TJ, "158个", 158, "个", a=("调解", 2), o="人民调解组织"), None),
 (M(TJ, "4,873件", 4873, "件", a=("调解", 2), o="纠纷"), "services.disputes_mediated"),
 (M(TJ, "4,791件", 4791, "件", a=("调解成功", 1)), None),
 (M(TJ, "98.3%", 98.3, "%", a="调解成功率"), "services.mediation_success_rate"),
 (M(XFang, "1,428件", 1428, "件", a="受理", o="群众信访事项"), "services.petitions_received"),
 (M(XFang, "99.5%", 99.5, "%", a="按期办结率"), "services.completion_rate"),
 (M(XFang, "15.3%", 15.3, "%", a="信访总量", ch="decrease"), None),
 (M(GF, "9个", 9, "个", a="提供", o="街道（镇）工作站"), None),
 (M(GF, "1.12万人次", 11200, "人次", a="提供", o="法律咨询"), "publicity.legal_consultations"),
 (M("办理法律援助案件628件", "628件", 628, "件", a="办理", o="法律援助案件"), "services.legal_aid_cases"),
 (M("为困难群众挽回经济损失1,046万元", "1,046万元", 10460000, "元", a="挽回", o="经济损失"), None),
 # 附
 (M(A1, "186件", 186, "件", a="收到", o="行政复议"), "review.reconsideration.cases_received"),
 (M(A1, "165件", 165, "件", a="审结", o="行政复议"), "review.reconsideration.cases_closed"),
 (M(A2, "47件", 47, "件", a="新收", o="行政诉讼"), "review.litigation.cases"),
 (M(A2, "2件", 2, "件", a="败诉", o="行政诉讼"), "review.litigation.lost_cases"),
 (M("行政处罚案件：4,218件", "4,218件", 4218, "件", a="行政处罚", o="案件"), "enforcement.penalty.cases"),
 (M("罚没款：2,634.7万元", "2,634.7万元", 26347000, "元", a="罚没款"), "enforcement.penalty.confiscations_amount"),
 (M(A5, "4,873件", 4873, "件", a=("调解", 2), o="纠纷"), "services.disputes_mediated"),
 (M(A5, "98.3%", 98.3, "%", a="调解成功率"), "services.mediation_success_rate"),
]
if __name__ == "__main__":
    rows = build(STEM, [m for m, _ in S], OUT); show(rows); print(len(rows))
    ann_lib.write_indicators(STEM, [m for m, _ in S], [i for _, i in S], OUT)
