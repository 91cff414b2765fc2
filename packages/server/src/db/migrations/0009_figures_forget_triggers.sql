-- Kept figures follow the data they come from. Reports and plans forget them through the services
-- (which also compute the current period again and tell of red lights); a change to a project's
-- record or to a district's light rules forgets the recent periods here, and they are computed
-- again when next read. "Recent" is from two months back, which covers the current reporting
-- period (last month in the district's time zone) whatever the zone; older periods keep the
-- figures and lights they had, as history.
CREATE FUNCTION forget_recent_figures_of_project() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM project_figures
  WHERE project_id = NEW.id AND period >= (date_trunc('month', now()) - interval '2 months')::date;
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER projects_forget_figures
  AFTER UPDATE OF stage, planned_start, total_investment, archived_at, district_id ON projects
  FOR EACH ROW
  WHEN (OLD.stage IS DISTINCT FROM NEW.stage OR OLD.planned_start IS DISTINCT FROM NEW.planned_start
     OR OLD.total_investment IS DISTINCT FROM NEW.total_investment OR OLD.archived_at IS DISTINCT FROM NEW.archived_at
     OR OLD.district_id IS DISTINCT FROM NEW.district_id)
  EXECUTE FUNCTION forget_recent_figures_of_project();
--> statement-breakpoint
CREATE FUNCTION forget_recent_figures_of_district() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM project_figures
  WHERE district_id = NEW.district_id AND period >= (date_trunc('month', now()) - interval '2 months')::date;
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER light_rules_forget_figures
  AFTER INSERT OR UPDATE ON light_rule_configs
  FOR EACH ROW EXECUTE FUNCTION forget_recent_figures_of_district();
