import type { Rng } from './demo-random.js';

// Builders of the 建设内容及规模 text of demo projects. The quantities are derived from the
// drawn investment with plausible unit costs (元 per square metre, per kilometre of road, per
// bed…), so a 5亿元 school is not described as 12 classrooms, nor a 800万元 one as a campus.

/** Builds the content text; numbers are derived from the investment so they stay coherent. */
export type ContentBuilder = (rng: Rng, wan: number) => string;

const d1 = (n: number): string => n.toFixed(1);
const d0 = (n: number): string => String(Math.max(1, Math.round(n)));

// Building area in 万平方米 from the investment and a unit cost in 元/平方米.
const gfa = (rng: Rng, wan: number, lo: number, hi: number): number => (wan * 10000) / rng.real(lo, hi) / 10000;

export const factory =
  (what: string): ContentBuilder =>
  (rng, wan) => {
    const area = gfa(rng, wan, 4500, 8000);
    const mu = (area * 10000) / rng.real(1.1, 1.6) / 666.7;
    return `总用地面积约${d0(mu)}亩，总建筑面积${d1(area)}万平方米，新建${what}生产厂房${d0(area * 0.5 + 2)}栋及研发中心、仓储用房和配套设施，购置生产及检测设备${d0(wan / rng.real(120, 300))}台（套）。项目达产后预计年产值${d1((wan / 10000) * rng.real(1.2, 2.4))}亿元。`;
  };

export const parkContent: ContentBuilder = (rng, wan) => {
  const area = gfa(rng, wan, 3000, 4200);
  return `总建筑面积${d1(area)}万平方米，新建标准化厂房${d0(area + 3)}栋及研发楼、综合服务楼、人才公寓等配套设施，同步建设园区道路、给排水、供电、燃气等基础设施。`;
};

export const roadContent: ContentBuilder = (rng, wan) => {
  const km = wan / rng.real(5000, 11000);
  return `道路全长约${d1(Math.max(0.6, km))}公里，红线宽度${rng.pick(['30', '40', '50', '60'])}米，城市${rng.pick(['主干路', '次干路', '快速路'])}标准，建设内容包括道路、桥涵、排水、照明、绿化及交通设施工程。`;
};

export const bridgeContent: ContentBuilder = (rng, wan) =>
  `新建桥梁全长约${d0(wan / rng.real(40, 80))}米，桥面宽度${rng.pick(['24', '32', '40'])}米，双向${rng.pick(['四', '六'])}车道，同步实施引道、排水、照明及景观工程。`;

export const hubContent: ContentBuilder = (rng, wan) =>
  `总建筑面积${d1(gfa(rng, wan, 6000, 9000))}万平方米，建设站房、公交首末站、社会停车场及新能源充换电设施，配建充电桩${d0(wan / rng.real(40, 90))}个。`;

export const galleryContent: ContentBuilder = (rng, wan) =>
  `建设综合管廊约${d1(wan / rng.real(9000, 15000))}公里，纳入给水、电力、通信、燃气等管线，配套建设监控中心及附属设施。`;

export const agriContent: ContentBuilder = (rng, wan) =>
  `建设高标准农田${d0(wan / rng.real(0.25, 0.4))}亩，实施土地平整、灌溉排水、田间道路、农田防护与生态环境保持等工程。`;

export const agriParkContent: ContentBuilder = (rng, wan) =>
  `规划面积${d0(wan / rng.real(4, 10))}亩，建设智能温室、农产品加工及冷链仓储中心${d1(gfa(rng, wan, 5000, 8000))}万平方米，配套农旅融合设施及数字农业管理平台。`;

export const commercialContent: ContentBuilder = (rng, wan) => {
  const area = gfa(rng, wan, 7000, 11000);
  return `总建筑面积${d1(area)}万平方米，其中地上${d1(area * 0.72)}万平方米，建设商业、办公、酒店及配套设施，地下设停车位${d0(area * 80)}个。`;
};

export const tourismContent: ContentBuilder = (rng, wan) =>
  `规划范围约${d0(wan / rng.real(30, 80))}亩，实施历史建筑修缮、游览步道、游客服务中心、特色民宿及夜景亮化等工程，配套建设停车场和智慧旅游管理系统。`;

export const dataCenterContent: ContentBuilder = (rng, wan) =>
  `总建筑面积${d1(gfa(rng, wan, 12000, 20000))}万平方米，建设数据机房及动力中心，部署标准机柜${d0(wan / rng.real(25, 45))}架，建成后算力规模约${d0(wan / rng.real(150, 300))}PFlops。`;

export const logisticsContent: ContentBuilder = (rng, wan) =>
  `总用地面积约${d0(wan / rng.real(60, 110))}亩，新建智能仓储库、冷链库及分拣中心${d1(gfa(rng, wan, 3000, 4500))}万平方米，配套建设信息平台和车辆调度中心。`;

