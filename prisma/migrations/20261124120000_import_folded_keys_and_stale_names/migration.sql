-- The importer identifies shared records by their folded spelling (foldForMatch, lib/text/fold.ts),
-- so that two spellings of one name ("AMBASSADE DE FRANCE A TUNIS", "Ambassade de France à Tunis")
-- are one record, not a second row whose slug clashes with the first. `name` and `label` keep a
-- spelling to show; the keys are computed by the importer.

-- foldForMatch in SQL, for the rows already written. unaccent also maps a few letters that NFD
-- leaves alone (ø, ł…): on such names a key may differ from the importer's, which then writes a
-- second record under a free slug; it never fails. Hence no unique constraint on the spelling.
CREATE FUNCTION pg_temp.atlas_fold_key(value text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT btrim(regexp_replace(regexp_replace(atlas_fold(value), '[‐-―''’`´‘"“”«».,;:()/_-]', ' ', 'g'), '\s+', ' ', 'g'))
$$;

-- Rows written before this migration may fold alike: the later ones keep a distinct key, marked
-- with their id, rather than being merged here.
ALTER TABLE "embassy_post" ADD COLUMN "name_key" TEXT;
UPDATE "embassy_post" p SET "name_key" = k.key || CASE WHEN k.rank > 1 THEN ' #' || p.id ELSE '' END
  FROM (SELECT id, key, row_number() OVER (PARTITION BY key ORDER BY id) AS rank
        FROM (SELECT id, pg_temp.atlas_fold_key(name) AS key FROM "embassy_post") folded) k
  WHERE k.id = p.id;
ALTER TABLE "embassy_post" ALTER COLUMN "name_key" SET NOT NULL;
ALTER TABLE "embassy_post" DROP CONSTRAINT "embassy_post_name_key";
ALTER TABLE "embassy_post" ADD CONSTRAINT "embassy_post_name_key_key" UNIQUE ("name_key");

-- Thematic nodes: the folded path ("economie durable > attractivite des territoires").
ALTER TABLE "thematic" ADD COLUMN "path_key" TEXT;
UPDATE "thematic" t SET "path_key" = k.key || CASE WHEN k.rank > 1 THEN ' #' || t.id ELSE '' END
  FROM (SELECT id, key, row_number() OVER (PARTITION BY key ORDER BY id) AS rank
        FROM (SELECT id, array_to_string(ARRAY(
                SELECT pg_temp.atlas_fold_key(part) FROM unnest(string_to_array(path, ' > ')) WITH ORDINALITY AS u(part, n) ORDER BY n
              ), ' > ') AS key FROM "thematic") folded) k
  WHERE k.id = t.id;
ALTER TABLE "thematic" ALTER COLUMN "path_key" SET NOT NULL;
ALTER TABLE "thematic" DROP CONSTRAINT "thematic_path_key";
ALTER TABLE "thematic" ADD CONSTRAINT "thematic_path_key_key" UNIQUE ("path_key");

-- Display names (the most frequent spelling) are recomputed after the fiches of a run are
-- written. The mark is set in each fiche's own transaction and cleared by the recomputation,
-- so a run that was killed in between leaves it for the next run. Every existing record is
-- marked once: names left wrong by an earlier interrupted run are fixed by the next import.
ALTER TABLE "collectivite" ADD COLUMN "display_name_stale" BOOLEAN NOT NULL DEFAULT true;
ALTER TABLE "collectivite" ALTER COLUMN "display_name_stale" SET DEFAULT false;
