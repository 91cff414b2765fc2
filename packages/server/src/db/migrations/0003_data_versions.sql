CREATE TABLE "data_versions" (
	"district_id" uuid PRIMARY KEY NOT NULL,
	"registry" bigint DEFAULT 0 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "data_versions" ADD CONSTRAINT "data_versions_district_id_regions_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."regions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE OR REPLACE FUNCTION bump_registry_version_from_rows() RETURNS trigger AS $$
BEGIN
  -- Statement-level, from the transition tables: one upsert per district however many rows.
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    INSERT INTO data_versions (district_id, registry)
      SELECT DISTINCT district_id, 1 FROM new_rows WHERE district_id IS NOT NULL
      ON CONFLICT (district_id) DO UPDATE SET registry = data_versions.registry + 1;
  END IF;
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    INSERT INTO data_versions (district_id, registry)
      SELECT DISTINCT district_id, 1 FROM old_rows WHERE district_id IS NOT NULL
      ON CONFLICT (district_id) DO UPDATE SET registry = data_versions.registry + 1;
  END IF;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
-- Renaming a user or a region changes names shown in every district's pages; it is rare.
CREATE OR REPLACE FUNCTION bump_all_registry_versions() RETURNS trigger AS $$
BEGIN
  UPDATE data_versions SET registry = registry + 1;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER projects_version_ins AFTER INSERT ON projects REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION bump_registry_version_from_rows();
--> statement-breakpoint
CREATE TRIGGER projects_version_upd AFTER UPDATE ON projects REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION bump_registry_version_from_rows();
--> statement-breakpoint
CREATE TRIGGER projects_version_del AFTER DELETE ON projects REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION bump_registry_version_from_rows();
--> statement-breakpoint
CREATE TRIGGER units_version_ins AFTER INSERT ON units REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION bump_registry_version_from_rows();
--> statement-breakpoint
CREATE TRIGGER units_version_upd AFTER UPDATE ON units REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION bump_registry_version_from_rows();
--> statement-breakpoint
CREATE TRIGGER users_version AFTER UPDATE OF display_name ON users FOR EACH STATEMENT EXECUTE FUNCTION bump_all_registry_versions();
--> statement-breakpoint
CREATE TRIGGER regions_version AFTER UPDATE OF name ON regions FOR EACH STATEMENT EXECUTE FUNCTION bump_all_registry_versions();
