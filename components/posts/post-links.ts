/** Paths of the posts' pages and files, declared once. */
export const postHref = (slug: string) => `/postes/${encodeURIComponent(slug)}`;
export const postVCardHref = (slug: string) => `/api/posts/${encodeURIComponent(slug)}/vcard`;
/** The search of the projects with a partner in the post's country. */
export const postCountryProjectsHref = (code: string) => `/projets?${new URLSearchParams({ country: code })}`;
