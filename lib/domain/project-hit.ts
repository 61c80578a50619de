/** A project as the search lists it, the API returns it and the exports write it. */
export interface ProjectHit {
  id: number;
  slug: string;
  title: string;
  startYear: number | null;
  conventionYear: number | null;
  status: string | null;
  endDate: Date | null;
  thematic: string | null;
  frenchPartners: string[];
  /** The same French partners with the slug of their collectivité page (null when the fiche's name matched none). */
  frenchLinks: { name: string; slug: string | null }[];
  countries: string[];
  countryCodes: string[];
  foreignPartnerCount: number;
  /** Text around the matched words; U+0001/U+0002 mark the match (escaped and turned into <mark> on render). */
  snippet: string | null;
}
