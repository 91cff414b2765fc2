import type { Direction, Field, InvestorType, RegionLevel, Role, Stage, TagCategory, UnitKind } from './enums.js';

// Labels of the classifications in both languages; used by the web, exports and briefings.
export type Locale = 'zh-CN' | 'en-US';
type Labels<K extends string> = Record<K, { 'zh-CN': string; 'en-US': string }>;

export const ROLE_LABELS: Labels<Role> = {
  admin: { 'zh-CN': '系统管理员', 'en-US': 'Administrator' },
  office: { 'zh-CN': '项目办', 'en-US': 'Project office' },
  leader: { 'zh-CN': '区领导', 'en-US': 'District leader' },
  unit: { 'zh-CN': '责任单位', 'en-US': 'Responsible unit' },
  owner: { 'zh-CN': '业主单位', 'en-US': 'Project owner' },
  supervisor: { 'zh-CN': '督查室', 'en-US': 'Supervision office' },
};

export const REGION_LEVEL_LABELS: Labels<RegionLevel> = {
  province: { 'zh-CN': '省', 'en-US': 'Province' },
  city: { 'zh-CN': '市', 'en-US': 'City' },
  district: { 'zh-CN': '区（县）', 'en-US': 'District' },
  street: { 'zh-CN': '街道（镇）', 'en-US': 'Street' },
};

export const UNIT_KIND_LABELS: Labels<UnitKind> = {
  office: { 'zh-CN': '办公室', 'en-US': 'Office' },
  bureau: { 'zh-CN': '部门', 'en-US': 'Bureau' },
  street: { 'zh-CN': '街道', 'en-US': 'Street office' },
  enterprise: { 'zh-CN': '企业', 'en-US': 'Enterprise' },
  other: { 'zh-CN': '其他', 'en-US': 'Other' },
};

export const INVESTOR_TYPE_LABELS: Labels<InvestorType> = {
  government: { 'zh-CN': '政府投资', 'en-US': 'Government' },
  social: { 'zh-CN': '社会投资', 'en-US': 'Social' },
  joint: { 'zh-CN': '合作投资', 'en-US': 'Joint (PPP)' },
};

export const FIELD_LABELS: Labels<Field> = {
  industrial: { 'zh-CN': '产业', 'en-US': 'Industrial' },
  social: { 'zh-CN': '社会事业', 'en-US': 'Social' },
  livelihood: { 'zh-CN': '民生', 'en-US': 'Livelihood' },
  urban: { 'zh-CN': '城建', 'en-US': 'Urban construction' },
};

export const DIRECTION_LABELS: Labels<Direction> = {
  high_quality: { 'zh-CN': '高质量发展', 'en-US': 'High-quality development' },
  ecology: { 'zh-CN': '生态环保', 'en-US': 'Ecology and environment' },
  livelihood: { 'zh-CN': '民生改善', 'en-US': 'Livelihood improvement' },
  governance: { 'zh-CN': '社会治理创新', 'en-US': 'Social-governance innovation' },
};

export const STAGE_LABELS: Labels<Stage> = {
  reserve: { 'zh-CN': '储备', 'en-US': 'Reserve' },
  preparation: { 'zh-CN': '前期', 'en-US': 'Preparation' },
  new_start: { 'zh-CN': '新开工', 'en-US': 'New start' },
  continuing: { 'zh-CN': '续建', 'en-US': 'Continuing' },
  completed: { 'zh-CN': '竣工', 'en-US': 'Completed' },
  operating: { 'zh-CN': '投产运营', 'en-US': 'In operation' },
};

export const TAG_CATEGORY_LABELS: Labels<TagCategory> = {
  transformation: { 'zh-CN': '转型', 'en-US': 'Transformation' },
  strategy: { 'zh-CN': '战略', 'en-US': 'Strategy' },
  livelihood: { 'zh-CN': '民生', 'en-US': 'Livelihood' },
};

export function label<K extends string>(labels: Labels<K>, key: K, locale: Locale): string {
  return labels[key][locale];
}
