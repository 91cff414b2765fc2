CREATE TABLE "ranking_sums" (
	"district_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"quarter" integer NOT NULL,
	"subject" text NOT NULL,
	"key" text NOT NULL,
	"as_of" date NOT NULL,
	"unstuck_version" bigint NOT NULL,
	"figures_version" bigint NOT NULL,
	"problems_due" integer NOT NULL,
	"problems_on_time" integer NOT NULL,
	"supervision_due" integer NOT NULL,
	"supervision_on_time" integer NOT NULL,
	CONSTRAINT "ranking_sums_district_id_year_quarter_subject_key_pk" PRIMARY KEY("district_id","year","quarter","subject","key")
);
--> statement-breakpoint
ALTER TABLE "data_versions" ADD COLUMN "unstuck" bigint DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "ranking_sums" ADD CONSTRAINT "ranking_sums_district_id_regions_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."regions"("id") ON DELETE no action ON UPDATE no action;