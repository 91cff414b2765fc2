import type { Assignment, ProjectDetail, ProjectListItem, Slot, Tag } from '@tuijin/shared';
import type { findAssignments, ProjectListRow } from './projects.repo.js';

type Row = ProjectListRow;
type AssignmentRow = Awaited<ReturnType<typeof findAssignments>>[number];

const ref = (id: string | null, name: string | null) => (id ? { id, name: name ?? '' } : null);

export function toListItem(r: Row): ProjectListItem {
  const p = r.p;
  return {
    id: p.id,
    districtId: p.districtId,
    code: p.code,
    name: p.name,
    owner: { id: p.ownerUnitId, name: r.ownerName },
    investorType: p.investorType,
    field: p.field,
    direction: p.direction,
    industry: p.industry,
    stage: p.stage,
    street: ref(p.streetId, r.streetName),
    totalInvestment: p.totalInvestment,
    plannedStart: p.plannedStart,
    plannedEnd: p.plannedEnd,
    leader: ref(p.leadLeaderId, r.leaderName),
    responsibleUnit: ref(p.responsibleUnitId, r.unitName),
    archivedAt: p.archivedAt?.toISOString() ?? null,
    version: p.version,
    updatedAt: p.updatedAt.toISOString(),
  };
}

export function toAssignments(rows: AssignmentRow[]): Assignment[] {
  return rows.map((a) => ({
    slotKey: a.slotKey,
    userId: a.userId,
    unitId: a.unitId,
    text: a.text,
    name: a.userName ?? a.unitName ?? null,
  }));
}

export function toDetail(
  r: Row,
  tags: Tag[],
  assignments: Assignment[],
  permissions: ProjectDetail['permissions'],
): ProjectDetail {
  const p = r.p;
  return {
    ...toListItem(r),
    inStatistics: p.inStatistics,
    address: p.address,
    lng: p.lng,
    lat: p.lat,
    content: p.content,
    publishable: p.publishable,
    tags,
    assignments,
    createdAt: p.createdAt.toISOString(),
    permissions,
  };
}

/**
 * What the journal keeps of a project: every field, with names beside ids so the history reads
 * as it was at the time ("owner: 区城投集团"), even after a unit is renamed.
 */
export function projectSnapshot(r: Row, tags: Tag[]): Record<string, unknown> {
  const p = r.p;
  return {
    name: p.name,
    code: p.code,
    owner: { id: p.ownerUnitId, name: r.ownerName },
    investorType: p.investorType,
    field: p.field,
    direction: p.direction,
    industry: p.industry,
    stage: p.stage,
    inStatistics: p.inStatistics,
    street: ref(p.streetId, r.streetName),
    address: p.address,
    lng: p.lng,
    lat: p.lat,
    content: p.content,
    totalInvestment: p.totalInvestment,
    plannedStart: p.plannedStart,
    plannedEnd: p.plannedEnd,
    publishable: p.publishable,
    tags: tags.map((t) => t.name),
    archivedAt: p.archivedAt?.toISOString() ?? null,
    version: p.version,
  };
}

export function assignmentSnapshot(slots: Slot[], assignments: Assignment[]): Record<string, unknown> {
  const group: Record<string, unknown> = {};
  for (const slot of slots) {
    const names = assignments.filter((a) => a.slotKey === slot.key).map((a) => a.name ?? a.text ?? '');
    group[slot.key] = slot.multiple ? names : (names[0] ?? null);
  }
  return group;
}
