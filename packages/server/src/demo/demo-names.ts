import type { Role, UnitKind } from '@tuijin/shared';

// Static reference data of the fictional district 示范区 (示范省 > 示范市 > 示范区). Everything
// here is invented: names follow the patterns of real district governments so that screens and
// reports look like the real thing, but no real person, company or place is meant. The region
// codes use the unassigned prefix 99 so they can never collide with a real administrative code.

export const DISTRICT_CODE = '990102';

/** A street (街道) or town (镇) with what the generator needs to place projects inside it. */
export type DemoStreet = {
  key: string;
  code: string;
  name: string;
  /** Street office (街道办事处 / 镇人民政府) unit key. */
  unitKey: string;
  /** Rough centre inside the district's box, so project pins cluster by street on a map. */
  lng: number;
  lat: number;
  roads: readonly string[];
  /** Towns carry the farmland, so rural-revitalisation projects go there. */
  rural: boolean;
};

// Codes follow the national rule for township-level units: streets 001–099, towns 100–199.
// prettier-ignore
export const STREETS: readonly DemoStreet[] = [
  { key: 'dongcheng', code: '990102001', name: '东城街道', unitKey: 'st_dongcheng', lng: 118.82, lat: 32.066, roads: ['东城大街', '人民路', '建设路', '朝阳路'], rural: false },
  { key: 'xihu', code: '990102002', name: '西湖街道', unitKey: 'st_xihu', lng: 118.748, lat: 32.062, roads: ['湖滨路', '西湖大道', '文昌路', '柳堤路'], rural: false },
  { key: 'gaoxin', code: '990102003', name: '高新街道', unitKey: 'st_gaoxin', lng: 118.852, lat: 32.094, roads: ['创新大道', '科技路', '智造路', '园区一路'], rural: false },
  { key: 'binjiang', code: '990102004', name: '滨江街道', unitKey: 'st_binjiang', lng: 118.785, lat: 32.02, roads: ['滨江大道', '江景路', '望江路', '码头街'], rural: false },
  { key: 'beiyuan', code: '990102005', name: '北苑街道', unitKey: 'st_beiyuan', lng: 118.795, lat: 32.104, roads: ['北苑路', '学府路', '龙溪路', '安康路'], rural: false },
  { key: 'nanshan', code: '990102100', name: '南山镇', unitKey: 'st_nanshan', lng: 118.728, lat: 32.016, roads: ['南山路', '茶园路', '金山大道'], rural: true },
  { key: 'qinglong', code: '990102101', name: '青龙镇', unitKey: 'st_qinglong', lng: 118.876, lat: 32.03, roads: ['青龙大道', '龙山路', '白鹭路'], rural: true },
  { key: 'shiqiao', code: '990102102', name: '石桥镇', unitKey: 'st_shiqiao', lng: 118.716, lat: 32.1, roads: ['石桥路', '双河路', '丰收路'], rural: true },
];

/**
 * How a unit's money is classed when it owns a project: private companies invest as social
 * capital, state-owned platforms as government or PPP (joint), public bodies as government.
 */
export type Funding = 'private' | 'state' | 'public';

export type DemoUnitSeed = { key: string; kind: UnitKind; name: string; shortName: string | null; funding: Funding };

const bureau = (key: string, name: string, shortName: string): DemoUnitSeed => ({
  key,
  kind: 'bureau',
  name,
  shortName,
  funding: 'public',
});
const state = (key: string, name: string, shortName: string): DemoUnitSeed => ({
  key,
  kind: 'enterprise',
  name,
  shortName,
  funding: 'state',
});
const company = (key: string, name: string, shortName: string): DemoUnitSeed => ({
  key,
  kind: 'enterprise',
  name,
  shortName,
  funding: 'private',
});

