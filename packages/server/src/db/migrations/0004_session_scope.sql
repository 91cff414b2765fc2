ALTER TABLE "sessions" ADD COLUMN "scope" jsonb DEFAULT '{}'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "sessions" ADD COLUMN "district_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL;--> statement-breakpoint
-- Sessions made before scopes were stored would have none: sign everyone in again.
DELETE FROM "sessions";
