-- Search in English: the names of a project's thematics and countries, in French and in English,
-- become words of its full-text document. The importer writes them (lib/import/search-labels.ts:
-- the English names live in lib/i18n, out of SQL's reach), French ones read with atlas_fr,
-- English ones with atlas_en (English stems and stop words, accents ignored). English queries
-- look each word up in both languages (lib/search/filters.ts); French queries are unchanged.
-- Rows imported before this migration get their labels at the next import, fiche unchanged or not.
CREATE TEXT SEARCH CONFIGURATION atlas_en (COPY = pg_catalog.english);
ALTER TEXT SEARCH CONFIGURATION atlas_en
  ALTER MAPPING FOR hword, hword_part, word WITH unaccent, english_stem;

ALTER TABLE "project"
  ADD COLUMN "search_labels" TEXT NOT NULL DEFAULT '',
  ADD COLUMN "search_labels_en" TEXT NOT NULL DEFAULT '';

-- A generated column's expression cannot change before PostgreSQL 17: the document is rebuilt,
-- with its index and the settings earlier migrations gave them.
ALTER TABLE "project" DROP COLUMN "search";
ALTER TABLE "project" ADD COLUMN "search" tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('atlas_fr'::regconfig, coalesce("title", '')), 'A') ||
    setweight(to_tsvector('atlas_fr'::regconfig, "search_names"), 'A') ||
    setweight(to_tsvector('atlas_fr'::regconfig,
      coalesce("objectives", '') || ' ' || coalesce("description", '')), 'B') ||
    setweight(to_tsvector('atlas_fr'::regconfig,
      coalesce("context", '') || ' ' || coalesce("history", '') || ' ' || coalesce("beneficiaries", '')), 'C') ||
    setweight(to_tsvector('atlas_fr'::regconfig, "search_labels"), 'B') ||
    setweight(to_tsvector('atlas_en'::regconfig, "search_labels_en"), 'B')
  ) STORED;
ALTER TABLE "project" ALTER COLUMN "search" SET STATISTICS 0;
CREATE INDEX "project_search_idx" ON "project" USING GIN ("search") WITH (fastupdate = on);
