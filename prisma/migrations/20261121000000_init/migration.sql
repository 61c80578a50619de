-- Atlas domain schema. Written by hand (see prisma/schema.prisma): Prisma's engine cannot run
-- here, and the search needs what its schema language cannot say.

CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- unaccent() is only STABLE (it reads a dictionary by name); indexes need an IMMUTABLE wrapper.
CREATE OR REPLACE FUNCTION atlas_fold(value text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, value)) $$;

-- French stemming that ignores accents: "Montreal" finds "Montréal", "coopération" finds "cooperation".
CREATE TEXT SEARCH CONFIGURATION atlas_fr (COPY = pg_catalog.french);
ALTER TEXT SEARCH CONFIGURATION atlas_fr
  ALTER MAPPING FOR hword, hword_part, word WITH unaccent, french_stem;

CREATE TABLE "country" (
  "code" CHAR(2) PRIMARY KEY,
  "name_fr" TEXT NOT NULL
);

CREATE TABLE "thematic" (
  "id" SERIAL PRIMARY KEY,
  "level" INTEGER NOT NULL,
  "label" TEXT NOT NULL,
  "path" TEXT NOT NULL UNIQUE,
  "parent_id" INTEGER REFERENCES "thematic"("id")
);

CREATE TABLE "sdg" (
  "goal" INTEGER PRIMARY KEY,
  "label" TEXT
);

CREATE TABLE "project" (
  "id" SERIAL PRIMARY KEY,
  "slug" TEXT NOT NULL UNIQUE,
  "identity_key" TEXT NOT NULL UNIQUE,
  "title" TEXT NOT NULL,
  "convention_year" INTEGER,
  "start_year" INTEGER,
  "status" TEXT,
  "end_date" DATE,
  "context" TEXT,
  "history" TEXT,
  "objectives" TEXT,
  "description" TEXT,
  "partnership_form" TEXT,
  "project_managers" TEXT,
  "contracting_authorities" TEXT,
  "beneficiaries" TEXT,
  "triennial" BOOLEAN,
  "thematic_id" INTEGER REFERENCES "thematic"("id"),
  "fiche_year" INTEGER,
  "search_names" TEXT NOT NULL DEFAULT '',
  "format" TEXT NOT NULL,
  "source_file" TEXT NOT NULL,
  "raw_source" TEXT NOT NULL,
  "checksum" TEXT NOT NULL,
  "parse_warnings" JSONB NOT NULL DEFAULT '[]',
  "imported_at" TIMESTAMPTZ(6) NOT NULL DEFAULT now(),
  "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT now(),
  "search" tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('atlas_fr'::regconfig, coalesce("title", '')), 'A') ||
    setweight(to_tsvector('atlas_fr'::regconfig, "search_names"), 'A') ||
    setweight(to_tsvector('atlas_fr'::regconfig,
      coalesce("objectives", '') || ' ' || coalesce("description", '')), 'B') ||
    setweight(to_tsvector('atlas_fr'::regconfig,
      coalesce("context", '') || ' ' || coalesce("history", '') || ' ' || coalesce("beneficiaries", '')), 'C')
  ) STORED
);
CREATE INDEX "project_search_idx" ON "project" USING GIN ("search");
CREATE INDEX "project_names_trgm_idx" ON "project" USING GIN (atlas_fold("title" || ' ' || "search_names") gin_trgm_ops);
CREATE INDEX "project_start_year_idx" ON "project" ("start_year");
CREATE INDEX "project_status_idx" ON "project" ("status");

CREATE TABLE "project_thematic" (
  "project_id" INTEGER NOT NULL REFERENCES "project"("id") ON DELETE CASCADE,
  "position" INTEGER NOT NULL,
  "thematic_id" INTEGER NOT NULL REFERENCES "thematic"("id"),
  "theme_id" INTEGER NOT NULL,
  "sub_theme_id" INTEGER,
  "sub_sub_theme_id" INTEGER,
  "is_primary" BOOLEAN NOT NULL,
  "priority" INTEGER,
  PRIMARY KEY ("project_id", "position")
);
CREATE INDEX "project_thematic_theme_idx" ON "project_thematic" ("theme_id", "project_id");
CREATE INDEX "project_thematic_sub_idx" ON "project_thematic" ("sub_theme_id", "project_id");
CREATE INDEX "project_thematic_subsub_idx" ON "project_thematic" ("sub_sub_theme_id", "project_id");

CREATE TABLE "project_sdg" (
  "project_id" INTEGER NOT NULL REFERENCES "project"("id") ON DELETE CASCADE,
  "goal" INTEGER NOT NULL REFERENCES "sdg"("goal"),
  "priority" INTEGER,
  "position" INTEGER NOT NULL,
  PRIMARY KEY ("project_id", "goal")
);
CREATE INDEX "project_sdg_goal_idx" ON "project_sdg" ("goal", "project_id");

CREATE TABLE "collectivite" (
  "id" SERIAL PRIMARY KEY,
  "slug" TEXT NOT NULL UNIQUE,
  "name_key" TEXT NOT NULL,
  "country_code" TEXT NOT NULL DEFAULT '',
  "country_label" TEXT,
  "display_name" TEXT NOT NULL,
  "side" TEXT NOT NULL,
  "kind" TEXT,
  "official_code" TEXT,
  "departement_code" TEXT,
  "region_code" TEXT,
  "region_name" TEXT,
  "lat" DOUBLE PRECISION,
  "lon" DOUBLE PRECISION,
  "precision" TEXT NOT NULL DEFAULT 'none',
  "geo_source" TEXT,
  "geo_admin1" TEXT,
  "geo_ambiguous" BOOLEAN NOT NULL DEFAULT false,
  "geo_alternatives" JSONB NOT NULL DEFAULT '[]',
  UNIQUE ("name_key", "country_code")
);
CREATE INDEX "collectivite_name_trgm_idx" ON "collectivite" USING GIN (atlas_fold("display_name") gin_trgm_ops);
CREATE INDEX "collectivite_country_idx" ON "collectivite" ("country_code");

