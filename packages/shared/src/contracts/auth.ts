import { z } from 'zod';
import { ROLES } from '../enums.js';
import { idSchema } from './common.js';

export const loginBody = z.object({
  username: z.string().trim().min(1).max(64),
  password: z.string().min(1).max(256),
});
export type LoginBody = z.infer<typeof loginBody>;

export const meSchema = z.object({
  id: idSchema,
  username: z.string(),
  displayName: z.string(),
  unit: z.object({ id: idSchema, name: z.string() }).nullable(),
  roles: z.array(z.enum(ROLES)),
  districtIds: z.array(idSchema),
});
export type Me = z.infer<typeof meSchema>;

export const sessionResponse = z.object({ user: meSchema, csrfToken: z.string() });
export type SessionResponse = z.infer<typeof sessionResponse>;
