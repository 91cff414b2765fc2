CREATE TABLE "milestones" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"project_id" uuid NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"planned_date" date NOT NULL,
	"actual_date" date
);
--> statement-breakpoint
CREATE TABLE "monthly_reports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"district_id" uuid NOT NULL,
	"project_id" uuid NOT NULL,
	"period" date NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"completed_this_month" numeric(18, 2) DEFAULT '0' NOT NULL,
	"funds_received" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"progress_percent" numeric(5, 2),
	"progress_text" text,
	"started" boolean DEFAULT false NOT NULL,
	"due_at" timestamp with time zone NOT NULL,
	"submitted_at" timestamp with time zone,
	"late" boolean DEFAULT false NOT NULL,
	"reviewed_by" uuid,
	"reviewed_at" timestamp with time zone,
	"return_reason" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "plans" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"district_id" uuid NOT NULL,
	"project_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"version_no" integer NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"is_baseline" boolean DEFAULT false NOT NULL,
	"reason" text,
	"planned_investment" numeric(18, 2) NOT NULL,
	"monthly_targets" numeric(18, 2)[],
	"funding_by_source" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_by" uuid,
	"approved_by" uuid,
	"approved_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "milestones" ADD CONSTRAINT "milestones_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "milestones" ADD CONSTRAINT "milestones_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "monthly_reports" ADD CONSTRAINT "monthly_reports_district_id_regions_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."regions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "monthly_reports" ADD CONSTRAINT "monthly_reports_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "monthly_reports" ADD CONSTRAINT "monthly_reports_reviewed_by_users_id_fk" FOREIGN KEY ("reviewed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "monthly_reports" ADD CONSTRAINT "monthly_reports_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plans" ADD CONSTRAINT "plans_district_id_regions_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."regions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plans" ADD CONSTRAINT "plans_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plans" ADD CONSTRAINT "plans_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plans" ADD CONSTRAINT "plans_approved_by_users_id_fk" FOREIGN KEY ("approved_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "milestones_plan_idx" ON "milestones" USING btree ("plan_id");--> statement-breakpoint
CREATE INDEX "milestones_project_idx" ON "milestones" USING btree ("project_id");--> statement-breakpoint
CREATE UNIQUE INDEX "reports_project_period_uq" ON "monthly_reports" USING btree ("project_id","period");--> statement-breakpoint
CREATE INDEX "reports_district_period_idx" ON "monthly_reports" USING btree ("district_id","period","status");--> statement-breakpoint
CREATE UNIQUE INDEX "plans_project_year_version_uq" ON "plans" USING btree ("project_id","year","version_no");--> statement-breakpoint
CREATE INDEX "plans_district_year_idx" ON "plans" USING btree ("district_id","year","status");--> statement-breakpoint
-- A plan's figures are fixed once approved: a baseline can never be silently re-based.
CREATE OR REPLACE FUNCTION plans_figures_frozen() RETURNS trigger AS $$
BEGIN
  IF OLD.status <> 'draft' AND (
    NEW.planned_investment IS DISTINCT FROM OLD.planned_investment OR
    NEW.monthly_targets IS DISTINCT FROM OLD.monthly_targets OR
    NEW.funding_by_source IS DISTINCT FROM OLD.funding_by_source OR
    NEW.year IS DISTINCT FROM OLD.year OR NEW.project_id IS DISTINCT FROM OLD.project_id OR
    NEW.is_baseline IS DISTINCT FROM OLD.is_baseline OR NEW.version_no IS DISTINCT FROM OLD.version_no) THEN
    RAISE EXCEPTION 'plan % is % and its figures cannot change', OLD.id, OLD.status USING ERRCODE = 'check_violation';
  END IF;
  IF TG_OP = 'DELETE' AND OLD.status <> 'draft' THEN
    RAISE EXCEPTION 'plan % is % and cannot be deleted', OLD.id, OLD.status USING ERRCODE = 'check_violation';
  END IF;
  RETURN COALESCE(NEW, OLD);
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER plans_frozen BEFORE UPDATE OR DELETE ON plans FOR EACH ROW EXECUTE FUNCTION plans_figures_frozen();
