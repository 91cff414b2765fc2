import { z } from 'zod';
import { RANKING_ORDERS, RANKING_SUBJECTS } from '../enums.js';
import { validateRankingWeights } from '../domain/rankings.js';
import { idSchema } from './common.js';

// Rankings of units and leaders for a quarter (domain/rankings.ts: on-time closure of problems and
// supervision items, project lights, the score, the tie-break chain, quarter over quarter).

export const rankingQuery = z.object({
  subject: z.enum(RANKING_SUBJECTS).default('unit'),
  order: z.enum(RANKING_ORDERS).default('score'),
  /** Both or neither: the default is the district's current quarter. */
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  quarter: z.coerce.number().int().min(1).max(4).optional(),
  districtId: idSchema.optional(),
});
export type RankingQuery = z.infer<typeof rankingQuery>;

const onTimeSumsSchema = z.object({ due: z.number().int(), onTime: z.number().int() });

export const rankingRowSchema = z.object({
  id: idSchema,
  name: z.string(),
  problems: onTimeSumsSchema,
  supervision: onTimeSumsSchema,
  lights: z.object({ green: z.number().int(), yellow: z.number().int(), red: z.number().int() }),
  /** Ratios (0.8 = 80%); the score is 0–100. */
  onTimeRate: z.number().nullable(),
  lightScore: z.number().nullable(),
  score: z.number().nullable(),
  rank: z.number().int().nullable(),
  change: z.object({
    previousRank: z.number().int().nullable(),
    rankChange: z.number().int().nullable(),
    scoreChange: z.number().nullable(),
    onTimeRateChangePoints: z.number().nullable(),
    lightScoreChangePoints: z.number().nullable(),
  }),
});
export type RankingRow = z.infer<typeof rankingRowSchema>;

/** The weights of the score (DEFAULT_RANKING_WEIGHTS when none is stored). */
export const rankingWeightsSchema = z
  .object({ onTime: z.number(), lights: z.number(), yellowValue: z.number() })
  .superRefine((w, ctx) => {
    for (const issue of validateRankingWeights(w))
      ctx.addIssue({ code: 'custom', path: [issue.field], message: issue.message });
  });
export type RankingWeightsBody = z.infer<typeof rankingWeightsSchema>;

export const rankingSchema = z.object({
  subject: z.enum(RANKING_SUBJECTS),
  order: z.enum(RANKING_ORDERS),
  year: z.number().int(),
  quarter: z.number().int(),
  /** The quarter's first and last day. */
  from: z.string(),
  to: z.string(),
  /** The district-local day the items are counted as of (onTimeOutcome's asOf: the district's today). */
  asOf: z.string(),
  previous: z.object({ year: z.number().int(), quarter: z.number().int() }),
  weights: z.object({ onTime: z.number(), lights: z.number(), yellowValue: z.number() }),
  rows: z.array(rankingRowSchema),
});
export type Ranking = z.infer<typeof rankingSchema>;
