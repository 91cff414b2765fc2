import type { Direction, Field } from '@tuijin/shared';
import * as c from './demo-content.js';

// Project templates of the demo district. Each template is one recognisable kind of key project
// (a battery plant, a road widening, an old-community renovation…) with the names such projects
// carry in real lists, who typically owns and supervises them, and a plausible investment range.
// The generator in demo-data.ts draws from these; the table is kept one template per block, so
// it is marked prettier-ignore.

/** Investment range in 万元, sampled log-uniformly so that smaller projects are more common. */
export type WanRange = readonly [number, number];

/**
 * A name, optionally pinned to a street (a landmark such as 青龙山 belongs to one place), an
 * owner (the hospital's own building is owned by the hospital; '@street' allowed) and its own investment range
 * (a high school costs more than a kindergarten). Placeholders: {S} street name, {R} a road.
 */
export type NameSeed = { n: string; s?: string; o?: string; w?: WanRange };

export type ProjectTemplate = {
  direction: Direction;
  field: Field;
  industry: string | null;
  /** Allowed streets by key, 'urban' / 'rural' / 'any', or 'district' for district-wide work. */
  where: readonly string[] | 'urban' | 'rural' | 'any' | 'district';
  /** Relative share within its direction. */
  weight: number;
  names: readonly (string | NameSeed)[];
  /** Unit keys; '@street' stands for the office of the street the project is in. */
  owners: readonly string[];
  responsible: readonly string[];
  wan: WanRange;
  tags: readonly string[];
  content: c.ContentBuilder;
};

const INDUSTRIAL_STREETS = ['gaoxin', 'qinglong', 'shiqiao', 'nanshan'];

