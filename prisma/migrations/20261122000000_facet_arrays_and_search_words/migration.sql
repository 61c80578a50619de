-- Facet counts and filters without joins: each project carries, as arrays, the values it has
-- for every facet (GIN-indexed for filtering, unnested for counting). Counting facets through
-- project_partner/project_thematic joins took 60-90 ms on 20,000 projects; arrays take a few.
-- atlas_project_facets() is the one definition of those arrays. The importer writes a
-- project's child rows first and then the project row once, arrays included (rewriting the
-- row would recompute its tsvector and every index entry), so the foreign keys to project are
-- checked at commit.

ALTER TABLE "project"
  ADD COLUMN "country_codes" TEXT[] NOT NULL DEFAULT '{}',
  ADD COLUMN "theme_ids" INTEGER[] NOT NULL DEFAULT '{}',
  ADD COLUMN "primary_theme_ids" INTEGER[] NOT NULL DEFAULT '{}',
  ADD COLUMN "french_ids" INTEGER[] NOT NULL DEFAULT '{}',
  ADD COLUMN "region_codes" TEXT[] NOT NULL DEFAULT '{}',
  ADD COLUMN "funder_kinds" TEXT[] NOT NULL DEFAULT '{}',
  ADD COLUMN "sdg_goals" INTEGER[] NOT NULL DEFAULT '{}';

-- Facet counts read every row of project: keep the heap narrow. Long texts (and the tsvector)
-- go to TOAST even when short (toast_tuple_target), while the small facet columns stay inline
-- and uncompressed (PLAIN), or every row would be detoasted to be counted. 103 MB of heap for
-- 20,000 projects becomes 12 MB.
ALTER TABLE "project" SET (toast_tuple_target = 128);
ALTER TABLE "project"
  ALTER COLUMN "status" SET STORAGE PLAIN,
  ALTER COLUMN "country_codes" SET STORAGE PLAIN,
  ALTER COLUMN "theme_ids" SET STORAGE PLAIN,
  ALTER COLUMN "primary_theme_ids" SET STORAGE PLAIN,
  ALTER COLUMN "french_ids" SET STORAGE PLAIN,
  ALTER COLUMN "region_codes" SET STORAGE PLAIN,
  ALTER COLUMN "funder_kinds" SET STORAGE PLAIN,
  ALTER COLUMN "sdg_goals" SET STORAGE PLAIN;

-- Bumped after every import commit that changed data, so the app can cache what only changes
-- on import (the unfiltered facet counts) and know when to drop it. A sequence takes no lock.
CREATE SEQUENCE "data_version";

CREATE OR REPLACE FUNCTION atlas_project_facets(target integer) RETURNS TABLE (
    country_codes TEXT[], theme_ids INTEGER[], primary_theme_ids INTEGER[], french_ids INTEGER[],
    region_codes TEXT[], funder_kinds TEXT[], sdg_goals INTEGER[])
  LANGUAGE sql STABLE
  AS $$
    SELECT
      coalesce((SELECT array_agg(DISTINCT c.country_code ORDER BY c.country_code)
        FROM project_partner pp JOIN collectivite c ON c.id = pp.collectivite_id
        WHERE pp.project_id = target AND pp.role = 'foreign' AND c.country_code <> ''), '{}'),
      coalesce((SELECT array_agg(DISTINCT node ORDER BY node) FROM project_thematic pt,
        unnest(ARRAY[pt.theme_id, pt.sub_theme_id, pt.sub_sub_theme_id]) AS node
        WHERE pt.project_id = target AND node IS NOT NULL), '{}'),
      coalesce((SELECT array_agg(DISTINCT node ORDER BY node) FROM project_thematic pt,
        unnest(ARRAY[pt.theme_id, pt.sub_theme_id, pt.sub_sub_theme_id]) AS node
        WHERE pt.project_id = target AND pt.is_primary AND node IS NOT NULL), '{}'),
      coalesce((SELECT array_agg(DISTINCT pp.collectivite_id ORDER BY pp.collectivite_id)
        FROM project_partner pp WHERE pp.project_id = target AND pp.role = 'french'), '{}'),
      coalesce((SELECT array_agg(DISTINCT c.region_code ORDER BY c.region_code)
        FROM project_partner pp JOIN collectivite c ON c.id = pp.collectivite_id
        WHERE pp.project_id = target AND pp.role = 'french' AND c.region_code IS NOT NULL), '{}'),
      coalesce((SELECT array_agg(DISTINCT f.funder_kind ORDER BY f.funder_kind)
        FROM funding f WHERE f.project_id = target), '{}'),
      coalesce((SELECT array_agg(DISTINCT ps.goal ORDER BY ps.goal)
        FROM project_sdg ps WHERE ps.project_id = target), '{}')
  $$;

