// @ts-check
/**
 * The security headers that never change per request: those every response carries, and the
 * policy of responses that are not pages. Plain JavaScript because next.config.mjs loads it
 * (Node runs that file as it is); lib/http/csp.ts re-exports them and builds the pages' policy.
 * Types: static-headers.d.mts.
 */

/** @param {Record<string, string[]>} directives */
export function serialize(directives) {
  return Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.join(" ")}`)
    .join("; ");
}

/**
 * The policy of a response that is not a page (JSON, CSV, vCard, a fiche's raw text): shown in
 * a tab, it may load nothing and run nothing, and a raw fiche written in HTML stays inert.
 */
export const RESOURCE_POLICY = serialize({
  "default-src": ["'none'"],
  "base-uri": ["'none'"],
  "form-action": ["'none'"],
  "frame-ancestors": ["'none'"],
});

/**
 * Browser features the atlas never uses, refused to the page and anything it could embed.
 * Only features Chromium knows: an unknown one is reported as an error in the console.
 */
const REFUSED_FEATURES = [
  "accelerometer",
  "autoplay",
  "browsing-topics",
  "camera",
  "display-capture",
  "geolocation",
  "gyroscope",
  "hid",
  "magnetometer",
  "microphone",
  "midi",
  "payment",
  "publickey-credentials-get",
  "screen-wake-lock",
  "serial",
  "usb",
  "xr-spatial-tracking",
];

/** Headers every response carries, pages, API routes and raw sources alike. */
export const SECURITY_HEADERS = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: REFUSED_FEATURES.map((feature) => `${feature}=()`).join(", ") },
];

/** Every route only reads: the methods answered, as the `Allow` header of a 405 says them. */
export const ALLOW_READ_ONLY = "GET, HEAD, OPTIONS";
