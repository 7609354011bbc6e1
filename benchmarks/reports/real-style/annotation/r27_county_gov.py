import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
import ann_lib
from ann_lib import M, build, show
OUT = Path(__file__).parent.parent / "dev"
STEM = "r27_county_gov"
A0 = "全县法治政府建设群众满意度由上年的91.2%提升至93.8%"
LD1 = "全年召开县政府常务会议专题研究法治政府建设工作4次，审议涉法事项27件"
LD2 = "4次带队督导乡镇（街道）和部门法治建设工作、9次听取县司法局等部门专题汇报，2次列席县委全面依法治县委员会会议，带头讲授法治专题课1次，对法治建设重要工作批示23件次"
XF = "县政府常务会议会前学法14次，学习法律法规21部，县政府党组理论学习中心组开展习近平法治思想专题学习5次；组织全县科级以上领导干部1,126人参加年度学法考试，参考率100%，合格率99.7%"
SF = "全县32个县政府部门、14个乡镇（街道）主要负责人全部在本级党委（党组）会议上述法，述法覆盖率100%，法治建设在全县高质量发展综合考核中的权重提高到6%"
DC = "对14个乡镇（街道）、21个县直部门开展法治政府建设实地督察，反馈问题47个，已整改完成45个，整改完成率95.7%"
FZ1 = "公布县级权责清单事项5,862项，承接市级下放行政权力事项46项，向14个乡镇（街道）赋予县级行政执法事项112项"
FZ2 = "对38项涉企经营许可事项实行告知承诺制；持续开展减证便民行动，精简证明材料63项，办事环节21个，审批时限平均压缩62%，企业开办时间压缩至0.5个工作日，全年新登记经营主体6,824户，同比增长10.3%"
FZ3 = "开展涉企收费专项检查，督促退还违规收取费用38.6万元，审查涉及经营主体经济活动的政策措施41件，清理妨碍统一市场和公平竞争的政策措施5件"
ZW1 = "县政务服务中心进驻部门31个、事项1,268项，编制16个“一件事”（42个子项）办事指南，推出“免证办”事项216项、“秒批秒办”事项35项，全年政务服务大厅办件量48.6万件，好差评系统收到评价8.2万条，好评率99.98%"
RX = "12345政务服务便民热线受理群众诉求13.6万件，按时办结率99.2%，群众满意率97.6%"
SZ = "全县政务服务事项网上可办率达到99.1%，“掌上办”事项862项，建成村（社区）便民服务站187个，实现146项高频事项就近办；依托县大数据中心归集共享政务数据1.37亿条，为企业和群众减少提交材料4.6万余份，电子证照调用3.2万次，“青崖通”移动端注册用户突破28万人"
GF = "全年以县政府及县政府办公室名义制发行政规范性文件9件，全部经合法性审核，报送市政府和县人大常委会备案9件，报备率、及时率均为100%；备案审查乡镇、部门报备的规范性文件16件，发现并督促纠正问题2个"
QL = "清理现行有效规范性文件138件，拟废止11件、拟修改6件"
JC = "全年作出重大行政决策5项，全部履行公众参与、专家论证、风险评估、合法性审查、集体讨论决定等法定程序，召开听证会2场、专家论证会7场，公开征求意见收到意见建议412条，采纳136条"
GW = "聘请7名律师、3名法学专家担任县政府法律顾问，法律顾问全年列席县政府常务会议18次，审查县政府合同协议89件，出具法律意见书64份；为全县187个村（社区）配备法律顾问，配备率100%"
ZF1 = "14个乡镇（街道）综合行政执法队全部挂牌运行，下沉执法人员86名。全县现有行政执法人员1,342名，全年新增持证人员96名，组织执法人员专题轮训3,280人次"
ZF2 = "全县行政执法机关开展行政检查1.86万户次，同比下降21.3%，其中跨部门联合检查1,215次，实施“综合查一次”场景38个，推行“扫码入企”，减少入企检查4,300余户次"
ZF3 = "全县立案查处行政处罚案件3,046件，罚没款2,167.5万元，同比分别下降8.4%和5.2%，对412件轻微违法行为依法不予处罚，向公安机关移送涉嫌犯罪案件17件"
ZF4 = "全年排查整治安全生产隐患1.42万处，隐患整改率99.6%，查处非法采砂案件7起，查扣采砂船只3艘"
ZF5 = "执法全过程记录覆盖率、重大执法决定法制审核率均达到100%"
ZF6 = "评查案卷620卷，评出优秀案卷58卷、不合格案卷9卷，案卷合格率98.5%，2件案卷获评全市优秀行政执法案卷"
ZF7 = "对县市场监管局、县自然资源局等12个部门开展行政执法监督检查，发出行政执法监督意见书8份，督促整改问题31个"
FY0 = "（六）发挥行政复议化解行政争议主渠道作用，全年新收复议案件286件"
FY1 = "全年县行政复议局新收行政复议申请286件，同比增长46.7%，受理264件（含上年结转12件），审结251件，其中维持163件、驳回24件、撤销、变更或确认违法31件、调解或和解后终止33件，直接纠错率12.4%，制发行政复议意见书3份，复议决定履行率100%"
SS = "全县一审行政诉讼案件新收127件，审结119件，行政机关败诉9件，败诉率7.6%；县政府作为被告的行政诉讼案件8件，行政机关负责人出庭应诉115次，出庭应诉率连续5年保持100%"
JD1 = "办理县人大代表建议186件、政协委员提案224件，办复率100%，满意率98.9%"
JD2 = "主动公开政府信息1.23万条，受理政府信息公开申请97件，全部按期答复，召开新闻发布会16场。县审计局完成审计项目32个，查出问题金额1.86亿元，移送问题线索7件"
XFa = "全年受理信访事项1,032件，及时受理率、按期办结率均为100%，化解信访积案38件"
TJ = "全县各级人民调解组织调解矛盾纠纷5,864件，调解成功5,712件，调解成功率97.4%；县公共法律服务中心和14个乡镇（街道）公共法律服务站提供法律咨询2.3万人次，办理法律援助案件856件，为农民工讨回欠薪1,320万元"
PF = "开展“宪法宣传周”“民法典宣传月”等主题普法活动326场，覆盖群众15万余人次；新培育“法律明白人”2,860名，创建省级民主法治示范村（社区）3个、市级民主法治示范村（社区）11个"
PF2 = "将“法治副校长”制度延伸至全县54所中小学校，开展“法治进校园”巡讲132场，受教育师生6.1万人次"
FJ1 = "行政许可：受理3.12万件，办结3.12万件"
FJ2 = "行政处罚：3,046件，罚没款2,167.5万元"
FJ3 = "行政复议：新收286件，审结251件"
FJ4 = "行政诉讼：新收127件，败诉9件"
N = None
S, IND = [], []
def R(ind, m):
    S.append(m); IND.append(ind)