-- Rewrites every existing row, which also applies the storage settings above to it.
UPDATE "project" p SET (country_codes, theme_ids, primary_theme_ids, french_ids, region_codes, funder_kinds, sdg_goals) =
  (SELECT * FROM atlas_project_facets(p.id));

ALTER TABLE "project_thematic" ALTER CONSTRAINT "project_thematic_project_id_fkey" DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE "project_sdg" ALTER CONSTRAINT "project_sdg_project_id_fkey" DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE "project_partner" ALTER CONSTRAINT "project_partner_project_id_fkey" DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE "partner_contact" ALTER CONSTRAINT "partner_contact_project_id_fkey" DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE "project_embassy_post" ALTER CONSTRAINT "project_embassy_post_project_id_fkey" DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE "embassy_contact" ALTER CONSTRAINT "embassy_contact_project_id_fkey" DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE "funding" ALTER CONSTRAINT "funding_project_id_fkey" DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE "document" ALTER CONSTRAINT "document_project_id_fkey" DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE "volunteer" ALTER CONSTRAINT "volunteer_project_id_fkey" DEFERRABLE INITIALLY DEFERRED;

CREATE INDEX "project_country_codes_idx" ON "project" USING GIN ("country_codes");
CREATE INDEX "project_theme_ids_idx" ON "project" USING GIN ("theme_ids");
CREATE INDEX "project_primary_theme_ids_idx" ON "project" USING GIN ("primary_theme_ids");
CREATE INDEX "project_french_ids_idx" ON "project" USING GIN ("french_ids");
CREATE INDEX "project_region_codes_idx" ON "project" USING GIN ("region_codes");
CREATE INDEX "project_funder_kinds_idx" ON "project" USING GIN ("funder_kinds");
CREATE INDEX "project_sdg_goals_idx" ON "project" USING GIN ("sdg_goals");
CREATE INDEX "collectivite_region_idx" ON "collectivite" ("region_code");
-- New full-text entries go straight into the index rather than a pending list: right after an
-- import the planner otherwise shuns the index (tests/integration/explain.test.ts caught a
-- sequential scan), and the import measured no slower without the list.
ALTER INDEX "project_search_idx" SET (fastupdate = off);

-- The result list's sorts: newest first (the default) and by title, without sorting every row.
DROP INDEX "project_start_year_idx";
CREATE INDEX "project_start_year_idx" ON "project" ("start_year" DESC NULLS LAST, "id" DESC);
CREATE INDEX "project_title_idx" ON "project" ("title" COLLATE "C", "id");

-- Typo tolerance on names without scanning long texts: a dictionary of the folded words of
-- titles and names. A query word that is not in it is widened, through trigram similarity on
-- this small table, to the closest known words ("Clermond" → "clermont") before full-text search.
CREATE TABLE "search_word" ("word" TEXT PRIMARY KEY);
CREATE INDEX "search_word_trgm_idx" ON "search_word" USING GIN ("word" gin_trgm_ops);

INSERT INTO "search_word" ("word")
  SELECT DISTINCT w FROM "project", regexp_split_to_table(atlas_fold("title" || ' ' || "search_names"), '[^a-z0-9]+') AS w
  WHERE length(w) >= 4
  ON CONFLICT DO NOTHING;

-- The trigram index over whole titles and names is replaced by the dictionary above.
DROP INDEX "project_names_trgm_idx";