export const riverContent: ContentBuilder = (rng, wan) =>
  `综合治理河道约${d1(wan / rng.real(1200, 2500))}公里，实施清淤疏浚、岸坡生态防护、截污纳管及滨水绿道工程，新建生态湿地${d0(wan / rng.real(150, 400))}亩。`;

export const sewageContent: ContentBuilder = (rng, wan) =>
  `新建及改造污水管网${d1(wan / rng.real(250, 500))}公里，新（扩）建污水处理规模${d1(wan / rng.real(3000, 6000))}万吨/日，出水水质提升至地表水准Ⅳ类标准。`;

export const wasteContent: ContentBuilder = (rng, wan) =>
  `设计处理规模${d0(wan / rng.real(80, 160))}吨/日，建设主厂房、预处理车间、渗滤液处理站及配套设施，年处理能力约${d1(wan / rng.real(250, 450))}万吨。`;

export const smallBuilding =
  (what: string): ContentBuilder =>
  (rng, wan) =>
    `总建筑面积约${d0((wan * 10000) / rng.real(3500, 6000))}平方米，建设${what}，同步实施室外配套工程。`;

export const greenContent: ContentBuilder = (rng, wan) =>
  `实施生态修复及绿化面积约${d0(wan / rng.real(20, 60))}亩，建设绿道${d1(wan / rng.real(800, 2000))}公里及驿站、海绵设施、智慧照明等配套。`;

export const solarContent: ContentBuilder = (rng, wan) =>
  `利用厂房及公共建筑屋顶建设分布式光伏${d1(wan / rng.real(350, 450))}兆瓦，配套储能${d1(wan / rng.real(900, 1500))}兆瓦时，年均发电量约${d0((wan / rng.real(350, 450)) * 110)}万千瓦时。`;

export const emissionContent: ContentBuilder = (rng, wan) =>
  `对${d0(wan / rng.real(800, 1600) + 1)}条生产线实施超低排放及挥发性有机物深度治理改造，建设在线监测系统，年减排颗粒物及VOCs约${d0(wan / rng.real(8, 20))}吨。`;

export const schoolContent: ContentBuilder = (rng, wan) => {
  const classes = Math.min(72, Math.max(9, Math.round(wan / rng.real(250, 450))));
  return `总建筑面积${d1(gfa(rng, wan, 4500, 6500))}万平方米，办学规模${classes}个班、学位${classes * 45}个，建设教学楼、实验楼、风雨操场及运动场等设施。`;
};

export const hospitalContent: ContentBuilder = (rng, wan) =>
  `总建筑面积${d1(gfa(rng, wan, 6000, 9000))}万平方米，设置床位${d0(wan / rng.real(70, 110))}张，建设门急诊、医技、住院及配套用房，购置医疗设备。`;

export const elderlyContent: ContentBuilder = (rng, wan) =>
  `总建筑面积约${d0((wan * 10000) / rng.real(4000, 6000))}平方米，设置养老床位${d0(wan / rng.real(25, 45))}张，建设照护、康复、助餐及文体活动用房。`;

export const housingContent: ContentBuilder = (rng, wan) => {
  const homes = Math.round(wan / rng.real(30, 45));
  return `总建筑面积${d1((homes * rng.real(70, 95)) / 10000)}万平方米，建设住房${homes}套及地下车库、社区服务用房等配套设施。`;
};

export const renovationContent: ContentBuilder = (rng, wan) => {
  const estates = Math.max(2, Math.round(wan / rng.real(500, 1200)));
  return `改造老旧小区${estates}个、楼栋${estates * rng.int(8, 20)}栋，惠及居民${estates * rng.int(250, 600)}户，实施雨污分流、管线入地、屋面防水、加装电梯、停车及适老化改造。`;
};

export const cultureContent: ContentBuilder = (rng, wan) =>
  `总建筑面积${d1(gfa(rng, wan, 5000, 8000))}万平方米，建设主体场馆、全民健身及公共文化服务设施，配套停车场和室外活动场地。`;

export const marketContent: ContentBuilder = (rng, wan) =>
  `改造提升营业面积约${d0((wan * 10000) / rng.real(2500, 4000))}平方米，新增停车位${d0(wan / rng.real(8, 15))}个，同步完善消防、排水及智慧管理系统。`;

export const ruralContent: ContentBuilder = (rng, wan) =>
  `覆盖行政村${d0(wan / rng.real(300, 800) + 2)}个，实施供水管网、村内道路、污水收集、人居环境整治及公共服务设施提升工程。`;

export const platformContent: ContentBuilder = (rng, wan) =>
  `建设运行指挥大厅及数据机房约${d0((wan * 10000) / rng.real(8000, 15000))}平方米，搭建“一网统管”应用平台，汇聚${d0(rng.int(20, 45))}个部门数据，接入视频及物联感知设备${d0(wan * rng.real(1.5, 3))}路（个）。`;
