import { z } from 'zod';
import { DIRECTIONS, FIELDS, INVESTOR_TYPES, STAGES, TAG_CATEGORIES } from '../enums.js';
import { isProjectCode } from '../project-code.js';
import { dateSchema, idSchema, paginationQuery, reasonSchema, refSchema, text, yuanSchema } from './common.js';

export const projectCodeSchema = z.string().trim().refine(isProjectCode, { message: 'project_code_invalid' });

const lng = z.number().min(-180).max(180);
const lat = z.number().min(-90).max(90);

export const tagSchema = z.object({ id: idSchema, category: z.enum(TAG_CATEGORIES), name: z.string() });
export type Tag = z.infer<typeof tagSchema>;

const projectFields = {
  name: text(120).min(2),
  code: projectCodeSchema.nullable(),
  ownerUnitId: idSchema,
  investorType: z.enum(INVESTOR_TYPES),
  field: z.enum(FIELDS),
  direction: z.enum(DIRECTIONS),
  industry: text(60).nullable(),
  stage: z.enum(STAGES),
  inStatistics: z.boolean(),
  streetId: idSchema.nullable(),
  address: text(200).nullable(),
  lng: lng.nullable(),
  lat: lat.nullable(),
  content: text(4000).nullable(),
  totalInvestment: yuanSchema,
  plannedStart: dateSchema.nullable(),
  plannedEnd: dateSchema.nullable(),
  publishable: z.boolean(),
  tagIds: z.array(idSchema).max(20),
};

/** Rules that span fields; shared by the create and update schemas and the web forms. */
function crossFieldRules(
  p: {
    stage?: string;
    code?: string | null;
    plannedStart?: string | null;
    plannedEnd?: string | null;
    lng?: number | null;
    lat?: number | null;
  },
  ctx: z.RefinementCtx,
) {
  if (p.plannedStart && p.plannedEnd && p.plannedEnd < p.plannedStart) {
    ctx.addIssue({ code: 'custom', path: ['plannedEnd'], message: 'planned_end_before_start' });
  }
  if ((p.lng === null || p.lng === undefined) !== (p.lat === null || p.lat === undefined)) {
    ctx.addIssue({ code: 'custom', path: ['lat'], message: 'coordinates_incomplete' });
  }
}

/** On a change only what is sent is known: the pair is checked when both are sent. */
function updateRules(p: Parameters<typeof crossFieldRules>[0], ctx: z.RefinementCtx) {
  const both = p.lng !== undefined && p.lat !== undefined;
  crossFieldRules(both ? p : { ...p, lng: undefined, lat: undefined }, ctx);
}

export const projectCreate = z
  .object({
    ...projectFields,
    districtId: idSchema.optional(),
    code: projectFields.code.optional().default(null),
    industry: projectFields.industry.optional().default(null),
    inStatistics: projectFields.inStatistics.optional().default(false),
    streetId: projectFields.streetId.optional().default(null),
    address: projectFields.address.optional().default(null),
    lng: projectFields.lng.optional().default(null),
    lat: projectFields.lat.optional().default(null),
    content: projectFields.content.optional().default(null),
    plannedStart: projectFields.plannedStart.optional().default(null),
    plannedEnd: projectFields.plannedEnd.optional().default(null),
    publishable: projectFields.publishable.optional().default(false),
    tagIds: projectFields.tagIds.optional().default([]),
  })
  .superRefine((p, ctx) => {
    crossFieldRules(p, ctx);
    if (p.stage !== 'reserve' && !p.code) {
      ctx.addIssue({ code: 'custom', path: ['code'], message: 'project_code_required' });
    }
  });
export type ProjectCreate = z.input<typeof projectCreate>;

export const projectUpdate = z
  .object({ ...projectFields })
  .partial()
  .extend({ version: z.number().int().min(1), reason: text(500).optional() })
  .superRefine(updateRules);
export type ProjectUpdate = z.input<typeof projectUpdate>;

/** Every field a person edits on a project, in form order. */
export const PROJECT_FIELDS = Object.keys(projectFields) as (keyof typeof projectFields)[];
export type ProjectField = keyof typeof projectFields;

