-- No statistics on the tsvector: the planner then assumes any text query matches few projects
-- and always reads the matches through the GIN index. With statistics it knew that a word like
-- "projet" or "coopération" is in nearly every project, and chose to read the whole table and
-- test each row instead (130 ms on 20,000 projects, against 6 ms through the index): it costs
-- `tsvector @@ tsquery` like an integer comparison, while each test reads the row's tsvector
-- from TOAST. The index's bitmap of the matches needs no such test, whatever their number.
ALTER TABLE "project" ALTER COLUMN "search" SET STATISTICS 0;

-- Sorting matches by title compared TOAST pointers, each comparison fetching both titles
-- (50 ms for 11,000 matches). Titles are short: keep them in the row (compressed if ever
-- long). Rows written before this migration keep their layout until the fiche is re-imported.
ALTER TABLE "project" ALTER COLUMN "title" SET STORAGE MAIN;

-- New full-text entries go to the index's pending list again, merged in bulk (at the end of each
-- import run, see lib/import/run.ts, or by autovacuum): inserting each fiche's few hundred
-- lexemes one by one into the index cost a fifth of the import's time. The planner shunned an
-- index with a long pending list, which is why it was off; without statistics (above) it
-- no longer weighs the list against the table.
ALTER INDEX "project_search_idx" SET (fastupdate = on);
