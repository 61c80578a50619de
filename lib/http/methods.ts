import { apiError } from "./api-error";

/**
 * Every route handler of the atlas only reads. Next answers a method a route does not export
 * with a bare 405, without the Allow header RFC 9110 §15.5.6 requires; a read-only route spreads
 * these handlers into its exports instead:
 *
 *     export const { POST, PUT, PATCH, DELETE, OPTIONS } = READ_ONLY_ROUTE;
 *
 * OPTIONS is answered here too: Next's own would list the refusing handlers as allowed. HEAD is
 * answered by Next with the GET handler. TRACE never reaches a route: scripts/serve.mjs answers it.
 */
import { ALLOW_READ_ONLY } from "./static-headers.mjs";

export { ALLOW_READ_ONLY };

/** In the API's error shape (lib/http/api-error.ts), which every route of the atlas shares. */
function methodNotAllowed(): Response {
  return apiError(405, "method_not_allowed", "Méthode non autorisée : cette adresse se consulte seulement (GET).", {
    Allow: ALLOW_READ_ONLY,
  });
}

function allowedMethods(): Response {
  return new Response(null, { status: 204, headers: { Allow: ALLOW_READ_ONLY } });
}

export const READ_ONLY_ROUTE = {
  POST: methodNotAllowed,
  PUT: methodNotAllowed,
  PATCH: methodNotAllowed,
  DELETE: methodNotAllowed,
  OPTIONS: allowedMethods,
} as const;