/** Fields an owner may change on its own project; the rest belong to the project office. */
export const OWNER_EDITABLE_FIELDS = ['content', 'address', 'lng', 'lat'] as const;

export const archiveBody = z.object({ version: z.number().int().min(1), reason: reasonSchema });
export type ArchiveBody = z.infer<typeof archiveBody>;

export const PROJECT_SORTS = ['name', 'code', 'totalInvestment', 'plannedStart', 'updatedAt', 'stage'] as const;

const csv = <T extends readonly [string, ...string[]]>(values: T) =>
  z.preprocess(
    (v) => (typeof v === 'string' ? v.split(',').filter(Boolean) : v),
    z.array(z.enum(values)).max(values.length),
  );

export const projectQuery = paginationQuery.extend({
  q: z.string().trim().max(100).optional(),
  direction: csv(DIRECTIONS).optional(),
  investorType: csv(INVESTOR_TYPES).optional(),
  field: csv(FIELDS).optional(),
  stage: csv(STAGES).optional(),
  leaderId: idSchema.optional(),
  unitId: idSchema.optional(),
  streetId: idSchema.optional(),
  ownerUnitId: idSchema.optional(),
  districtId: idSchema.optional(),
  tagId: idSchema.optional(),
  archived: z.enum(['false', 'true', 'all']).default('false'),
  sort: z
    .string()
    .regex(new RegExp(`^-?(${PROJECT_SORTS.join('|')})$`))
    .default('-totalInvestment'),
});
export type ProjectQuery = z.infer<typeof projectQuery>;

export const projectListItem = z.object({
  id: idSchema,
  districtId: idSchema,
  code: z.string().nullable(),
  name: z.string(),
  owner: refSchema,
  investorType: z.enum(INVESTOR_TYPES),
  field: z.enum(FIELDS),
  direction: z.enum(DIRECTIONS),
  industry: z.string().nullable(),
  stage: z.enum(STAGES),
  street: refSchema.nullable(),
  totalInvestment: z.string(),
  plannedStart: z.string().nullable(),
  plannedEnd: z.string().nullable(),
  leader: refSchema.nullable(),
  responsibleUnit: refSchema.nullable(),
  archivedAt: z.string().nullable(),
  version: z.number().int(),
  updatedAt: z.string(),
});
export type ProjectListItem = z.infer<typeof projectListItem>;

export const assignmentSchema = z.object({
  slotKey: z.string(),
  userId: idSchema.nullable(),
  unitId: idSchema.nullable(),
  text: z.string().nullable(),
  name: z.string().nullable(),
});
export type Assignment = z.infer<typeof assignmentSchema>;

export const projectDetail = projectListItem.extend({
  inStatistics: z.boolean(),
  address: z.string().nullable(),
  lng: z.number().nullable(),
  lat: z.number().nullable(),
  content: z.string().nullable(),
  publishable: z.boolean(),
  tags: z.array(tagSchema),
  assignments: z.array(assignmentSchema),
  createdAt: z.string(),
  permissions: z.object({
    edit: z.boolean(),
    editFields: z.array(z.string()),
    archive: z.boolean(),
    assign: z.boolean(),
  }),
});
export type ProjectDetail = z.infer<typeof projectDetail>;

export const assignmentsUpdate = z.object({
  version: z.number().int().min(1),
  reason: text(500).optional(),
  assignments: z
    .array(
      z.object({
        slotKey: z.string().max(40),
        userId: idSchema.nullable().optional(),
        unitId: idSchema.nullable().optional(),
        text: text(500).nullable().optional(),
      }),
    )
    .max(50),
});
export type AssignmentsUpdate = z.infer<typeof assignmentsUpdate>;

export const projectFacets = z.object({
  leaders: z.array(refSchema),
  units: z.array(refSchema),
  streets: z.array(refSchema),
  owners: z.array(refSchema),
  tags: z.array(tagSchema),
});
export type ProjectFacets = z.infer<typeof projectFacets>;
