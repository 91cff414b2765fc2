// Classifications of the domain (see the glossary). Keys are the code terms; labels live in labels.ts.

export const ROLES = ['admin', 'office', 'leader', 'unit', 'owner', 'supervisor'] as const;
export type Role = (typeof ROLES)[number];

export const REGION_LEVELS = ['province', 'city', 'district', 'street'] as const;
export type RegionLevel = (typeof REGION_LEVELS)[number];

export const UNIT_KINDS = ['office', 'bureau', 'street', 'enterprise', 'other'] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

export const INVESTOR_TYPES = ['government', 'social', 'joint'] as const;
export type InvestorType = (typeof INVESTOR_TYPES)[number];

export const FIELDS = ['industrial', 'social', 'livelihood', 'urban'] as const;
export type Field = (typeof FIELDS)[number];

export const DIRECTIONS = ['high_quality', 'ecology', 'livelihood', 'governance'] as const;
export type Direction = (typeof DIRECTIONS)[number];

export const STAGES = ['reserve', 'preparation', 'new_start', 'continuing', 'completed', 'operating'] as const;
export type Stage = (typeof STAGES)[number];

export const TAG_CATEGORIES = ['transformation', 'strategy', 'livelihood'] as const;
export type TagCategory = (typeof TAG_CATEGORIES)[number];

export const SLOT_KINDS = ['person', 'unit', 'document'] as const;
export type SlotKind = (typeof SLOT_KINDS)[number];

export const USER_STATUSES = ['active', 'disabled'] as const;
export type UserStatus = (typeof USER_STATUSES)[number];

export const JOURNAL_ACTIONS = [
  'create',
  'update',
  'archive',
  'restore',
  'assign',
  'approve',
  'submit',
  'return',
  'accept',
  'reopen',
  'delete',
] as const;
export type JournalAction = (typeof JOURNAL_ACTIONS)[number];

/** Slot keys the system relies on for data scope; their labels stay configurable. */
export const LEAD_LEADER_SLOT = 'lead_leader';
export const RESPONSIBLE_UNIT_SLOT = 'responsible_unit';
