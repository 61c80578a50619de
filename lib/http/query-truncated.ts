import { MAX_QUERY_LENGTH, queryTruncated } from "../search/query-length";

/**
 * An API response to a search whose text query was cut to MAX_QUERY_LENGTH characters says so
 * in this header (its value is the limit), so that no client takes the answer for the query it sent.
 */
const QUERY_TRUNCATED_HEADER = "Atlas-Query-Truncated";

export function queryTruncationHeaders(search: URLSearchParams): Record<string, string> {
  return queryTruncated(search) ? { [QUERY_TRUNCATED_HEADER]: String(MAX_QUERY_LENGTH) } : {};
}
