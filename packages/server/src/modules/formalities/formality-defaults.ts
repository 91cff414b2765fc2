import { DEFAULT_CHAIN_TARGET_WORKING_DAYS, type FormalityChain } from '@tuijin/shared';

// The approval chains a district starts with when it has no template yet (one per kind of
// project: 审批制, 核准制, 备案制). Limits are the usual statutory ones in working days counted from
// acceptance (Administrative Licensing Law art. 42: 20 working days unless a rule says otherwise;
// construction permits: 7 days; filing: 3). The approving units are left empty: every district
// names its own bureaus, and the office sets them on the template.

export type DefaultTemplate = {
  name: string;
  appliesTo: FormalityChain;
  targetWorkingDays: number;
  steps: { code: string; name: string; limitWorkingDays: number; isConstructionPermit: boolean }[];
};

const step = (code: string, name: string, limitWorkingDays: number, isConstructionPermit = false) => ({
  code,
  name,
  limitWorkingDays,
  isConstructionPermit,
});

export const DEFAULT_FORMALITY_TEMPLATES: readonly DefaultTemplate[] = [
  {
    name: '政府投资项目审批流程',
    appliesTo: 'government_approval',
    targetWorkingDays: DEFAULT_CHAIN_TARGET_WORKING_DAYS,
    steps: [
      step('project_proposal', '项目建议书审批', 20),
      step('land_preapproval', '用地预审与选址意见书', 20),
      step('feasibility_study', '可行性研究报告审批', 20),
      step('land_use_planning_permit', '建设用地规划许可证', 20),
      step('preliminary_design', '初步设计及概算审批', 20),
      step('engineering_planning_permit', '建设工程规划许可证', 20),
      step('construction_permit', '建筑工程施工许可证', 7, true),
    ],
  },
  {
    name: '企业投资项目核准流程',
    appliesTo: 'enterprise_approval',
    targetWorkingDays: DEFAULT_CHAIN_TARGET_WORKING_DAYS,
    steps: [
      step('project_approval', '项目核准', 20),
      step('land_preapproval', '用地预审与选址意见书', 20),
      step('land_use_planning_permit', '建设用地规划许可证', 20),
      step('engineering_planning_permit', '建设工程规划许可证', 20),
      step('construction_permit', '建筑工程施工许可证', 7, true),
    ],
  },
  {
    name: '企业投资项目备案流程',
    appliesTo: 'enterprise_filing',
    targetWorkingDays: DEFAULT_CHAIN_TARGET_WORKING_DAYS,
    steps: [
      step('project_filing', '项目备案', 3),
      step('land_use_planning_permit', '建设用地规划许可证', 20),
      step('engineering_planning_permit', '建设工程规划许可证', 20),
      step('construction_permit', '建筑工程施工许可证', 7, true),
    ],
  },
];
