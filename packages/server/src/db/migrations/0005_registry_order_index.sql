DROP INDEX "projects_district_idx";--> statement-breakpoint
CREATE INDEX "projects_district_idx" ON "projects" USING btree ("district_id","archived_at","total_investment","id");