-- data_versions.figures moves whenever a district's kept figures or projects change, so that
-- district_rollups computed from an older state are recognised as stale and computed again
-- (statement-level, from the transition tables: one upsert per district however many rows).
CREATE OR REPLACE FUNCTION bump_figures_version_from_rows() RETURNS trigger AS $$
BEGIN
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    INSERT INTO data_versions (district_id, figures)
      SELECT DISTINCT district_id, 1 FROM new_rows WHERE district_id IS NOT NULL
      ON CONFLICT (district_id) DO UPDATE SET figures = data_versions.figures + 1;
  END IF;
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    INSERT INTO data_versions (district_id, figures)
      SELECT DISTINCT district_id, 1 FROM old_rows WHERE district_id IS NOT NULL
      ON CONFLICT (district_id) DO UPDATE SET figures = data_versions.figures + 1;
  END IF;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER project_figures_version_ins AFTER INSERT ON project_figures REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION bump_figures_version_from_rows();
--> statement-breakpoint
CREATE TRIGGER project_figures_version_upd AFTER UPDATE ON project_figures REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION bump_figures_version_from_rows();
--> statement-breakpoint
CREATE TRIGGER project_figures_version_del AFTER DELETE ON project_figures REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION bump_figures_version_from_rows();
--> statement-breakpoint
CREATE TRIGGER projects_figures_version_ins AFTER INSERT ON projects REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION bump_figures_version_from_rows();
--> statement-breakpoint
CREATE TRIGGER projects_figures_version_upd AFTER UPDATE ON projects REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION bump_figures_version_from_rows();
