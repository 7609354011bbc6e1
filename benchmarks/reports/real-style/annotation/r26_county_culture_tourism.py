import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from ann_lib import M, build, show
OUT = Path(__file__).parent.parent / "dev"
STEM = "r26_county_culture_tourism"
LD1 = "印发年度法治建设工作要点，明确重点任务18项并逐项压实责任，全年主持召开党组会议研究法治建设议题5次，2次带队检查文化市场综合执法工作、4次听取县文化市场综合执法大队工作汇报，为全局干部职工讲授法治课1次"
LD2 = "局领导班子成员和二级机构负责人共7人全部完成年度书面述法"
XF = "全年局党组理论学习中心组开展法治专题学习6次，局务会会前学法12次，组织全局干部职工旁听行政案件庭审1次；组织62名执法人员参加全省文化市场综合执法岗位练兵活动，3名执法人员获评全省文化市场综合执法“办案能手”；举办文化市场执法人员培训班3期，参训人员260人次"
QZ = "梳理公布本局权责事项142项，其中行政许可23项、行政处罚96项、行政检查9项"
SP1 = "本局共有依申请类政务服务事项23项"
SP2 = "全年受理行政许可申请486件，办结486件，按时办结率100%，其中即办件312件，营业性演出审批、娱乐场所经营许可等8个事项实现“不见面审批”，营业性演出审批时限由3个工作日压缩至1个工作日"
SP3 = "承接市文化广电和旅游局下放的旅行社设立许可、娱乐场所经营活动审批等行政许可事项4项"
SP4 = "全年审批营业性演出46场次（其中涉外及港澳台演出2场次），为大型演唱会、音乐节开辟“绿色通道”，审批材料由原来的9项精简至5项"
JG1 = "全县现有网吧52家、歌舞娱乐场所37家、游艺娱乐场所9家、旅行社及分支机构28家、A级旅游景区14家（其中4A级景区3家）"
JG2 = "对52家网吧、46家娱乐场所实现“双随机、一公开”检查全覆盖，对28家旅行社开展旅游市场秩序专项检查，对全县书店、文具店和印刷企业74家次开展出版物市场检查，收缴非法出版物1,860余册"
JG3 = "全年出动执法人员2,460人次，检查各类文化旅游经营单位1,318家次，同比增长8.6%，其中夜间检查416家次，节假日检查287家次"
JQ1 = "对14家A级景区开展安全生产和服务质量检查，下发整改通知书17份，发现问题隐患58个，已全部整改清零；1家3A级景区因复核整改不到位被予以通报批评"
JQ2 = "全县A级旅游景区游客满意度由上年的92.3%提升至95.1%"
JQ3 = "全年接待游客1,286万人次，实现旅游综合收入98.6亿元，同比分别增长9.2%和11.5%"
JQ4 = "受理旅游投诉312件，其中有效投诉146件，办结率100%，为游客挽回经济损失38.6万元"
WW1 = "全县共有各级文物保护单位86处，其中全国重点文物保护单位2处、省级文物保护单位11处、县级文物保护单位73处，逐处明确文物安全直接责任人86名，聘请文物安全巡查员102名，全年开展文物安全巡查1,560次，会同公安、消防等部门开展文物安全联合执法检查4次，排查整改安全隐患23处"
WW2 = "对2处全国重点文物保护单位实现消防、安防技防设施全覆盖，完成3处省级文物保护单位“四有”档案修订"
WW3 = "认定第六批县级非物质文化遗产代表性项目9项、代表性传承人14名"
XY1 = "建立经营场所台账11家，指导6家剧本娱乐经营场所建立剧本内容自审制度，督促下架违规剧本23个"
XY2 = "为17家旅行社办理暂退质量保证金340万元"
XY3 = "全年录入检查记录1,318条、案件信息67条"
XY4 = "将2家严重失信经营主体列入文化市场黑名单"
JC1 = "开展问卷调查1,240份，召开专家座谈会4场，向社会公开征求意见30日，收到意见建议86条，采纳31条"
JC2 = "起草县政府行政规范性文件1件"
JC3 = "对本局制发的7件规范性文件开展全面清理，继续有效5件、废止2件"
JC4 = "局法律顾问全年审查合同协议37份、出具法律意见书19份，审核涉法事项12件，局机关合法性审查率100%"
ZF0 = "（一）严格规范执法，全年立案查处案件67起"
ZF1 = "全年立案查处文化市场违法案件67起，同比增长11.7%，结案65起，罚款18.35万元，没收违法所得2.6万元，其中网吧接纳未成年人案件21起、娱乐场所违规经营案件14起、旅行社未签订旅游合同案件6起、出版物违法案件3起；给予警告处罚17家，责令停业整顿2家，移送公安机关涉嫌犯罪案件线索2条"
ZF2 = "对9起首次违法且及时改正的轻微违法行为依法不予处罚，对13起案件依法从轻、减轻处罚，发放执法提示函、告诫书130余份，以案释法警示教育经营业主500余人次"
ZF3 = "执法全过程记录覆盖率100%，开展重大执法决定法制审核8件，在县行政执法信息公示平台公示行政许可和行政处罚信息553条；报送的2卷案卷入选全省文化市场综合执法优秀案卷，在县司法局组织的行政执法案卷评查中，我局被抽查的12卷案卷全部评为合格案卷。全县现有文化市场综合执法人员19名，全部持有行政执法证件，持证率100%"
FY = "全年发生行政复议案件1件"
JD1 = "办理县人大代表建议9件、县政协委员提案14件，办复率100%，满意率100%"
JD2 = "主动公开政府信息216条，受理政府信息公开申请3件，均按期答复；办理12345热线工单418件，按时办结率100%"
JD3 = "聘请文化市场社会监督员15名，全年收集意见建议22条"
PF1 = "开展“送法进景区”“送戏下乡+普法”等活动38场，受众2.3万余人次，发放《旅游法》《文物保护法》等宣传册6,800余份"
PF2 = "在5个A级景区设立法治宣传栏，利用县融媒体中心播放普法公益广告1,200余次，编排法治题材小戏小品6个"
PF3 = "在全县12个乡镇巡回演出24场"
N = None
S, IND = [], []
def R(ind, m):
    S.append(m); IND.append(ind)
