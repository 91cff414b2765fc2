-- Restoring a backup loads regions in any order; the parent check waits for the end of the
-- restore transaction (SET CONSTRAINTS ALL DEFERRED) while every other statement checks at once.
ALTER TABLE "regions" ALTER CONSTRAINT "regions_parent_id_regions_id_fk" DEFERRABLE INITIALLY IMMEDIATE;