# 开头
R(N, M(A0, "91.2%", 91.2, "%", a="群众满意度", o="法治政府建设"))
R(N, M(A0, "93.8%", 93.8, "%", a="群众满意度", o="法治政府建设"))
# （一）
R("leadership.meetings_on_rule_of_law", M(LD1, "4次", 4, "次", a="专题研究", o="法治政府建设工作"))
R(N, M(LD1, "27件", 27, "件", a="审议", o="涉法事项"))
R("supervision.rule_of_law_inspections", M(LD2, "4次", 4, "次", a="带队督导", o="乡镇（街道）和部门法治建设工作"))
R("leadership.reports_heard", M(LD2, "9次", 9, "次", a="听取", o="县司法局等部门专题汇报"))
R(N, M(LD2, "2次", 2, "次", a="列席", o="县委全面依法治县委员会会议"))
R("leadership.lectures_by_leaders", M(LD2, "1次", 1, "次", a="讲授", o="法治专题课"))
R(N, M(LD2, "23件次", 23, "件次", a="批示", o="法治建设重要工作"))
R("leadership.study_sessions", M(XF, "14次", 14, "次", a="会前学法"))
R(N, M(XF, "21部", 21, "部", a="学习", o="法律法规"))
R("leadership.study_sessions", M(XF, "5次", 5, "次", a="习近平法治思想专题学习"))
R(N, M(XF, "1,126人", 1126, "人", a="组织", o="科级以上领导干部"))
R("publicity.exam_participation_rate", M(XF, "100%", 100, "%", a="参考率"))
R("publicity.exam_pass_rate", M(XF, "99.7%", 99.7, "%", a="合格率"))
R(N, M(SF, "32个", 32, "个", a="述法", o="县政府部门"))
R(N, M(SF, "14个", 14, "个", a="述法", o="乡镇（街道）"))
R("leadership.reporting_on_law_rate", M(SF, "100%", 100, "%", a="述法覆盖率"))
R("leadership.assessment_weight", M(SF, "6%", 6, "%", a="权重", o="法治建设"))
R(N, M(DC, "14个", 14, "个", a="法治政府建设实地督察", o="乡镇（街道）"))
R(N, M(DC, "21个", 21, "个", a="法治政府建设实地督察", o="县直部门"))
R("supervision.problems_found", M(DC, "47个", 47, "个", a="反馈", o="问题"))
R(N, M(DC, "45个", 45, "个", a="整改完成"))
R("enforcement.rectification_rate", M(DC, "95.7%", 95.7, "%", a="整改完成率"))
# （二）
R("services.powers_list_items", M(FZ1, "5,862项", 5862, "项", a="公布", o="县级权责清单事项"))
R("services.powers_delegated", M(FZ1, "46项", 46, "项", a="承接", o="市级下放行政权力事项"))
R(N, M(FZ1, "14个", 14, "个", a="赋予", o="乡镇（街道）"))
R("services.powers_delegated", M(FZ1, "112项", 112, "项", a="赋予", o="县级行政执法事项"))
R(N, M(FZ2, "38项", 38, "项", a="实行告知承诺制", o="涉企经营许可事项"))
R("services.materials_reduced", M(FZ2, "63项", 63, "项", a="精简", o="证明材料"))
R("services.steps_reduced", M(FZ2, "21个", 21, "个", a="精简", o="办事环节"))
R(N, M(FZ2, "62%", 62, "%", a="审批时限", ch="decrease"))
R("services.business_startup_time", M(FZ2, "0.5个工作日", 0.5, "工作日", a="企业开办时间"))
R("services.new_market_entities", M(FZ2, "6,824户", 6824, "户", a="新登记", o="经营主体"))
R(N, M(FZ2, "10.3%", 10.3, "%", a="新登记", ch="increase"))
R("enforcement.funds_recovered", M(FZ3, "38.6万元", 386000, "元", a="督促退还", o="违规收取费用"))
R(N, M(FZ3, "41件", 41, "件", a="审查", o="涉及经营主体经济活动的政策措施"))
R(N, M(FZ3, "5件", 5, "件", a="清理", o="妨碍统一市场和公平竞争的政策措施"))
R(N, M(ZW1, "31个", 31, "个", a="进驻", o="部门"))
R("digital.hall_items", M(ZW1, "1,268项", 1268, "项", a="进驻", o="事项"))
R("services.one_thing_packages", M(ZW1, "16个", 16, "个", a="编制", o="一件事"))
R(N, M(ZW1, "42个", 42, "个", a="编制", o="子项"))
R(N, M(ZW1, "216项", 216, "项", a="推出", o="“免证办”事项"))
R("digital.offline_free_items", M(ZW1, "35项", 35, "项", a="推出", o="“秒批秒办”事项"))
R("services.items_handled", M(ZW1, "48.6万件", 486000, "件", a="办件量"))
R(N, M(ZW1, "8.2万条", 82000, "条", a="收到", o="评价"))
R("services.satisfaction", M(ZW1, "99.98%", 99.98, "%", a="好评率"))
R("services.hotline_requests", M(RX, "13.6万件", 136000, "件", a="受理", o="群众诉求"))
R("services.completion_rate", M(RX, "99.2%", 99.2, "%", a="按时办结率"))
R(N, M(RX, "97.6%", 97.6, "%", a="群众满意率"))
# （三）
R("digital.online_rate", M(SZ, "99.1%", 99.1, "%", a="网上可办率", o="政务服务事项"))
R(N, M(SZ, "862项", 862, "项", a="掌上办", o=("事项", 2)))
R(N, M(SZ, "187个", 187, "个", a="建成", o="村（社区）便民服务站"))
R(N, M(SZ, "146项", 146, "项", a="就近办", o="高频事项"))
R("digital.credit_records", M(SZ, "1.37亿条", 137000000, "条", a="归集共享", o="政务数据"))
R(N, M(SZ, "4.6万余份", 46000, "份", a="提交", o="材料", ql="more_than", ch="decrease"))
R(N, M(SZ, "3.2万次", 32000, "次", a="调用", o="电子证照"))
R(N, M(SZ, "28万人", 280000, "人", a="注册", o="用户", ql="more_than"))
# （四）
R("normative_documents.issued", M(GF, ("9件", 1), 9, "件", a="制发", o="行政规范性文件"))
R("normative_documents.filed", M(GF, ("9件", 2), 9, "件", a="备案"))
R("normative_documents.filing_rate", M(GF, "100%", 100, "%", a="报备率"))
R(N, M(GF, "100%", 100, "%", a="及时率"))
R("normative_documents.filed", M(GF, "16件", 16, "件", a="备案审查", o="乡镇、部门报备的规范性文件"))
R(N, M(GF, "2个", 2, "个", a="发现并督促纠正", o="问题"))
R("normative_documents.cleaned", M(QL, "138件", 138, "件", a="清理", o="现行有效规范性文件"))
R("normative_documents.repealed", M(QL, "11件", 11, "件", a="拟废止"))
R("normative_documents.amended", M(QL, "6件", 6, "件", a="拟修改"))
R("decisions.made", M(JC, "5项", 5, "项", a="作出", o="重大行政决策"))
R("decisions.hearings", M(JC, "2场", 2, "场", a="召开", o="听证会"))
R("decisions.hearings", M(JC, "7场", 7, "场", a="召开", o="专家论证会"))
R("decisions.public_comments", M(JC, "412条", 412, "条", a="收到", o="意见建议"))
R("decisions.comments_adopted", M(JC, "136条", 136, "条", a="采纳"))
R("decisions.legal_advisers", M(GW, "7名", 7, "名", a="聘请", o="律师"))
R("decisions.legal_advisers", M(GW, "3名", 3, "名", a="聘请", o="法学专家"))
R(N, M(GW, "18次", 18, "次", a="列席", o="县政府常务会议"))
R("decisions.legality_reviews", M(GW, "89件", 89, "件", a="审查", o="县政府合同协议"))
R("decisions.legal_opinions", M(GW, "64份", 64, "份", a="出具", o="法律意见书"))
R(N, M(GW, "187个", 187, "个", a="配备", o="村（社区）"))
R(N, M(GW, "100%", 100, "%", a="配备率"))
# （五）
R(N, M(ZF1, "14个", 14, "个", a="挂牌运行", o="乡镇（街道）综合行政执法队"))
R(N, M(ZF1, "86名", 86, "名", a="下沉", o=("执法人员", 1)))
R("enforcement.officers", M(ZF1, "1,342名", 1342, "名", o="行政执法人员"))
R(N, M(ZF1, "96名", 96, "名", a="新增", o="持证人员"))
R("publicity.training_attendees", M(ZF1, "3,280人次", 3280, "人次", a="专题轮训", o=("执法人员", 3)))
R("enforcement.inspections", M(ZF2, "1.86万户次", 18600, "户次", a="行政检查"))
R(N, M(ZF2, "21.3%", 21.3, "%", a="行政检查", ch="decrease"))
R("enforcement.joint_inspections", M(ZF2, "1,215次", 1215, "次", a="行政检查", o="跨部门联合检查"))
R(N, M(ZF2, "38个", 38, "个", a="实施", o="“综合查一次”场景"))
R(N, M(ZF2, "4,300余户次", 4300, "户次", a="入企检查", ql="more_than", ch="decrease"))
R("enforcement.penalty.cases", M(ZF3, "3,046件", 3046, "件", a="立案查处", o="行政处罚案件"))
R("enforcement.penalty.confiscations_amount", M(ZF3, "2,167.5万元", 21675000, "元", a="罚没款"))
R(N, M(ZF3, "8.4%", 8.4, "%", a="立案查处", ch="decrease"))
R(N, M(ZF3, "5.2%", 5.2, "%", a="罚没款", ch="decrease"))
R("enforcement.penalty.waived", M(ZF3, "412件", 412, "件", a="不予处罚", o="轻微违法行为"))
R("enforcement.cases_transferred", M(ZF3, "17件", 17, "件", a="移送", o="涉嫌犯罪案件"))
R("enforcement.hazards_rectified", M(ZF4, "1.42万处", 14200, "处", a="排查整治", o="安全生产隐患"))
R("enforcement.rectification_rate", M(ZF4, "99.6%", 99.6, "%", a="整改率", o=("隐患", 2)))
R(N, M(ZF4, "7起", 7, "起", a="查处", o="非法采砂案件"))
R("enforcement.coercive_measures", M(ZF4, "3艘", 3, "艘", a="查扣", o="采砂船只"))
R("enforcement.three_systems_rate", M(ZF5, "100%", 100, "%", a="执法全过程记录覆盖率"))
R(N, M(ZF5, "100%", 100, "%", a="重大执法决定法制审核率"))
R("enforcement.case_files_reviewed", M(ZF6, "620卷", 620, "卷", a="评查", o=("案卷", 1)))
R(N, M(ZF6, "58卷", 58, "卷", a="评出", o="优秀案卷"))
R(N, M(ZF6, "9卷", 9, "卷", a="评出", o="不合格案卷"))
R("enforcement.case_file_pass_rate", M(ZF6, "98.5%", 98.5, "%", a="案卷合格率"))
R(N, M(ZF6, "2件", 2, "件", a="获评", o=("案卷", 5)))
R(N, M(ZF7, "12个", 12, "个", a="行政执法监督检查", o="部门"))
R("supervision.enforcement_supervision", M(ZF7, "8份", 8, "份", a="发出", o="行政执法监督意见书"))
R(N, M(ZF7, "31个", 31, "个", a="督促整改", o="问题"))
# （六）
R("review.reconsideration.cases_received", M(FY0, "286件", 286, "件", a="新收", o="复议案件"))
R("review.reconsideration.cases_received", M(FY1, "286件", 286, "件", a="新收", o="行政复议申请"))
R(N, M(FY1, "46.7%", 46.7, "%", a="新收", ch="increase"))
R("review.reconsideration.cases_received", M(FY1, "264件", 264, "件", a="受理"))
R(N, M(FY1, "12件", 12, "件", a="受理"))
R("review.reconsideration.cases_closed", M(FY1, "251件", 251, "件", a="审结"))
R("review.reconsideration.upheld", M(FY1, "163件", 163, "件", a="维持"))
R("review.reconsideration.rejected", M(FY1, "24件", 24, "件", a="驳回"))
R("review.reconsideration.corrected", M(FY1, "31件", 31, "件", a="撤销、变更或确认违法"))
R("review.reconsideration.terminated", M(FY1, "33件", 33, "件", a="调解或和解后终止"))
R("review.reconsideration.correction_rate", M(FY1, "12.4%", 12.4, "%", a="直接纠错率"))
R(N, M(FY1, "3份", 3, "份", a="制发", o="行政复议意见书"))
R(N, M(FY1, "100%", 100, "%", a="履行率", o="复议决定"))
R("review.litigation.cases", M(SS, "127件", 127, "件", a="新收", o="一审行政诉讼案件"))
R(N, M(SS, "119件", 119, "件", a="审结"))
R("review.litigation.lost_cases", M(SS, ("9件", 2), 9, "件", a="败诉"))
R("review.litigation.loss_rate", M(SS, "7.6%", 7.6, "%", a="败诉率"))
R(N, M(SS, "8件", 8, "件", a=("行政诉讼", 2), o=("案件", 2)))
R("review.litigation.head_appearances", M(SS, "115次", 115, "次", a="出庭应诉", o="行政机关负责人"))
R("review.litigation.head_appearance_rate", M(SS, "100%", 100, "%", a="出庭应诉率"))
# （七）
R("supervision.proposals_handled", M(JD1, "186件", 186, "件", a="办理", o="县人大代表建议"))
R("supervision.proposals_handled", M(JD1, "224件", 224, "件", a="办理", o="政协委员提案"))
R("supervision.proposals_reply_rate", M(JD1, "100%", 100, "%", a="办复率"))
R(N, M(JD1, "98.9%", 98.9, "%", a="满意率"))
R("openness.proactive_disclosures", M(JD2, "1.23万条", 12300, "条", a="主动公开", o="政府信息"))
R("openness.disclosure_requests", M(JD2, "97件", 97, "件", a="受理", o="政府信息公开申请"))
R(N, M(JD2, "16场", 16, "场", a="召开", o="新闻发布会"))
R(N, M(JD2, "32个", 32, "个", a="完成", o="审计项目"))
R(N, M(JD2, "1.86亿元", 186000000, "元", a="查出", o="问题金额"))
R(N, M(JD2, ("7件", 2), 7, "件", a="移送", o="问题线索"))
# （八）
R("services.petitions_received", M(XFa, "1,032件", 1032, "件", a="受理", o="信访事项"))
R(N, M(XFa, "100%", 100, "%", a="及时受理率"))
R(N, M(XFa, "100%", 100, "%", a="按期办结率"))
R(N, M(XFa, "38件", 38, "件", a="化解", o="信访积案"))
R("services.disputes_mediated", M(TJ, "5,864件", 5864, "件", a=("调解", 2), o="矛盾纠纷"))
R(N, M(TJ, "5,712件", 5712, "件", a="调解成功"))
R("services.mediation_success_rate", M(TJ, "97.4%", 97.4, "%", a="调解成功率"))
R(N, M(TJ, "14个", 14, "个", a="提供", o="乡镇（街道）公共法律服务站"))
R("publicity.legal_consultations", M(TJ, "2.3万人次", 23000, "人次", a="提供", o="法律咨询"))
R("services.legal_aid_cases", M(TJ, "856件", 856, "件", a="办理", o="法律援助案件"))
R("enforcement.funds_recovered", M(TJ, "1,320万元", 13200000, "元", a="讨回", o="欠薪"))
# （九）
R("publicity.campaign_events", M(PF, "326场", 326, "场", a="开展", o="“宪法宣传周”“民法典宣传月”等主题普法活动"))
R("publicity.audience_reached", M(PF, "15万余人次", 150000, "人次", a="覆盖", o="群众", ql="more_than"))
R("publicity.legal_literate_persons", M(PF, "2,860名", 2860, "名", a="新培育", o="法律明白人"))
R("publicity.demonstration_sites", M(PF, "3个", 3, "个", a="创建", o="省级民主法治示范村（社区）"))
R("publicity.demonstration_sites", M(PF, "11个", 11, "个", a="创建", o="市级民主法治示范村（社区）"))
R(N, M(PF2, "54所", 54, "所", a="延伸至", o="中小学校"))
R(N, M(PF2, "132场", 132, "场", a="“法治进校园”巡讲"))
R(N, M(PF2, "6.1万人次", 61000, "人次", a="受教育", o="师生"))
# 附件
R("licensing.applications_accepted", M(FJ1, ("3.12万件", 1), 31200, "件", a="受理", o="行政许可"))
R("licensing.applications_completed", M(FJ1, ("3.12万件", 2), 31200, "件", a="办结", o="行政许可"))
R("enforcement.penalty.cases", M(FJ2, "3,046件", 3046, "件", a="行政处罚"))
R("enforcement.penalty.confiscations_amount", M(FJ2, "2,167.5万元", 21675000, "元", a="罚没款"))
R("review.reconsideration.cases_received", M(FJ3, "286件", 286, "件", a="新收", o="行政复议"))
R("review.reconsideration.cases_closed", M(FJ3, "251件", 251, "件", a="审结", o="行政复议"))
R("review.litigation.cases", M(FJ4, "127件", 127, "件", a="新收", o="行政诉讼"))
R("review.litigation.lost_cases", M(FJ4, "9件", 9, "件", a="败诉", o="行政诉讼"))

if __name__ == "__main__":
    rows = build(STEM, S, OUT); show(rows); print(len(rows))
    recs = ann_lib.write_indicators(STEM, S, IND, OUT)
    print(sum(r["indicator"] is not None for r in recs), "rows with an indicator id")
