/** The look of the current page's number in the pagination: the e2e contrast check reads it too (tests/e2e/search-usability.spec.ts). */
export const CURRENT_PAGE_CLASS = "border-marine-700 bg-marine-700 text-white no-underline";
