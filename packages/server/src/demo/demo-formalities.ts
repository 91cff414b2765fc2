import type { DemoProject } from './demo-data.js';

// Static content of the demo district's formalities: who approves which step, why a step was
// waived or refused, and document numbers in the forms the approving units write them.

/** Who approves each step of the default chains in the demo district. */
export const APPROVER: Record<string, string> = {
  project_proposal: 'xmb',
  feasibility_study: 'xmb',
  preliminary_design: 'xmb',
  project_approval: 'xzsp',
  project_filing: 'xzsp',
  land_preapproval: 'zrzy',
  land_use_planning_permit: 'zrzy',
  engineering_planning_permit: 'zrzy',
  construction_permit: 'zjj',
};

export const NO_WORKS = '信息化项目不涉及新增用地和土建施工，无需办理';

/** Steps that may be waived, with the office's reason. */
export const WAIVABLE: Record<string, string> = {
  project_proposal: '已列入区政府投资计划，项目建议书与可行性研究报告合并审批',
  land_preapproval: '利用已有存量建设用地，无需办理用地预审',
};

export const REJECTIONS: Record<string, string> = {
  project_proposal: '建设必要性论证不充分，请补充后重新申报',
  feasibility_study: '投资估算依据不足，请修改完善后重新报送',
  preliminary_design: '概算超可研批复估算10%以上，请调整设计方案',
  project_approval: '申请材料中安全评价内容不全，请补正后重新申请',
  project_filing: '备案信息与营业执照经营范围不符，请更正后重新备案',
  land_preapproval: '项目选址涉及永久基本农田，请调整选址方案',
  land_use_planning_permit: '用地红线与控制性详细规划不符，请核对后重新申请',
  engineering_planning_permit: '建筑退让距离不满足规划要求，请修改总平面图',
  construction_permit: '施工图审查合格书未取得，请补齐材料后重新申请',
};

/**
 * Numbers the approved steps in turn, per approving unit and year: 区发改审批〔2026〕123号 for the
 * DRC, the project code for a filing, 用字第/地字第/建字第 for land and planning, and the 18-digit
 * construction permit number (district code, date, serial, kind).
 */
export function documentNumbers(): (code: string, decidedOn: string, p: DemoProject) => string {
  const serials = new Map<string, number>();
  const serial = (key: string) => {
    const next = (serials.get(key) ?? 0) + 1;
    serials.set(key, next);
    return next;
  };
  const pad = (n: number, w: number) => String(n).padStart(w, '0');
  return (code, decidedOn, p) => {
    const y = decidedOn.slice(0, 4);
    switch (APPROVER[code]) {
      case 'xmb':
        return `区发改审批〔${y}〕${serial(`fgw${y}`) + 20}号`;
      case 'xzsp':
        return code === 'project_filing' && p.code ? p.code : `区行审投资〔${y}〕${serial(`xs${y}`) + 10}号`;
      case 'zrzy': {
        const prefix = { land_preapproval: '用字第', land_use_planning_permit: '地字第' }[code] ?? '建字第';
        return `${prefix}990102${y}${pad(serial(`${code}${y}`) + 30, 5)}号`;
      }
      default:
        return `990102${decidedOn.replaceAll('-', '')}${pad(serial(`sg${decidedOn}`), 2)}01`;
    }
  };
}
