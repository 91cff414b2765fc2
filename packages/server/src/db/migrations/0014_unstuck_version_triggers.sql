-- data_versions.unstuck moves whenever a district's problems, supervision items or their feedback
-- change, so that ranking_sums summed from an older state are recognised as stale (statement-level
-- triggers over the transition tables: one upsert per district however many rows).
CREATE OR REPLACE FUNCTION bump_unstuck_version_from_rows() RETURNS trigger AS $$
BEGIN
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    INSERT INTO data_versions (district_id, unstuck)
      SELECT DISTINCT district_id, 1 FROM new_rows WHERE district_id IS NOT NULL
      ON CONFLICT (district_id) DO UPDATE SET unstuck = data_versions.unstuck + 1;
  END IF;
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    INSERT INTO data_versions (district_id, unstuck)
      SELECT DISTINCT district_id, 1 FROM old_rows WHERE district_id IS NOT NULL
      ON CONFLICT (district_id) DO UPDATE SET unstuck = data_versions.unstuck + 1;
  END IF;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
-- Feedback rows carry no district: it is their item's.
CREATE OR REPLACE FUNCTION bump_unstuck_version_from_feedback() RETURNS trigger AS $$
BEGIN
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    INSERT INTO data_versions (district_id, unstuck)
      SELECT DISTINCT s.district_id, 1 FROM new_rows f JOIN supervision_items s ON s.id = f.item_id
      ON CONFLICT (district_id) DO UPDATE SET unstuck = data_versions.unstuck + 1;
  END IF;
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    INSERT INTO data_versions (district_id, unstuck)
      SELECT DISTINCT s.district_id, 1 FROM old_rows f JOIN supervision_items s ON s.id = f.item_id
      ON CONFLICT (district_id) DO UPDATE SET unstuck = data_versions.unstuck + 1;
  END IF;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER problems_unstuck_ins AFTER INSERT ON problems REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION bump_unstuck_version_from_rows();
--> statement-breakpoint
CREATE TRIGGER problems_unstuck_upd AFTER UPDATE ON problems REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION bump_unstuck_version_from_rows();
--> statement-breakpoint
CREATE TRIGGER problems_unstuck_del AFTER DELETE ON problems REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION bump_unstuck_version_from_rows();
--> statement-breakpoint
CREATE TRIGGER supervision_unstuck_ins AFTER INSERT ON supervision_items REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION bump_unstuck_version_from_rows();
--> statement-breakpoint
CREATE TRIGGER supervision_unstuck_upd AFTER UPDATE ON supervision_items REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION bump_unstuck_version_from_rows();
--> statement-breakpoint
CREATE TRIGGER supervision_unstuck_del AFTER DELETE ON supervision_items REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION bump_unstuck_version_from_rows();
--> statement-breakpoint
CREATE TRIGGER feedback_unstuck_ins AFTER INSERT ON supervision_feedback REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION bump_unstuck_version_from_feedback();
--> statement-breakpoint
CREATE TRIGGER feedback_unstuck_upd AFTER UPDATE ON supervision_feedback REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION bump_unstuck_version_from_feedback();
--> statement-breakpoint
CREATE TRIGGER feedback_unstuck_del AFTER DELETE ON supervision_feedback REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION bump_unstuck_version_from_feedback();