export const UNIT_SEEDS: readonly DemoUnitSeed[] = [
  // The key-project office sits inside the DRC, as in most districts.
  { key: 'xmb', kind: 'office', name: '区发展和改革委员会（区重点项目办）', shortName: '区发改委', funding: 'public' },
  { key: 'dcs', kind: 'office', name: '区委督查室', shortName: '督查室', funding: 'public' },
  bureau('zrzy', '区自然资源局', '自然资源局'),
  bureau('zjj', '区住房和城乡建设局', '住建局'),
  bureau('sthj', '区生态环境局', '生态环境局'),
  bureau('cz', '区财政局', '财政局'),
  bureau('gxj', '区工业和信息化局', '工信局'),
  bureau('jt', '区交通运输局', '交通局'),
  bureau('sl', '区水利局', '水利局'),
  bureau('jy', '区教育局', '教育局'),
  bureau('wsjk', '区卫生健康委员会', '卫健委'),
  bureau('sw', '区商务局', '商务局'),
  bureau('xzsp', '区行政审批服务局', '行政审批局'),
  bureau('cg', '区城市管理局', '城管局'),
  bureau('wl', '区文化和旅游局', '文旅局'),
  bureau('nync', '区农业农村局', '农业农村局'),
  bureau('yj', '区应急管理局', '应急局'),
  bureau('mz', '区民政局', '民政局'),
  bureau('kj', '区科学技术局', '科技局'),
  bureau('sjj', '区数据局', '数据局'),
  // Street offices: a town's government is 人民政府, a street's is 办事处.
  ...STREETS.map((s): DemoUnitSeed => ({
    key: s.unitKey,
    kind: 'street',
    name: s.name.endsWith('镇') ? `${s.name}人民政府` : `${s.name}办事处`,
    shortName: s.name,
    funding: 'public',
  })),
  state('ctjt', '示范区城市建设投资集团有限公司', '区城投集团'),
  state('jtgs', '示范区交通投资有限公司', '区交投公司'),
  state('wlgs', '示范区文化旅游发展集团有限公司', '区文旅集团'),
  state('swjt', '示范区水务集团有限公司', '区水务集团'),
  state('ctgs', '示范区产业投资集团有限公司', '区产投集团'),
  state('ajgs', '示范区安居建设有限公司', '区安居公司'),
  state('gxkf', '示范高新区开发建设有限公司', '高新开发公司'),
  state('dsj', '示范区大数据发展有限公司', '区大数据公司'),
  company('ruineng', '示范瑞能新能源科技有限公司', '瑞能新能源'),
  company('kangtai', '示范康泰生物医药有限公司', '康泰生物'),
  company('jinggong', '示范精工智能制造有限公司', '精工智造'),
  company('xinyuan', '示范芯源微电子有限公司', '芯源微电子'),
  company('huaguang', '示范华光新材料有限公司', '华光新材料'),
  company('hengda', '示范恒达汽车零部件有限公司', '恒达汽配'),
  company('yuntu', '示范云图数据科技有限公司', '云图数据'),
  company('yuanhang', '示范远航供应链管理有限公司', '远航供应链'),
  company('jinhua', '示范锦华置业有限公司', '锦华置业'),
  company('lvyuan', '示范绿源环保科技有限公司', '绿源环保'),
  company('yikang', '示范颐康养老服务有限公司', '颐康养老'),
  company('hefeng', '示范禾丰农业发展有限公司', '禾丰农业'),
  // Public hospitals are neither bureaus nor companies.
  { key: 'rmyy', kind: 'other', name: '示范区人民医院', shortName: '区人民医院', funding: 'public' },
  { key: 'zyy', kind: 'other', name: '示范区中医院', shortName: '区中医院', funding: 'public' },
];

export type DemoUserSeed = { username: string; displayName: string; unitKey: string | null; roles: Role[] };

// The six fixed accounts are the ones the demo guide and the end-to-end tests log in with.
const FIXED_USERS: readonly DemoUserSeed[] = [
  { username: 'admin', displayName: '系统管理员', unitKey: 'xmb', roles: ['admin'] },
  { username: 'office', displayName: '张敏（区重点项目办）', unitKey: 'xmb', roles: ['office'] },
  { username: 'leader', displayName: '王建国 区委常委、常务副区长', unitKey: null, roles: ['leader'] },
  { username: 'unit', displayName: '赵磊（区住建局）', unitKey: 'zjj', roles: ['unit'] },
  { username: 'owner', displayName: '孙伟（区城投集团）', unitKey: 'ctjt', roles: ['owner'] },
  { username: 'supervisor', displayName: '刘洋（区委督查室）', unitKey: 'dcs', roles: ['supervisor'] },
];

// District leaders who 包抓 projects: in practice the whole leadership team takes a share, not
// only the deputy heads in charge of the matching portfolio.
const OTHER_LEADERS: readonly string[] = [
  '李明 副区长',
  '张志强 区委常委、副区长',
  '刘芳 副区长',
  '陈海涛 副区长',
  '杨帆 区委常委、区委办主任',
  '赵立新 区委常委、宣传部部长',
  '黄晓燕 副区长',
  '周文斌 区委常委、政法委书记',
  '吴国平 区人大常委会副主任',
  '徐红梅 区政协副主席',
  '孙立军 区委常委、高新区党工委书记',
];

