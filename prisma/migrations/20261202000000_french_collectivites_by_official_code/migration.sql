-- A French collectivité recognised without doubt is one record per kind and official code (INSEE
-- code, SIREN for an EPCI), whatever its spellings: "Région Occitanie" and "Occitanie", "Ville de
-- Lyon" and "Lyon (69)". The importer keys it "<kind>:<code>" in name_key (collectiviteIdentity,
-- lib/import/identity.ts); rows written before were keyed by their folded spelling, so one body
-- may have several. They are merged here with the importer's rule: a fuzzy match, an
-- arrondissement taken for its city or an ambiguous name is a guess and keeps its own record.

CREATE TEMP TABLE "collectivite_merge" ON COMMIT DROP AS
  SELECT id, kind || ':' || official_code AS identity,
         first_value(id) OVER (PARTITION BY kind, official_code ORDER BY links DESC, id) AS survivor
    FROM (SELECT c.*, (SELECT count(*) FROM "project_partner" pp WHERE pp.collectivite_id = c.id) AS links
            FROM "collectivite" c
           WHERE c.side = 'french' AND c.country_code = 'FR' AND c.kind IS NOT NULL AND c.official_code IS NOT NULL
             AND NOT c.geo_ambiguous AND c.precision NOT IN ('fuzzy', 'city-part')) recognised;

-- The projects of the merged rows, whose facet arrays name the rows that disappear.
CREATE TEMP TABLE "collectivite_merge_projects" ON COMMIT DROP AS
  SELECT DISTINCT pp.project_id FROM "project_partner" pp
    JOIN "collectivite_merge" m ON m.id = pp.collectivite_id AND m.id <> m.survivor;

-- Each project keeps the spelling its fiche wrote (name_as_written); only the record changes.
UPDATE "project_partner" pp SET collectivite_id = m.survivor
  FROM "collectivite_merge" m WHERE pp.collectivite_id = m.id AND m.id <> m.survivor;
UPDATE "partner_contact" pc SET collectivite_id = m.survivor
  FROM "collectivite_merge" m WHERE pc.collectivite_id = m.id AND m.id <> m.survivor;

-- The survivor keeps its slug; what it lacked is taken from the rows merged into it.
UPDATE "collectivite" c SET
    departement_code = coalesce(c.departement_code, o.departement_code),
    region_code = coalesce(c.region_code, o.region_code),
    region_name = coalesce(c.region_name, o.region_name)
  FROM (SELECT m.survivor, max(x.departement_code) AS departement_code, max(x.region_code) AS region_code,
               max(x.region_name) AS region_name
          FROM "collectivite_merge" m JOIN "collectivite" x ON x.id = m.id WHERE m.id <> m.survivor
         GROUP BY m.survivor) o
 WHERE c.id = o.survivor;

DELETE FROM "collectivite" c USING "collectivite_merge" m WHERE c.id = m.id AND m.id <> m.survivor;

UPDATE "collectivite" c SET name_key = m.identity FROM "collectivite_merge" m WHERE c.id = m.id;

UPDATE "project" p SET (country_codes, theme_ids, primary_theme_ids, french_ids, region_codes, funder_kinds, sdg_goals) =
  (SELECT * FROM atlas_project_facets(p.id))
  WHERE p.id IN (SELECT project_id FROM "collectivite_merge_projects");

-- Shown under its most frequent spelling, as the importer's end of run does (lib/import/run.ts).
UPDATE "collectivite" c SET display_name_stale = false, display_name = coalesce(
    (SELECT name_as_written FROM "project_partner" pp WHERE pp.collectivite_id = c.id
      GROUP BY name_as_written ORDER BY count(*) DESC, min(project_id), name_as_written LIMIT 1),
    c.display_name)
  WHERE c.id IN (SELECT survivor FROM "collectivite_merge");

-- Cached pages and facet counts are dropped as after an import.
SELECT nextval('data_version');