# 一
R("leadership.meetings_on_rule_of_law", M(LD1, "5次", 5, "次", a=("研究", 1), o="法治建设议题"))
R(N, M(LD1, "18项", 18, "项", a="明确", o="重点任务"))
R("supervision.rule_of_law_inspections", M(LD1, "2次", 2, "次", a="带队检查", o="文化市场综合执法工作"))
R("leadership.reports_heard", M(LD1, "4次", 4, "次", a="听取", o="县文化市场综合执法大队工作汇报"))
R("leadership.lectures_by_leaders", M(LD1, "1次", 1, "次", a="讲授", o="法治课"))
R("leadership.reporting_on_law", M(LD2, "7人", 7, "人", a="年度书面述法", o="局领导班子成员和二级机构负责人"))
R("leadership.study_sessions", M(XF, "6次", 6, "次", a="法治专题学习"))
R("leadership.study_sessions", M(XF, "12次", 12, "次", a="会前学法"))
R(N, M(XF, "1次", 1, "次", a="旁听行政案件庭审"))
R(N, M(XF, "62名", 62, "名", a=("组织", 2), o="执法人员"))
R(N, M(XF, "3名", 3, "名", a="获评", o=("执法人员", 2)))
R("publicity.training_sessions", M(XF, "3期", 3, "期", a="举办", o="文化市场执法人员培训班"))
R("publicity.training_attendees", M(XF, "260人次", 260, "人次", a="参训", o=("人员", 4)))
# 二
R("services.powers_list_items", M(QZ, "142项", 142, "项", a="梳理公布", o="本局权责事项"))
R(N, M(QZ, "23项", 23, "项", a="梳理公布", o="行政许可"))
R(N, M(QZ, "96项", 96, "项", a="梳理公布", o="行政处罚"))
R(N, M(QZ, "9项", 9, "项", a="梳理公布", o="行政检查"))
R("digital.hall_items", M(SP1, "23项", 23, "项", o="依申请类政务服务事项"))
R("licensing.applications_accepted", M(SP2, ("486件", 1), 486, "件", a="受理", o="行政许可申请"))
R("licensing.applications_completed", M(SP2, ("486件", 2), 486, "件", a="办结"))
R("services.completion_rate", M(SP2, "100%", 100, "%", a="按时办结率"))
R(N, M(SP2, "312件", 312, "件", a="办结", o="即办件"))
R("digital.offline_free_items", M(SP2, "8个", 8, "个", a="实现“不见面审批”", o="事项"))
R(N, M(SP2, "3个工作日", 3, "工作日", a="审批时限", o=("营业性演出", 2)))
R("services.approval_time_limit", M(SP2, "1个工作日", 1, "工作日", a="审批时限", o=("营业性演出", 2)))
R("services.powers_delegated", M(SP3, "4项", 4, "项", a="承接", o="旅行社设立许可、娱乐场所经营活动审批等行政许可事项"))
R(N, M(SP4, "46场次", 46, "场次", a="审批", o="营业性演出"))
R(N, M(SP4, "2场次", 2, "场次", a="审批", o="涉外及港澳台演出"))
R(N, M(SP4, "9项", 9, "项", a="审批材料"))
R(N, M(SP4, "5项", 5, "项", a="审批材料"))
R(N, M(JG1, "52家", 52, "家", o="网吧"))
R(N, M(JG1, "37家", 37, "家", o="歌舞娱乐场所"))
R(N, M(JG1, "9家", 9, "家", o="游艺娱乐场所"))
R(N, M(JG1, "28家", 28, "家", o="旅行社及分支机构"))
R(N, M(JG1, "14家", 14, "家", o="A级旅游景区"))
R(N, M(JG1, "3家", 3, "家", o="4A级景区"))
R("enforcement.inspections", M(JG2, "52家", 52, "家", a="“双随机、一公开”检查", o="网吧"))
R("enforcement.inspections", M(JG2, "46家", 46, "家", a="“双随机、一公开”检查", o="娱乐场所"))
R("enforcement.inspections", M(JG2, "28家", 28, "家", a="旅游市场秩序专项检查", o="旅行社"))
R("enforcement.inspections", M(JG2, "74家次", 74, "家次", a="出版物市场检查", o="书店、文具店和印刷企业"))
R(N, M(JG2, "1,860余册", 1860, "册", a="收缴", o="非法出版物", ql="more_than"))
R("enforcement.personnel_deployed", M(JG3, "2,460人次", 2460, "人次", a="出动", o="执法人员"))
R("enforcement.inspections", M(JG3, "1,318家次", 1318, "家次", a=("检查", 1), o="各类文化旅游经营单位"))
R(N, M(JG3, "8.6%", 8.6, "%", a=("检查", 1), ch="increase"))
R(N, M(JG3, "416家次", 416, "家次", a=("检查", 1), o="夜间检查"))
R(N, M(JG3, "287家次", 287, "家次", a=("检查", 1), o="节假日检查"))
R("enforcement.inspections", M(JQ1, "14家", 14, "家", a="安全生产和服务质量检查", o="A级景区"))
R(N, M(JQ1, "17份", 17, "份", a="下发", o="整改通知书"))
R("enforcement.hazards_rectified", M(JQ1, "58个", 58, "个", a="发现", o="问题隐患"))
R(N, M(JQ1, "1家", 1, "家", a="通报批评", o="3A级景区"))
R(N, M(JQ2, "92.3%", 92.3, "%", a="游客满意度", o="A级旅游景区"))
R(N, M(JQ2, "95.1%", 95.1, "%", a="游客满意度", o="A级旅游景区"))
R(N, M(JQ3, "1,286万人次", 12860000, "人次", a="接待", o="游客"))
R(N, M(JQ3, "98.6亿元", 9860000000, "元", a="实现", o="旅游综合收入"))
R(N, M(JQ3, "9.2%", 9.2, "%", a="接待", ch="increase"))
R(N, M(JQ3, "11.5%", 11.5, "%", a="实现", ch="increase"))
R("services.complaints_received", M(JQ4, "312件", 312, "件", a="受理", o="旅游投诉"))
R(N, M(JQ4, "146件", 146, "件", a="受理", o="有效投诉"))
R(N, M(JQ4, "100%", 100, "%", a="办结率"))
R("enforcement.funds_recovered", M(JQ4, "38.6万元", 386000, "元", a="挽回", o="经济损失"))
R(N, M(WW1, "86处", 86, "处", o="各级文物保护单位"))
R(N, M(WW1, "2处", 2, "处", o="全国重点文物保护单位"))
R(N, M(WW1, "11处", 11, "处", o="省级文物保护单位"))
R(N, M(WW1, "73处", 73, "处", o="县级文物保护单位"))
R(N, M(WW1, "86名", 86, "名", a="明确", o="文物安全直接责任人"))
R(N, M(WW1, "102名", 102, "名", a="聘请", o="文物安全巡查员"))
R(N, M(WW1, "1,560次", 1560, "次", a=("文物安全巡查", 2)))
R("enforcement.joint_inspections", M(WW1, "4次", 4, "次", a="文物安全联合执法检查"))
R("enforcement.hazards_rectified", M(WW1, "23处", 23, "处", a="排查整改", o="安全隐患"))
R(N, M(WW2, "2处", 2, "处", a="实现消防、安防技防设施全覆盖", o="全国重点文物保护单位"))
R(N, M(WW2, "3处", 3, "处", a="档案修订", o="省级文物保护单位"))
R(N, M(WW3, "9项", 9, "项", a="认定", o="县级非物质文化遗产代表性项目"))
R(N, M(WW3, "14名", 14, "名", a="认定", o="代表性传承人"))
R(N, M(XY1, "11家", 11, "家", a="建立", o="经营场所台账"))
R(N, M(XY1, "6家", 6, "家", a="指导", o="剧本娱乐经营场所"))
R(N, M(XY1, "23个", 23, "个", a="督促下架", o="违规剧本"))
R(N, M(XY2, "17家", 17, "家", a="办理", o="旅行社"))
R(N, M(XY2, "340万元", 3400000, "元", a="办理", o="暂退质量保证金"))
R(N, M(XY3, "1,318条", 1318, "条", a="录入", o="检查记录"))
R(N, M(XY3, "67条", 67, "条", a="录入", o="案件信息"))
R(N, M(XY4, "2家", 2, "家", a="列入", o="严重失信经营主体"))
# 三
R(N, M(JC1, "1,240份", 1240, "份", a="问卷调查"))
R(N, M(JC1, "4场", 4, "场", a="召开", o="专家座谈会"))
R("decisions.public_comments", M(JC1, "86条", 86, "条", a="收到", o="意见建议"))
R("decisions.comments_adopted", M(JC1, "31条", 31, "条", a="采纳"))
R(N, M(JC2, "1件", 1, "件", a="起草", o="县政府行政规范性文件"))
R("normative_documents.cleaned", M(JC3, "7件", 7, "件", a="全面清理", o="规范性文件"))
R("normative_documents.retained", M(JC3, "5件", 5, "件", a="继续有效"))
R("normative_documents.repealed", M(JC3, "2件", 2, "件", a="废止"))
R("decisions.legality_reviews", M(JC4, "37份", 37, "份", a="审查", o="合同协议"))
R("decisions.legal_opinions", M(JC4, "19份", 19, "份", a="出具", o="法律意见书"))
R("decisions.legality_reviews", M(JC4, "12件", 12, "件", a="审核", o="涉法事项"))
R("decisions.legality_review_rate", M(JC4, "100%", 100, "%", a="合法性审查率", o="局机关"))
# 四
R("enforcement.penalty.cases", M(ZF0, "67起", 67, "起", a="立案查处", o="案件"))
R("enforcement.penalty.cases", M(ZF1, "67起", 67, "起", a="立案查处", o="文化市场违法案件"))
R(N, M(ZF1, "11.7%", 11.7, "%", a="立案查处", ch="increase"))
R(N, M(ZF1, "65起", 65, "起", a="结案"))
R("enforcement.penalty.fines_amount", M(ZF1, "18.35万元", 183500, "元", a="罚款"))
R(N, M(ZF1, "2.6万元", 26000, "元", a="没收", o="违法所得"))
R(N, M(ZF1, "21起", 21, "起", a="立案查处", o="网吧接纳未成年人案件"))
R(N, M(ZF1, "14起", 14, "起", a="立案查处", o="娱乐场所违规经营案件"))
R(N, M(ZF1, "6起", 6, "起", a="立案查处", o="旅行社未签订旅游合同案件"))
R(N, M(ZF1, "3起", 3, "起", a="立案查处", o="出版物违法案件"))
R(N, M(ZF1, "17家", 17, "家", a="警告处罚"))
R(N, M(ZF1, "2家", 2, "家", a="责令停业整顿"))
R("enforcement.cases_transferred", M(ZF1, "2条", 2, "条", a="移送", o="涉嫌犯罪案件线索"))
R("enforcement.penalty.waived", M(ZF2, "9起", 9, "起", a="不予处罚", o="首次违法且及时改正的轻微违法行为"))
R(N, M(ZF2, "13起", 13, "起", a="从轻、减轻处罚", o="案件"))
R(N, M(ZF2, "130余份", 130, "份", a="发放", o="执法提示函、告诫书", ql="more_than"))
R(N, M(ZF2, "500余人次", 500, "人次", a="警示教育", o="经营业主", ql="more_than"))
R("enforcement.three_systems_rate", M(ZF3, ("100%", 1), 100, "%", a="执法全过程记录覆盖率"))
R("enforcement.legal_review_decisions", M(ZF3, "8件", 8, "件", a="重大执法决定法制审核"))
R("enforcement.info_disclosed", M(ZF3, "553条", 553, "条", a=("公示", 2), o="行政许可和行政处罚信息"))
R(N, M(ZF3, "2卷", 2, "卷", a="入选", o=("案卷", 1)))
R("enforcement.case_files_reviewed", M(ZF3, "12卷", 12, "卷", a="评为", o=("案卷", 4)))
R("enforcement.officers", M(ZF3, "19名", 19, "名", o="文化市场综合执法人员"))
R("enforcement.certification_rate", M(ZF3, ("100%", 2), 100, "%", a="持证率"))
# 五
R("review.reconsideration.cases_as_respondent", M(FY, "1件", 1, "件", a="发生", o="行政复议案件"))
R("supervision.proposals_handled", M(JD1, "9件", 9, "件", a="办理", o="县人大代表建议"))
R("supervision.proposals_handled", M(JD1, "14件", 14, "件", a="办理", o="县政协委员提案"))
R("supervision.proposals_reply_rate", M(JD1, ("100%", 1), 100, "%", a="办复率"))
R(N, M(JD1, ("100%", 2), 100, "%", a="满意率"))
R("openness.proactive_disclosures", M(JD2, "216条", 216, "条", a="主动公开", o="政府信息"))
R("openness.disclosure_requests", M(JD2, "3件", 3, "件", a="受理", o="政府信息公开申请"))
R("services.hotline_requests", M(JD2, "418件", 418, "件", a="办理", o="12345热线工单"))
R(N, M(JD2, "100%", 100, "%", a="按时办结率"))
R("supervision.social_supervisors", M(JD3, "15名", 15, "名", a="聘请", o="文化市场社会监督员"))
R(N, M(JD3, "22条", 22, "条", a="收集", o="意见建议"))
# 六
R("publicity.campaign_events", M(PF1, "38场", 38, "场", a="开展", o="“送法进景区”“送戏下乡+普法”等活动"))
R("publicity.audience_reached", M(PF1, "2.3万余人次", 23000, "人次", ql="more_than"))
R("publicity.materials_distributed", M(PF1, "6,800余份", 6800, "份", a="发放", o="《旅游法》《文物保护法》等宣传册", ql="more_than"))
R("publicity.demonstration_sites", M(PF2, "5个", 5, "个", a="设立", o="A级景区"))
R(N, M(PF2, "1,200余次", 1200, "次", a="播放", o="普法公益广告", ql="more_than"))
R("publicity.media_products", M(PF2, "6个", 6, "个", a="编排", o="法治题材小戏小品"))
R(N, M(PF3, "12个", 12, "个", a="巡回演出", o="乡镇"))
R(N, M(PF3, "24场", 24, "场", a="巡回演出"))
# 附
R("enforcement.personnel_deployed", M("出动执法人员：2,460人次", "2,460人次", 2460, "人次", a="出动", o="执法人员"))
R("enforcement.inspections", M("检查经营单位：1,318家次", "1,318家次", 1318, "家次", a="检查", o="经营单位"))
R("enforcement.penalty.cases", M("立案查处案件：67起", "67起", 67, "起", a="立案查处", o="案件"))
R(N, M("立案查处案件：67起，结案65起", "65起", 65, "起", a="结案"))
R("enforcement.penalty.confiscations_amount", M("罚没款：20.95万元", "20.95万元", 209500, "元", a="罚没款"))
R("services.complaints_received", M("受理旅游投诉：312件", "312件", 312, "件", a="受理", o="旅游投诉"))

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
