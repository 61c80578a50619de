/**
 * Ids of shared rows (thematic nodes, funders, embassy posts, countries) already committed during
 * this import run, so later fiches skip their upserts. A fiche's own discoveries are staged and
 * only promoted after its COMMIT: a rolled-back fiche must not leave ids of rows that no longer
 * exist. These rows are never deleted by an import, so a promoted id stays valid.
 */
export class KnownRows {
  /** By folded path, name or key, as the records are identified (see lib/import/shared-rows.ts). */
  readonly thematics = new Map<string, number>();
  readonly funders = new Map<string, number>();
  /** Posts an upsert could no longer change (see upsertPosts). */
  readonly posts = new Map<string, number>();
  readonly countries = new Set<string>();
  readonly sdgs = new Set<number>();
  /** Words of names already in the typo-tolerance dictionary (folded as in lib/text/fold). */
  readonly searchWords = new Set<string>();

  stage(): StagedRows {
    return {
      thematics: new Map(),
      funders: new Map(),
      posts: new Map(),
      countries: new Set(),
      sdgs: new Set(),
      searchWords: new Set(),
    };
  }

  promote(staged: StagedRows): void {
    for (const [k, v] of staged.thematics) this.thematics.set(k, v);
    for (const [k, v] of staged.funders) this.funders.set(k, v);
    for (const [k, v] of staged.posts) this.posts.set(k, v);
    for (const c of staged.countries) this.countries.add(c);
    for (const g of staged.sdgs) this.sdgs.add(g);
    for (const w of staged.searchWords) this.searchWords.add(w);
  }
}

export interface StagedRows {
  thematics: Map<string, number>;
  funders: Map<string, number>;
  posts: Map<string, number>;
  countries: Set<string>;
  sdgs: Set<number>;
  searchWords: Set<string>;
}
