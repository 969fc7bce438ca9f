/**
 * Words of the synthetic documents: departments and their sub-units, what their projects are about,
 * and indicator templates in the shapes the seed documents use (counts with units, rates with
 * comparators, cost ceilings, qualitative words such as 及时, 保障, 提高, 符合).
 */

export interface DepartmentKind {
  /** Name after the place: 人力资源和社会保障局. Departments end in 局 or 委员会. */
  name: string;
  /** Sub-units (下属单位), never ending like the department (the resolver would take one for the other). */
  units: string[];
  /** What its projects fund: 就业补助, 社会保险经办 … */
  subjects: string[];
  /** Who its work serves (for counts and satisfaction): 就业困难人员 … */
  people: string[];
  /** Indicators only this kind of department reports (employment figures …). */
  special?: SpecialIndicator[];
}

export interface SpecialIndicator {
  level1: 'OUTPUT' | 'BENEFIT';
  level2: string;
  name: string;
  unit: string;
  /** Typical target (a floor). */
  base: number;
}

export const DEPARTMENTS: DepartmentKind[] = [
  {
    name: '人力资源和社会保障局',
    units: ['劳动就业服务中心', '社会保险中心', '劳动保障监察大队', '人才交流中心'],
    subjects: [
      '就业补助',
      '创业担保贷款贴息',
      '职业技能培训补贴',
      '社会保险经办',
      '劳动保障监察',
      '高校毕业生就业见习',
      '公益性岗位补贴',
      '事业单位公开招聘',
    ],
    people: ['就业困难人员', '高校毕业生', '参保群众', '创业人员', '农民工'],
    special: [
      { level1: 'BENEFIT', level2: '经济效益指标', name: '城镇新增就业人数', unit: '人', base: 5000 },
      { level1: 'BENEFIT', level2: '经济效益指标', name: '失业人员再就业人数', unit: '人', base: 1000 },
      { level1: 'BENEFIT', level2: '经济效益指标', name: '就业困难人员实现就业人数', unit: '人', base: 300 },
      { level1: 'OUTPUT', level2: '数量指标', name: '补贴性职业技能培训人数', unit: '人次', base: 2000 },
    ],
  },
  {
    name: '财政局',
    units: ['国库集中支付中心', '财政投资评审中心'],
    subjects: ['预算绩效管理', '财政信息化建设', '国库集中支付', '政府采购监管', '财政投资评审'],
    people: ['预算单位', '财政干部'],
  },
  {
    name: '教育局',
    units: ['教学研究室', '教育事业发展中心', '第一高级中学', '实验小学'],
    subjects: ['学生资助', '校舍维修改造', '教师培训', '营养改善计划', '义务教育公用经费', '学前教育发展'],
    people: ['在校学生', '教师', '学生家长'],
  },
  {
    name: '卫生健康委员会',
    units: ['疾病预防控制中心', '妇幼保健院', '人民医院'],
    subjects: ['基本公共卫生服务', '重大传染病防控', '家庭医生签约服务', '计划生育扶助', '基层医疗机构能力建设'],
    people: ['城乡居民', '患者', '孕产妇'],
  },
  {
    name: '农业农村局',
    units: ['农业技术推广中心', '动物疫病预防控制中心', '农村经营管理站'],
    subjects: ['高标准农田建设', '耕地地力保护补贴', '农机购置补贴', '动物防疫', '农业技术推广'],
    people: ['种粮农民', '农业经营主体', '养殖户'],
  },
  {
    name: '水利局',
    units: ['水利工程管理站', '水土保持监测站'],
    subjects: ['河道治理', '农村饮水安全', '小型水库维修养护', '防汛抗旱', '水资源管理'],
    people: ['受益群众', '沿河居民'],
  },
  {
    name: '民政局',
    units: ['社会福利院', '救助管理站', '殡葬服务所'],
    subjects: ['城乡低保', '特困人员供养', '临时救助', '养老服务体系建设', '孤儿基本生活保障'],
    people: ['低保对象', '特困人员', '老年人'],
  },
  {
    name: '住房和城乡建设局',
    units: ['住房保障服务中心', '城市建设服务站'],
    subjects: ['老旧小区改造', '保障性住房', '农村危房改造', '市政设施维护', '城市绿化'],
    people: ['住户', '城镇居民'],
  },
  {
    name: '交通运输局',
    units: ['公路事业发展中心', '交通运输综合执法大队'],
    subjects: ['农村公路养护', '公路安全生命防护工程', '城乡公交运营补贴', '危桥改造'],
    people: ['沿线群众', '乘客'],
  },
  {
    name: '文化广电和旅游局',
    units: ['图书馆', '文化馆', '文物保护中心'],
    subjects: ['公共文化服务', '文物保护', '送戏下乡', '旅游宣传推广', '农家书屋'],
    people: ['群众', '游客'],
  },
  {
    name: '生态环境局',
    units: ['环境监测站'],
    subjects: ['大气污染防治', '水污染防治', '环境监测能力建设', '土壤污染防治'],
    people: ['周边群众'],
  },
  {
    name: '自然资源和规划局',
    units: ['不动产登记中心', '土地储备中心'],
    subjects: ['国土空间规划编制', '不动产登记', '地质灾害防治', '耕地保护'],
    people: ['办事群众'],
  },
  {
    name: '市场监督管理局',
    units: ['检验检测中心'],
    subjects: ['食品安全抽检', '特种设备安全监管', '知识产权保护', '市场主体登记'],
    people: ['市场主体', '消费者'],
  },
  {
    name: '应急管理局',
    units: ['应急救援指挥中心'],
    subjects: ['安全生产监管', '应急物资储备', '森林防灭火', '应急救援队伍建设'],
    people: ['企业', '群众'],
  },
  {
    name: '医疗保障局',
    units: ['医疗保险服务中心'],
    subjects: ['医疗救助', '医保经办', '城乡居民医保参保', '医保基金监管'],
    people: ['参保人员', '救助对象'],
  },
  {
    name: '退役军人事务局',
    units: ['退役军人服务中心'],
    subjects: ['优抚对象抚恤补助', '退役士兵安置', '烈士纪念设施保护'],
    people: ['优抚对象', '退役军人'],
  },
  {
    name: '司法局',
    units: ['公共法律服务中心'],
    subjects: ['法律援助', '人民调解', '社区矫正', '普法宣传'],
    people: ['受援群众', '当事人'],
  },
  {
    name: '林业局',
    units: ['林业技术推广站'],
    subjects: ['国土绿化', '森林病虫害防治', '公益林生态补偿', '湿地保护'],
    people: ['林农'],
  },
  {
    name: '商务局',
    units: ['电子商务服务中心'],
    subjects: ['电子商务进农村', '外贸发展', '消费促进', '招商引资'],
    people: ['企业', '商户'],
  },
  {
    name: '统计局',
    units: ['普查中心'],
    subjects: ['统计调查', '经济普查', '统计信息化'],
    people: ['调查对象'],
  },
  {
    name: '科学技术局',
    units: ['科技服务中心'],
    subjects: ['科技创新平台建设', '科技特派员', '高新技术企业培育'],
    people: ['科技企业'],
  },
  {
    name: '体育局',
    units: ['全民健身服务中心'],
    subjects: ['全民健身设施', '体育赛事', '青少年体育培训'],
    people: ['健身群众'],
  },
];

/** Project name endings, as the seeds write them (…经费, …补助资金, …专项资金). */
export const PROJECT_SUFFIXES = ['专项资金', '工作经费', '补助资金', '项目', '经费支出', '专项经费'];

/** Targets and actuals of qualitative indicators: word pairs the rules judge (及时 → 及时) or leave unjudged. */
export const QUALITATIVE = {
  time: [
    ['及时', '及时'],
    ['按时', '按时'],
    ['按月拨付', '已按月拨付'],
  ],
  quality: [
    ['符合标准', '符合'],
    ['达标', '达标'],
    ['合规', '合规'],
  ],
  benefit: [
    ['提高', '提高'],
    ['保障', '保障'],
    ['提升', '提升'],
    ['有效改善', '有效改善'],
    ['明显提升', '明显提升'],
  ],
  sustain: [
    ['长期', '长期'],
    ['持续', '持续'],
    ['可持续', '可持续'],
  ],
  /** Shortfalls: the rules judge these partly achieved or not achieved. */
  partly: [
    ['及时', '基本完成'],
    ['提高', '部分完成'],
    ['达标', '未完成'],
  ],
} as const;
