import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
import ann_lib
from ann_lib import M, build, show
OUT = Path(__file__).parent.parent / "dev"
STEM = "r30_town_gov"

LD = "镇主要负责人三次带队督导村（社区）依法治理工作，两次为镇村干部讲授法治课"
XF = "全年开展镇党委理论学习中心组集体学法6次、镇政府常务会议会前学法10次，组织镇村干部旁听庭审1次"
PX = "举办镇村干部法治培训班2期，培训镇村干部186人次；组织全镇68名机关干部参加年度学法考试，参考率和合格率均为100%"
BM = "镇便民服务中心进驻事项126项，设置综合窗口6个，全年办理各类服务事项1.2万余件，其中代办帮办事项836件，群众满意率100%"
ZJ = "全年受理农村宅基地申请43宗，审批通过41宗，全部在20个工作日内办结"
FG = "镇法律顾问全年审核合同协议37份、参与处理涉法事务19件，提出法律意见建议45条"
QL = "对以镇政府名义印发的29件文件进行自查清理，废止2件"
GK = "通过镇政务公开栏、微信公众号主动公开政务信息386条，指导各村（社区）公开“三务”信息1,240余条"
ZF = "镇综合行政执法队全年开展日常巡查420余次，出动执法人员1,860人次，对辖区内36家企业、112家“九小场所”开展安全生产检查"
YH = "排查整改安全隐患287处，下达整改通知书64份，关停取缔非法经营场所3家"
RQ = "入户检查燃气用户2,140户，更换老旧软管430根"
YL = "组织开展防汛、森林防火、地质灾害等应急演练11场，参演群众1,300余人次"
JC = "全年指导备案农村集体聚餐143场次，开展现场检查58场次"
WJ = "全年拆除违建23处、面积4,600平方米，遏制新增违建7处"
HZ = "镇村两级河长巡河1,280余次，清理河道垃圾320吨，拆除河道违建2处"
CF = "全年办理行政处罚案件31件，罚款8.6万元，其中简易程序案件19件"
PC = "抽查我镇案卷12卷，合格率100%"
TJ = "镇人民调解委员会和13个村（社区）调委会全年排查矛盾纠纷216件，调解成功209件，调解成功率96.8%，其中土地纠纷64件、婚姻家庭纠纷41件"
WG = "镇综治中心划分网格58个，配备网格员72名，全年网格员上报各类事件1,946件，办结1,931件，网格员全年入户走访3.6万户次"
XFang = "全年受理群众来信来访87件次，按期办结率100%，化解信访积案3件，越级上访同比下降40%"
JZ = "在册社区矫正对象9人、安置帮教对象17人"
FW = "村（社区）法律顾问全年开展法治讲座52场，提供法律咨询416人次，参与调解纠纷38件，代写法律文书27份"
JY = "全年办理县人大代表建议5件、镇人大代表建议22件，办复率100%"
SC = "工作开展视察2次，提出意见建议17条"
PF = "开展“宪法宣传周”“民法典进农村”等普法活动24场，发放宣传资料6,800余份，受教育群众约9,000人次"
MB = "培育“法律明白人”156名、“学法用法示范户”65户"
FZ = "建成法治广场1个、法治文化长廊3处"
A1 = "排查矛盾纠纷：216件，调解成功209件"
A2 = "安全生产检查：148家，整改隐患287处"
S = [
 # （一）
 (M("镇党委会、镇长办公会议全年研究法治工作8次", "8次", 8, "次", a="研究", o="法治工作"), "leadership.meetings_on_rule_of_law"),
 (M("分值占比10%", "10%", 10, "%", a="分值占比"), "leadership.assessment_weight"),
 (M(LD, "三次", 3, "次", a="带队督导", o="村（社区）依法治理工作"), "supervision.rule_of_law_inspections"),
 (M(LD, "两次", 2, "次", a="讲授", o="法治课"), "leadership.lectures_by_leaders"),
 (M(XF, "6次", 6, "次", a="理论学习中心组集体学法"), "leadership.study_sessions"),
 (M(XF, "10次", 10, "次", a="会前学法"), "leadership.study_sessions"),
 (M(XF, "1次", 1, "次", a="旁听庭审"), None),
 (M("15名站所负责人全部现场述法", "15名", 15, "名", a="现场述法", o="站所负责人"), "leadership.reporting_on_law"),
 (M(PX, "2期", 2, "期", a="举办", o="镇村干部法治培训班"), "publicity.training_sessions"),
 (M(PX, "186人次", 186, "人次", a=("培训", 2), o=("镇村干部", 2)), "publicity.training_attendees"),
 (M(PX, "68名", 68, "名", a="组织", o="机关干部"), None),
 (M(PX, "100%", 100, "%", a="参考率"), "publicity.exam_participation_rate"),
 (M(PX, "100%", 100, "%", a="合格率"), "publicity.exam_pass_rate"),
 # （二）
 (M(BM, "126项", 126, "项", a="进驻", o=("事项", 1)), "digital.hall_items"),
 (M(BM, "6个", 6, "个", a="设置", o="综合窗口"), None),
 (M(BM, "1.2万余件", 12000, "件", a="办理", o="各类服务事项", ql="more_than"), "services.items_handled"),
 (M(BM, "836件", 836, "件", a="办理", o="代办帮办事项"), None),
 (M(BM, "100%", 100, "%", a="群众满意率"), "services.satisfaction"),
 (M("13个村（社区）便民服务站全部实现", "13个", 13, "个", a="实现", o="村（社区）便民服务站"), None),
 (M("全年代办社保、医保、残疾人补贴等事项3,418件", "3,418件", 3418, "件", a="代办", o="社保、医保、残疾人补贴等事项"), None),
 (M(ZJ, "43宗", 43, "宗", a="受理", o="农村宅基地申请"), None),
 (M(ZJ, "41宗", 41, "宗", a="审批通过"), None),
 (M(ZJ, "20个工作日内", 20, "工作日", a="办结", ql="at_most"), "services.approval_time_limit"),
 (M("镇村两级田长巡田2,600余次", "2,600余次", 2600, "次", a="巡田", ql="more_than"), None),
 (M("发现并制止违法占用耕地行为14起", "14起", 14, "起", a="发现并制止", o="违法占用耕地行为"), None),
 (M("完成县级下放的42项行政执法事项承接工作", "42项", 42, "项", a="承接", o="行政执法事项"), "services.powers_delegated"),
 (M("镇综合行政执法队现有执法人员十二名", "十二名", 12, "名", o="执法人员"), "enforcement.officers"),
 (M("与县直部门开展联合执法9次", "9次", 9, "次", a="联合执法"), None),
 # （三）
 (M("全年作出重大行政决策2项", "2项", 2, "项", a="作出", o="重大行政决策"), "decisions.made"),
 (M(FG, "37份", 37, "份", a="审核", o="合同协议"), "decisions.legality_reviews"),
 (M(FG, "19件", 19, "件", a="参与处理", o="涉法事务"), None),
 (M(FG, "45条", 45, "条", a="提出", o="法律意见建议"), "decisions.legal_opinions"),
 (M(QL, "29件", 29, "件", a="自查清理", o="文件"), None),
 (M(QL, "2件", 2, "件", a="废止"), None),
 (M(GK, "386条", 386, "条", a="主动公开", o="政务信息"), "openness.proactive_disclosures"),
 (M(GK, "1,240余条", 1240, "条", a=("公开", 3), o="“三务”信息", ql="more_than"), None),
 # （四）
 (M("严格规范执法，全年拆除违建23处", "23处", 23, "处", a="拆除", o="违建"), "enforcement.illegal_structures_demolished"),
 (M(ZF, "420余次", 420, "次", a="日常巡查", ql="more_than"), "enforcement.inspections"),
 (M(ZF, "1,860人次", 1860, "人次", a="出动", o="执法人员"), "enforcement.personnel_deployed"),
 (M(ZF, "36家", 36, "家", a="安全生产检查", o="企业"), "enforcement.inspections"),
 (M(ZF, "112家", 112, "家", a="安全生产检查", o="九小场所"), "enforcement.inspections"),
 (M(YH, "287处", 287, "处", a="排查整改", o="安全隐患"), "enforcement.hazards_rectified"),
 (M(YH, "64份", 64, "份", a="下达", o="整改通知书"), None),
 (M(YH, "3家", 3, "家", a="关停取缔", o="非法经营场所"), None),
 (M(RQ, "2,140户", 2140, "户", a="入户检查", o="燃气用户"), None),
 (M(RQ, "430根", 430, "根", a="更换", o="老旧软管"), None),
 (M(YL, "11场", 11, "场", a="防汛、森林防火、地质灾害等应急演练"), None),
 (M(YL, "1,300余人次", 1300, "人次", a="参演", o="群众", ql="more_than"), None),
 (M(JC, "143场次", 143, "场次", a="指导备案", o="农村集体聚餐"), None),
 (M(JC, "58场次", 58, "场次", a="现场检查"), None),
 (M(WJ, "23处", 23, "处", a="拆除", o=("违建", 1)), "enforcement.illegal_structures_demolished"),
 (M(WJ, "4,600平方米", 4600, "平方米", a="拆除", o="面积"), None),
 (M(WJ, "7处", 7, "处", a="遏制", o="新增违建"), None),
 (M(HZ, "1,280余次", 1280, "次", a="巡河", ql="more_than"), None),
 (M(HZ, "320吨", 320, "吨", a="清理", o="河道垃圾"), None),
 (M(HZ, "2处", 2, "处", a="拆除", o="河道违建"), None),
 (M(CF, "31件", 31, "件", a="办理", o="行政处罚案件"), "enforcement.penalty.cases"),
 (M(CF, "8.6万元", 86000, "元", a="罚款"), "enforcement.penalty.fines_amount"),
 (M(CF, "19件", 19, "件", a="办理", o="简易程序案件"), None),
 (M(PC, "12卷", 12, "卷", a="抽查", o="我镇案卷"), "enforcement.case_files_reviewed"),
 (M(PC, "100%", 100, "%", a="合格率"), "enforcement.case_file_pass_rate"),
 # （五）
 (M(TJ, "13个", 13, "个", a="排查", o="村（社区）调委会"), None),
 (M(TJ, "216件", 216, "件", a="排查", o="矛盾纠纷"), None),
 (M(TJ, "209件", 209, "件", a=("调解成功", 1)), "services.disputes_mediated"),
 (M(TJ, "96.8%", 96.8, "%", a="调解成功率"), "services.mediation_success_rate"),
 (M(TJ, "64件", 64, "件", a="排查", o="土地纠纷"), None),
 (M(TJ, "41件", 41, "件", a="排查", o="婚姻家庭纠纷"), None),
 (M(WG, "58个", 58, "个", a="划分", o=("网格", 1)), None),
 (M(WG, "72名", 72, "名", a="配备", o=("网格员", 1)), None),
 (M(WG, "1,946件", 1946, "件", a="上报", o="各类事件"), None),
 (M(WG, "1,931件", 1931, "件", a="办结"), None),
 (M(WG, "3.6万户次", 36000, "户次", a="入户走访"), None),
 (M(XFang, "87件次", 87, "件次", a="受理", o="群众来信来访"), "services.petitions_received"),
 (M(XFang, "100%", 100, "%", a="按期办结率"), "services.completion_rate"),
 (M(XFang, "3件", 3, "件", a="化解", o="信访积案"), None),
 (M(XFang, "40%", 40, "%", a="越级上访", ch="decrease"), None),
 (M(JZ, "9人", 9, "人", o="社区矫正对象"), None),
 (M(JZ, "17人", 17, "人", o="安置帮教对象"), None),
 # （六）
 (M("为13个村（社区）各聘请1名法律顾问", "13个", 13, "个", a="聘请", o="村（社区）"), None),
 (M(FW, "52场", 52, "场", a="开展", o="法治讲座"), None),
 (M(FW, "416人次", 416, "人次", a="提供", o="法律咨询"), "publicity.legal_consultations"),
 (M(FW, "38件", 38, "件", a="参与调解", o="纠纷"), None),
 (M(FW, "27份", 27, "份", a="代写", o="法律文书"), None),
 (M("2个村入选县级", "2个", 2, "个", a="入选", o="村"), None),
 # （七）
 (M(JY, "5件", 5, "件", a="办理", o="县人大代表建议"), "supervision.proposals_handled"),
 (M(JY, "22件", 22, "件", a="办理", o="镇人大代表建议"), "supervision.proposals_handled"),
 (M(JY, "100%", 100, "%", a="办复率"), "supervision.proposals_reply_rate"),
 (M(SC, "2次", 2, "次", a="视察"), None),
 (M(SC, "17条", 17, "条", a="提出", o="意见建议"), None),
 (M("督促整改问题9个", "9个", 9, "个", a="督促整改", o="问题"), "supervision.problems_found"),
 # （八）
 (M(PF, "24场", 24, "场", a="开展", o="“宪法宣传周”“民法典进农村”等普法活动"), "publicity.campaign_events"),
 (M(PF, "6,800余份", 6800, "份", a="发放", o="宣传资料", ql="more_than"), "publicity.materials_distributed"),
 (M(PF, "9,000人次", 9000, "人次", a="受教育", o="群众", ql="about"), "publicity.audience_reached"),
 (M("利用赶集日设立法律咨询点12次", "12次", 12, "次", a="设立", o="法律咨询点"), None),
 (M(MB, "156名", 156, "名", a="培育", o="法律明白人"), "publicity.legal_literate_persons"),
 (M(MB, "65户", 65, "户", a="培育", o="学法用法示范户"), "publicity.legal_literate_persons"),
 (M(FZ, "1个", 1, "个", a="建成", o="法治广场"), "publicity.demonstration_sites"),
 (M(FZ, "3处", 3, "处", a="建成", o="法治文化长廊"), "publicity.demonstration_sites"),
 (M("指导13个村（社区）修订完善村规民约", "13个", 13, "个", a="指导", o="村（社区）"), None),
 # 附
 (M(A1, "216件", 216, "件", a="排查", o="矛盾纠纷"), None),
 (M(A1, "209件", 209, "件", a="调解成功"), "services.disputes_mediated"),
 (M(A2, "148家", 148, "家", a="安全生产检查"), "enforcement.inspections"),
 (M(A2, "287处", 287, "处", a="整改", o="隐患"), "enforcement.hazards_rectified"),
 (M("普法活动：24场", "24场", 24, "场", a="普法活动"), "publicity.campaign_events"),
]
if __name__ == "__main__":
    rows = build(STEM, [m for m, _ in S], OUT); show(rows); print(len(rows))
    ann_lib.write_indicators(STEM, [m for m, _ in S], [i for _, i in S], OUT)
