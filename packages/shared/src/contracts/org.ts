import { z } from 'zod';
import { REGION_LEVELS, ROLES, SLOT_KINDS, UNIT_KINDS, USER_STATUSES } from '../enums.js';
import { idSchema, paginationQuery, text } from './common.js';

export const regionSchema = z.object({
  id: idSchema,
  parentId: idSchema.nullable(),
  level: z.enum(REGION_LEVELS),
  code: z.string(),
  name: z.string(),
  version: z.number().int(),
});
export type Region = z.infer<typeof regionSchema>;

export const regionCreate = z.object({
  parentId: idSchema.nullable(),
  level: z.enum(REGION_LEVELS),
  code: z
    .string()
    .trim()
    .regex(/^\d{6,12}$/, 'region_code_invalid'),
  name: text(60).min(1),
});
export type RegionCreate = z.infer<typeof regionCreate>;

export const regionQuery = paginationQuery.extend({
  level: z.enum(REGION_LEVELS).optional(),
  parentId: idSchema.optional(),
  pageSize: z.coerce.number().int().min(1).max(1000).default(200),
});

export const unitSchema = z.object({
  id: idSchema,
  districtId: idSchema,
  kind: z.enum(UNIT_KINDS),
  name: z.string(),
  shortName: z.string().nullable(),
  parentUnitId: idSchema.nullable(),
  archivedAt: z.string().nullable(),
  version: z.number().int(),
});
export type Unit = z.infer<typeof unitSchema>;

export const unitCreate = z.object({
  districtId: idSchema.optional(),
  kind: z.enum(UNIT_KINDS),
  name: text(100).min(1),
  shortName: text(30).min(1).nullable().optional(),
  parentUnitId: idSchema.nullable().optional(),
});
export type UnitCreate = z.infer<typeof unitCreate>;

export const unitUpdate = unitCreate
  .omit({ districtId: true })
  .partial()
  .extend({ version: z.number().int().min(1), reason: text(500).optional() });
export type UnitUpdate = z.infer<typeof unitUpdate>;

export const unitQuery = paginationQuery.extend({
  kind: z.enum(UNIT_KINDS).optional(),
  q: z.string().trim().max(100).optional(),
  pageSize: z.coerce.number().int().min(1).max(1000).default(200),
});

export const roleGrantSchema = z.object({
  role: z.enum(ROLES),
  scopeRegionId: idSchema,
});

export const userSchema = z.object({
  id: idSchema,
  username: z.string(),
  displayName: z.string(),
  phone: z.string().nullable(),
  unit: z.object({ id: idSchema, name: z.string() }).nullable(),
  status: z.enum(USER_STATUSES),
  roles: z.array(roleGrantSchema),
  lastSignInAt: z.string().nullable(),
  version: z.number().int(),
});
export type User = z.infer<typeof userSchema>;

export const usernameSchema = z
  .string()
  .trim()
  .regex(/^[a-zA-Z0-9_.-]{2,64}$/, 'username_invalid');

/** Passwords: long enough to resist guessing; argon2id takes care of the rest. */
export const passwordSchema = z.string().min(8, 'password_too_short').max(256);

export const userCreate = z.object({
  username: usernameSchema,
  displayName: text(60).min(1),
  phone: z
    .string()
    .trim()
    .regex(/^[0-9+\- ]{5,20}$/)
    .nullable()
    .optional(),
  unitId: idSchema.nullable().optional(),
  password: passwordSchema,
  roles: z.array(roleGrantSchema).min(1).max(12),
});
export type UserCreate = z.infer<typeof userCreate>;

export const userUpdate = z.object({
  version: z.number().int().min(1),
  displayName: text(60).min(1).optional(),
  phone: z
    .string()
    .trim()
    .regex(/^[0-9+\- ]{5,20}$/)
    .nullable()
    .optional(),
  unitId: idSchema.nullable().optional(),
  status: z.enum(USER_STATUSES).optional(),
  password: passwordSchema.optional(),
  roles: z.array(roleGrantSchema).min(1).max(12).optional(),
  reason: text(500).optional(),
});
export type UserUpdate = z.infer<typeof userUpdate>;

export const userQuery = paginationQuery.extend({
  role: z.enum(ROLES).optional(),
  unitId: idSchema.optional(),
  q: z.string().trim().max(100).optional(),
});

export const slotSchema = z.object({
  key: z.string().regex(/^[a-z][a-z0-9_]{1,39}$/, 'slot_key_invalid'),
  labelZh: text(30).min(1),
  labelEn: text(60).min(1),
  kind: z.enum(SLOT_KINDS),
  required: z.boolean(),
  multiple: z.boolean(),
});
export type Slot = z.infer<typeof slotSchema> & { system: boolean; position: number };

export const slotListSchema = z.object({
  districtId: idSchema,
  version: z.number().int(),
  slots: z.array(slotSchema.extend({ system: z.boolean(), position: z.number().int() })),
});
export type SlotList = z.infer<typeof slotListSchema>;

export const slotsUpdate = z.object({
  districtId: idSchema.optional(),
  version: z.number().int().min(0),
  slots: z.array(slotSchema).min(2).max(12),
  reason: text(500).optional(),
});
export type SlotsUpdate = z.infer<typeof slotsUpdate>;