CREATE TABLE "project_partner" (
  "project_id" INTEGER NOT NULL REFERENCES "project"("id") ON DELETE CASCADE,
  "collectivite_id" INTEGER NOT NULL REFERENCES "collectivite"("id"),
  "role" TEXT NOT NULL,
  "position" INTEGER NOT NULL,
  "name_as_written" TEXT NOT NULL,
  "country_label" TEXT,
  PRIMARY KEY ("project_id", "role", "position")
);
CREATE INDEX "project_partner_collectivite_idx" ON "project_partner" ("collectivite_id", "project_id");

CREATE TABLE "partner_contact" (
  "id" SERIAL PRIMARY KEY,
  "project_id" INTEGER NOT NULL REFERENCES "project"("id") ON DELETE CASCADE,
  "collectivite_id" INTEGER REFERENCES "collectivite"("id"),
  "partner_name" TEXT NOT NULL,
  "last_name" TEXT,
  "first_name" TEXT,
  "role" TEXT,
  "email" TEXT,
  "position" INTEGER NOT NULL
);
CREATE INDEX "partner_contact_project_idx" ON "partner_contact" ("project_id");
CREATE INDEX "partner_contact_collectivite_idx" ON "partner_contact" ("collectivite_id");
CREATE INDEX "partner_contact_name_trgm_idx" ON "partner_contact" USING GIN (
  atlas_fold(coalesce("last_name", '') || ' ' || coalesce("first_name", '') || ' ' || coalesce("email", '') || ' ' || coalesce("role", '')) gin_trgm_ops);

CREATE TABLE "embassy_post" (
  "id" SERIAL PRIMARY KEY,
  "name" TEXT NOT NULL UNIQUE,
  "slug" TEXT NOT NULL UNIQUE,
  "country_code" TEXT
);

CREATE TABLE "project_embassy_post" (
  "project_id" INTEGER NOT NULL REFERENCES "project"("id") ON DELETE CASCADE,
  "post_id" INTEGER NOT NULL REFERENCES "embassy_post"("id"),
  "position" INTEGER NOT NULL,
  PRIMARY KEY ("project_id", "post_id")
);
CREATE INDEX "project_embassy_post_post_idx" ON "project_embassy_post" ("post_id");

CREATE TABLE "embassy_contact" (
  "id" SERIAL PRIMARY KEY,
  "post_id" INTEGER NOT NULL REFERENCES "embassy_post"("id"),
  "project_id" INTEGER NOT NULL REFERENCES "project"("id") ON DELETE CASCADE,
  "role" TEXT NOT NULL,
  "name" TEXT NOT NULL,
  "email" TEXT,
  "fiche_year" INTEGER
);
CREATE INDEX "embassy_contact_post_idx" ON "embassy_contact" ("post_id", "role", "fiche_year" DESC);
CREATE INDEX "embassy_contact_project_idx" ON "embassy_contact" ("project_id");
CREATE INDEX "embassy_contact_name_trgm_idx" ON "embassy_contact" USING GIN (atlas_fold("name" || ' ' || coalesce("email", '')) gin_trgm_ops);

CREATE TABLE "funder" (
  "id" SERIAL PRIMARY KEY,
  "name_key" TEXT NOT NULL UNIQUE,
  "name" TEXT NOT NULL,
  "kind" TEXT NOT NULL
);

CREATE TABLE "funding" (
  "id" SERIAL PRIMARY KEY,
  "project_id" INTEGER NOT NULL REFERENCES "project"("id") ON DELETE CASCADE,
  "funder_id" INTEGER NOT NULL REFERENCES "funder"("id"),
  "funder_kind" TEXT NOT NULL,
  "amount_eur" DECIMAL(14, 2),
  "water_amount_eur" DECIMAL(14, 2),
  "year" INTEGER,
  "position" INTEGER NOT NULL
);
CREATE INDEX "funding_project_idx" ON "funding" ("project_id");
CREATE INDEX "funding_kind_idx" ON "funding" ("funder_kind", "project_id");

CREATE TABLE "document" (
  "id" SERIAL PRIMARY KEY,
  "project_id" INTEGER NOT NULL REFERENCES "project"("id") ON DELETE CASCADE,
  "title" TEXT NOT NULL,
  "size_kb" DECIMAL(12, 2),
  "file_name" TEXT,
  "position" INTEGER NOT NULL
);
CREATE INDEX "document_project_idx" ON "document" ("project_id");

CREATE TABLE "volunteer" (
  "id" SERIAL PRIMARY KEY,
  "project_id" INTEGER NOT NULL REFERENCES "project"("id") ON DELETE CASCADE,
  "last_name" TEXT,
  "first_name" TEXT,
  "mission" TEXT,
  "field" TEXT,
  "entity" TEXT,
  "position" INTEGER NOT NULL
);
CREATE INDEX "volunteer_project_idx" ON "volunteer" ("project_id");