// prettier-ignore
export const TEMPLATES: readonly ProjectTemplate[] = [
  // ---- high-quality development: industry first, then the infrastructure that serves it ----
  { direction: 'high_quality', field: 'industrial', industry: '新能源', where: ['gaoxin', 'qinglong'], weight: 0.6,
    names: ['年产10万吨新能源电池材料项目', '年产20万吨磷酸铁锂正极材料项目', '20GWh动力及储能电池生产基地项目'],
    owners: ['ruineng'], responsible: ['gxj', '@street'], wan: [200000, 800000], tags: ['emerging', 'green'],
    content: c.factory('电池材料') },
  { direction: 'high_quality', field: 'industrial', industry: '新能源', where: INDUSTRIAL_STREETS, weight: 1,
    names: ['高效光伏电池片智能工厂项目', '光伏组件智能制造基地项目', '氢能装备产业化项目', '储能系统集成生产基地项目'],
    owners: ['ruineng'], responsible: ['gxj', 'sw'], wan: [40000, 200000], tags: ['emerging', 'green'],
    content: c.factory('光伏及储能装备') },
  { direction: 'high_quality', field: 'industrial', industry: '生物医药', where: ['gaoxin', 'beiyuan'], weight: 1.2,
    names: ['生物医药研发及产业化基地项目', '创新药物中试平台及生产基地项目', '高端医疗器械产业化项目',
      '生物制品生产线建设项目', '体外诊断试剂研发生产项目'],
    owners: ['kangtai'], responsible: ['kj', 'gxj'], wan: [30000, 200000], tags: ['emerging', 'innovation'],
    content: c.factory('生物医药') },
  { direction: 'high_quality', field: 'industrial', industry: '智能制造', where: INDUSTRIAL_STREETS, weight: 1.2,
    names: ['智能装备制造基地项目', '工业机器人及核心零部件生产项目', '高端数控机床智能化生产线技改项目',
      '智能制造装备产业化项目（二期）', '精密减速器生产线项目'],
    owners: ['jinggong'], responsible: ['gxj', '@street'], wan: [20000, 150000], tags: ['upgrade', 'digital'],
    content: c.factory('智能装备') },
  { direction: 'high_quality', field: 'industrial', industry: '新一代信息技术', where: ['gaoxin'], weight: 1,
    names: ['集成电路封装测试项目', '功率半导体器件生产线项目', 'MEMS传感器研发生产项目', '第三代半导体材料项目'],
    owners: ['xinyuan'], responsible: ['gxj', 'kj'], wan: [50000, 300000], tags: ['emerging', 'innovation'],
    content: c.factory('半导体') },
  { direction: 'high_quality', field: 'industrial', industry: '新材料', where: INDUSTRIAL_STREETS, weight: 1,
    names: ['年产5万吨高性能复合材料项目', '新型显示材料生产项目', '特种玻璃纤维生产线智能化改造项目',
      '高端铝合金型材绿色化改造项目'],
    owners: ['huaguang'], responsible: ['gxj', 'sthj'], wan: [20000, 150000], tags: ['upgrade', 'green'],
    content: c.factory('新材料') },
  { direction: 'high_quality', field: 'industrial', industry: '汽车零部件', where: INDUSTRIAL_STREETS, weight: 1,
    names: ['汽车零部件智能化改造项目', '新能源汽车电驱系统生产项目', '汽车轻量化零部件生产线项目', '汽车线控底盘研发生产项目'],
    owners: ['hengda'], responsible: ['gxj', '@street'], wan: [15000, 120000], tags: ['upgrade', 'digital'],
    content: c.factory('汽车零部件') },
  { direction: 'high_quality', field: 'industrial', industry: '数字经济', where: ['gaoxin', 'beiyuan'], weight: 0.8,
    names: ['云计算数据中心项目', '工业互联网平台及算力中心项目', '人工智能算力中心建设项目'],
    owners: ['yuntu'], responsible: ['sjj', 'gxj'], wan: [30000, 150000], tags: ['digital', 'innovation'],
    content: c.dataCenterContent },
  { direction: 'high_quality', field: 'industrial', industry: '现代物流', where: ['binjiang', 'qinglong', 'shiqiao'], weight: 1,
    names: ['智慧物流园项目', '冷链物流中心建设项目', '跨境电商供应链产业园项目', '城市共同配送中心项目'],
    owners: ['yuanhang'], responsible: ['sw', 'jt'], wan: [20000, 120000], tags: ['digital'],
    content: c.logisticsContent },
  { direction: 'high_quality', field: 'industrial', industry: '现代服务业', where: 'urban', weight: 1,
    names: [{ n: '滨江商务区总部大厦项目', s: 'binjiang' }, '{S}城市综合体项目', { n: '科创金融中心项目', s: 'gaoxin' },
      '{R}商业街区更新改造项目'],
    owners: ['jinhua'], responsible: ['sw', 'zjj'], wan: [40000, 200000], tags: ['renewal'],
    content: c.commercialContent },
  { direction: 'high_quality', field: 'industrial', industry: '文化旅游', where: 'any', weight: 1,
    names: [{ n: '青龙山文化旅游度假区项目', s: 'qinglong' }, { n: '西湖历史文化街区保护与提升项目', s: 'xihu' },
      { n: '南山田园综合体项目', s: 'nanshan' }, { n: '滨江夜游文旅消费集聚区项目', s: 'binjiang' },
      { n: '石桥古镇保护利用项目', s: 'shiqiao' }],
    owners: ['wlgs'], responsible: ['wl'], wan: [20000, 150000], tags: ['renewal'],
    content: c.tourismContent },
  { direction: 'high_quality', field: 'industrial', industry: '产业园区', where: INDUSTRIAL_STREETS, weight: 1.5,
    names: [{ n: '示范区高新技术产业园标准化厂房建设项目', s: 'gaoxin' }, { n: '高新区科技创新中心建设项目', s: 'gaoxin' },
      { n: '生物医药产业园孵化器项目', s: 'gaoxin' }, '{S}工业集中区基础设施配套项目', '{S}小微企业创业园项目',
      { n: '数字经济产业园项目', s: 'gaoxin' }, { n: '高新区人才公寓建设项目', s: 'gaoxin' }],
    owners: ['gxkf', 'ctgs'], responsible: ['gxj', 'kj', '@street'], wan: [15000, 150000], tags: ['innovation', 'emerging'],
    content: c.parkContent },
  { direction: 'high_quality', field: 'urban', industry: null, where: 'urban', weight: 1.8,
    names: ['{R}快速化改造工程', '{R}东延工程', '{R}北延工程', '{R}拓宽改造工程', '{R}综合改造提升工程'],
    owners: ['jtgs'], responsible: ['jt', 'zjj'], wan: [8000, 100000], tags: ['renewal'],
    content: c.roadContent },
  { direction: 'high_quality', field: 'urban', industry: null, where: 'any', weight: 0.8,
    names: [{ n: '龙溪河大桥建设工程', s: 'beiyuan' }, { n: '青龙河大桥改建工程', s: 'qinglong' },
      { n: '双河路跨河桥梁新建工程', s: 'shiqiao' }, { n: '滨江大道过江通道接线工程', s: 'binjiang' }],
    owners: ['jtgs'], responsible: ['jt'], wan: [10000, 120000], tags: [],
    content: c.bridgeContent },
  { direction: 'high_quality', field: 'urban', industry: null, where: 'urban', weight: 0.8,
    names: ['示范区综合客运枢纽项目', '城市轨道交通示范区段站点配套工程', '{S}公交场站及新能源充换电设施项目'],
    owners: ['jtgs'], responsible: ['jt'], wan: [5000, 100000], tags: ['green'],
    content: c.hubContent },
  { direction: 'high_quality', field: 'urban', industry: null, where: 'urban', weight: 0.8,
    names: ['{S}地下综合管廊建设项目', '{S}片区市政基础设施配套工程'],
    owners: ['ctjt'], responsible: ['zjj'], wan: [20000, 150000], tags: ['renewal'],
    content: c.galleryContent },
  { direction: 'high_quality', field: 'industrial', industry: '现代农业', where: 'rural', weight: 0.8,
    names: ['{S}高标准农田建设项目', '{S}高标准农田提质改造项目'],
    owners: ['@street'], responsible: ['nync'], wan: [3000, 12000], tags: ['rural'],
    content: c.agriContent },
  { direction: 'high_quality', field: 'industrial', industry: '现代农业', where: 'rural', weight: 0.8,
    names: ['{S}现代农业产业园项目', '{S}稻渔综合种养示范基地项目', '农产品冷链仓储加工中心项目', '{S}智慧农业示范园项目'],
    owners: ['hefeng'], responsible: ['nync', '@street'], wan: [5000, 50000], tags: ['rural', 'digital'],
    content: c.agriParkContent },

  // ---- ecology and environment ----
  { direction: 'ecology', field: 'urban', industry: null, where: 'any', weight: 1.4,
    names: [{ n: '滨江生态廊道综合治理项目', s: 'binjiang' }, { n: '龙溪河水环境综合治理工程', s: 'beiyuan' },
      { n: '青龙河流域综合治理项目', s: 'qinglong' }, { n: '白鹭河黑臭水体治理工程', s: 'qinglong' },
      { n: '南山河生态修复工程', s: 'nanshan' }, { n: '{S}水系连通及水美乡村建设项目', s: 'shiqiao' }],
    owners: ['swjt'], responsible: ['sl', 'sthj'], wan: [5000, 120000], tags: ['green'],
    content: c.riverContent },
  { direction: 'ecology', field: 'urban', industry: null, where: 'any', weight: 1.4,
    names: [{ n: '城东污水处理厂提标改造工程', s: 'dongcheng' }, '{S}污水处理厂扩建工程', '{S}雨污分流改造工程',
      '{S}污水管网完善工程'],
    owners: ['swjt'], responsible: ['sthj', 'zjj'], wan: [8000, 60000], tags: ['green'],
    content: c.sewageContent },
  { direction: 'ecology', field: 'industrial', industry: '节能环保', where: ['qinglong', 'shiqiao', 'nanshan'], weight: 1,
    names: ['生活垃圾焚烧发电项目', '建筑垃圾资源化利用项目', '餐厨废弃物处理中心项目', '废旧动力电池回收利用项目'],
    owners: ['lvyuan'], responsible: ['cg', 'sthj'], wan: [10000, 150000], tags: ['green'],
    content: c.wasteContent },
  { direction: 'ecology', field: 'urban', industry: null, where: 'any', weight: 0.7,
    names: ['{S}垃圾中转站提升改造工程', '{S}生活垃圾分类收运设施项目'],
    owners: ['@street'], responsible: ['cg'], wan: [500, 3000], tags: ['green'],
    content: c.smallBuilding('垃圾压缩转运站及分类收集设施') },
  { direction: 'ecology', field: 'urban', industry: null, where: 'any', weight: 1.2,
    names: [{ n: '西湖湿地公园建设项目', s: 'xihu', o: 'wlgs' }, '{S}城市绿道建设工程', { n: '南山矿山生态修复项目', s: 'nanshan', o: 'wlgs' },
      { n: '{S}口袋公园及街头绿地提升工程', o: '@street', w: [1000, 5000] },
      { n: '海绵城市建设示范片区项目', s: 'dongcheng', o: 'ctjt' }],
    owners: ['wlgs'], responsible: ['cg', 'zrzy'], wan: [5000, 60000], tags: ['green', 'renewal'],
    content: c.greenContent },
  { direction: 'ecology', field: 'industrial', industry: '新能源', where: INDUSTRIAL_STREETS, weight: 0.8,
    names: ['{S}分布式光伏发电项目', '工业园区屋顶分布式光伏整区推进项目', '“光储充”一体化示范项目'],
    owners: ['ruineng', 'lvyuan'], responsible: ['gxj', 'sthj'], wan: [5000, 40000], tags: ['green'],
    content: c.solarContent },
  { direction: 'ecology', field: 'industrial', industry: '新材料', where: INDUSTRIAL_STREETS, weight: 0.6,
    names: ['重点行业超低排放改造项目', '挥发性有机物综合治理提升项目', '铸造产能绿色化改造项目'],
    owners: ['huaguang', 'hengda'], responsible: ['sthj'], wan: [5000, 30000], tags: ['green', 'upgrade'],
    content: c.emissionContent },

  // ---- livelihood improvement ----
  { direction: 'livelihood', field: 'social', industry: null, where: 'any', weight: 1.4,
    names: [{ n: '示范区实验学校新建工程', w: [20000, 60000] }, '{S}中心小学改扩建工程',
      { n: '{S}第二幼儿园新建工程', w: [2500, 8000] }, { n: '示范区第二高级中学建设项目', w: [40000, 90000] },
      '{S}九年一贯制学校新建工程', { n: '职业教育实训基地建设项目', o: 'ctjt' }],
    owners: ['jy'], responsible: ['jy'], wan: [8000, 40000], tags: ['education'],
    content: c.schoolContent },
  { direction: 'livelihood', field: 'social', industry: null, where: 'urban', weight: 1.2,
    names: [{ n: '区人民医院门诊综合楼项目', o: 'rmyy', w: [30000, 120000] },
      { n: '区人民医院传染病区改造工程', o: 'rmyy', w: [8000, 30000] }, { n: '区中医院迁建工程', o: 'zyy', w: [50000, 150000] },
      { n: '区妇幼保健院新建工程', o: 'wsjk', w: [20000, 60000] }, '{S}社区卫生服务中心新建工程'],
    owners: ['@street'], responsible: ['wsjk'], wan: [3000, 10000], tags: ['medical'],
    content: c.hospitalContent },
  { direction: 'livelihood', field: 'livelihood', industry: null, where: 'any', weight: 1,
    names: ['{S}养老服务中心建设项目', '{S}社区嵌入式养老服务设施项目', { n: '颐康医养结合养护院项目', o: 'yikang', w: [10000, 30000] },
      { n: '区社会福利中心改扩建工程', o: 'mz', w: [8000, 25000] }],
    owners: ['@street', 'yikang'], responsible: ['mz'], wan: [2000, 10000], tags: ['elderly'],
    content: c.elderlyContent },
  { direction: 'livelihood', field: 'livelihood', industry: null, where: 'urban', weight: 1.2,
    names: ['{S}保障性租赁住房项目', '{S}城中村改造安置房项目', '{S}共有产权住房项目', '人才公寓（二期）建设项目'],
    owners: ['ajgs'], responsible: ['zjj'], wan: [10000, 100000], tags: ['housing'],
    content: c.housingContent },
  { direction: 'livelihood', field: 'livelihood', industry: null, where: 'urban', weight: 1.4,
    names: ['{S}老旧小区改造工程', '{S}老旧小区改造工程（二期）', '{S}老旧街区综合整治提升工程', '{S}城镇老旧小区加装电梯工程'],
    owners: ['@street'], responsible: ['zjj'], wan: [5000, 30000], tags: ['renewal'],
    content: c.renovationContent },
  { direction: 'livelihood', field: 'social', industry: null, where: 'urban', weight: 0.8,
    names: ['区全民健身中心建设项目', '区图书馆新馆建设项目', '区文化艺术中心项目', '{S}体育公园建设项目'],
    owners: ['wlgs'], responsible: ['wl'], wan: [5000, 80000], tags: [],
    content: c.cultureContent },
  { direction: 'livelihood', field: 'livelihood', industry: null, where: 'urban', weight: 0.8,
    names: ['{S}农贸市场提升改造项目', { n: '{S}公共停车场建设项目', o: 'jtgs' },
      { n: '示范区“15分钟便民生活圈”提升工程（东城·西湖片区）', s: 'dongcheng' }],
    owners: ['@street'], responsible: ['sw', 'cg'], wan: [500, 15000], tags: ['renewal'],
    content: c.marketContent },
  { direction: 'livelihood', field: 'livelihood', industry: null, where: 'rural', weight: 0.8,
    names: [{ n: '{S}农村供水保障工程', o: 'swjt' }, '{S}美丽乡村建设项目', '{S}农村公路提档升级工程'],
    owners: ['@street'], responsible: ['nync', 'sl'], wan: [2000, 20000], tags: ['rural'],
    content: c.ruralContent },

  // ---- social-governance innovation ----
  { direction: 'governance', field: 'social', industry: null, where: 'district', weight: 1.2,
    names: ['智慧城市运行管理中心建设项目', '“智慧+”社会治理综合指挥平台项目（一期）', '基层社会治理网格化服务管理平台升级项目',
      '数字城管平台升级改造项目', '公共安全视频监控建设应用项目（三期）'],
    owners: ['dsj'], responsible: ['sjj', 'cg'], wan: [800, 30000], tags: ['digital'],
    content: c.platformContent },
  { direction: 'governance', field: 'urban', industry: null, where: 'any', weight: 1,
    names: [{ n: '区应急指挥中心及物资储备库建设项目', s: 'beiyuan', o: 'ctjt' }, { n: '{S}消防站建设工程', o: 'ctjt', w: [2500, 8000] },
      '{S}应急避难场所建设项目', { n: '城市生命线安全工程（一期）', s: 'dongcheng', o: 'ctjt' }],
    owners: ['@street'], responsible: ['yj'], wan: [3000, 40000], tags: [],
    content: c.smallBuilding('业务用房、训练及物资储备设施') },
  { direction: 'governance', field: 'social', industry: null, where: 'any', weight: 1,
    names: ['{S}党群服务中心建设项目', { n: '区政务服务中心改造提升项目', s: 'dongcheng', o: 'ctjt', w: [5000, 20000] },
      '{S}社区综合服务设施建设项目', { n: '区矛盾纠纷调处化解中心建设项目', s: 'xihu', o: 'ctjt', w: [3000, 10000] },
      { n: '区综合行政执法指挥中心项目', s: 'beiyuan', o: 'ctjt', w: [5000, 20000] }],
    owners: ['@street'], responsible: ['mz', 'xzsp', '@street'], wan: [800, 8000], tags: [],
    content: c.smallBuilding('服务大厅、议事协商及综合服务用房') },
];
