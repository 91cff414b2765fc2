CREATE TABLE "district_rollups" (
	"district_id" uuid NOT NULL,
	"period" date NOT NULL,
	"group_kind" text NOT NULL,
	"group_key" text NOT NULL,
	"figures_version" bigint NOT NULL,
	"planned_yuan" numeric(20, 2) NOT NULL,
	"cumulative_yuan" numeric(20, 2) NOT NULL,
	"count" bigint NOT NULL,
	"unplanned_count" bigint NOT NULL,
	"unplanned_cumulative_yuan" numeric(20, 2) NOT NULL,
	"green" bigint NOT NULL,
	"yellow" bigint NOT NULL,
	"red" bigint NOT NULL,
	"forecast_yuan" numeric(20, 2) NOT NULL,
	"forecast_low_yuan" numeric(20, 2) NOT NULL,
	"forecast_high_yuan" numeric(20, 2) NOT NULL,
	"forecast_count" bigint NOT NULL,
	CONSTRAINT "district_rollups_district_id_period_group_kind_group_key_pk" PRIMARY KEY("district_id","period","group_kind","group_key")
);
--> statement-breakpoint
ALTER TABLE "data_versions" ADD COLUMN "figures" bigint DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "district_rollups" ADD CONSTRAINT "district_rollups_district_id_regions_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."regions"("id") ON DELETE no action ON UPDATE no action;