// Contact people of bureaus and streets (unit role) and of project owners (owner role).
// prettier-ignore
const UNIT_CONTACTS: readonly (readonly [string, string, string])[] = [
  ['unit_zrzy', 'zrzy', '周涛'], ['unit_sthj', 'sthj', '钱静'], ['unit_cz', 'cz', '郑凯'],
  ['unit_gxj', 'gxj', '冯雪'], ['unit_jt', 'jt', '陈刚'], ['unit_sl', 'sl', '褚亮'],
  ['unit_jy', 'jy', '卫琳'], ['unit_wsjk', 'wsjk', '蒋欣'], ['unit_sw', 'sw', '沈超'],
  ['unit_xzsp', 'xzsp', '韩梅'], ['unit_cg', 'cg', '杨勇'], ['unit_wl', 'wl', '朱婷'],
  ['unit_nync', 'nync', '秦峰'], ['unit_yj', 'yj', '尤佳'], ['unit_mz', 'mz', '许娜'],
  ['unit_sjj', 'sjj', '何斌'], ['unit_dongcheng', 'st_dongcheng', '吕洁'],
  ['unit_xihu', 'st_xihu', '施航'], ['unit_gaoxin', 'st_gaoxin', '张宁'],
  ['unit_binjiang', 'st_binjiang', '孔燕'], ['unit_nanshan', 'st_nanshan', '曹军'],
  ['unit_qinglong', 'st_qinglong', '严冬'],
];

// prettier-ignore
const OWNER_CONTACTS: readonly (readonly [string, string, string])[] = [
  ['owner_jiaotou', 'jtgs', '华强'], ['owner_wenlv', 'wlgs', '金莉'], ['owner_shuiwu', 'swjt', '魏东'],
  ['owner_chantou', 'ctgs', '陶然'], ['owner_anju', 'ajgs', '姜红'], ['owner_gxkf', 'gxkf', '戚伟'],
  ['owner_dsj', 'dsj', '谢晨'], ['owner_yiyuan', 'rmyy', '邹敏'], ['owner_ruineng', 'ruineng', '喻飞'],
  ['owner_kangtai', 'kangtai', '柏青'], ['owner_jinggong', 'jinggong', '水明'],
  ['owner_xinyuan', 'xinyuan', '窦亮'], ['owner_jinhua', 'jinhua', '章悦'],
];

const unitShortName = (key: string): string => {
  const unit = UNIT_SEEDS.find((u) => u.key === key);
  if (!unit) throw new Error(`demo data: unknown unit ${key}`);
  return unit.shortName ?? unit.name;
};

export const USER_SEEDS: readonly DemoUserSeed[] = [
  ...FIXED_USERS,
  ...OTHER_LEADERS.map((displayName, i): DemoUserSeed => ({
    username: `leader${i + 2}`,
    displayName,
    unitKey: null,
    roles: ['leader'],
  })),
  ...UNIT_CONTACTS.map(([username, unitKey, name]): DemoUserSeed => ({
    username,
    displayName: `${name}（${unitShortName(unitKey)}）`,
    unitKey,
    roles: ['unit'],
  })),
  ...OWNER_CONTACTS.map(([username, unitKey, name]): DemoUserSeed => ({
    username,
    displayName: `${name}（${unitShortName(unitKey)}）`,
    unitKey,
    roles: ['owner'],
  })),
];

export const LEADER_USERNAMES: readonly string[] = USER_SEEDS.filter((u) => u.roles.includes('leader')).map(
  (u) => u.username,
);

export type DemoTagSeed = { key: string; category: 'transformation' | 'strategy' | 'livelihood'; name: string };

export const TAG_SEEDS: readonly DemoTagSeed[] = [
  { key: 'emerging', category: 'transformation', name: '新兴产业' },
  { key: 'upgrade', category: 'transformation', name: '传统产业改造' },
  { key: 'digital', category: 'transformation', name: '数字化转型' },
  { key: 'innovation', category: 'strategy', name: '科技创新' },
  { key: 'green', category: 'strategy', name: '绿色低碳' },
  { key: 'renewal', category: 'strategy', name: '城市更新' },
  { key: 'rural', category: 'strategy', name: '乡村振兴' },
  { key: 'education', category: 'livelihood', name: '教育' },
  { key: 'medical', category: 'livelihood', name: '医疗' },
  { key: 'elderly', category: 'livelihood', name: '养老' },
  { key: 'housing', category: 'livelihood', name: '保障性住房' },
];
