/**
 * The origin written into absolute URLs (API `url` and `next`, export columns, vCards). Behind
 * `next start` the request's own URL says `http://localhost:PORT` whatever the visitor asked
 * for, so the origin comes from, in order: ATLAS_PUBLIC_URL when set (recommended behind a
 * reverse proxy: forwarded headers can be forged by any client), X-Forwarded-Host and
 * X-Forwarded-Proto, the Host header, and last the request's URL. Header values that are not a
 * plain host name (and port) or http/https are ignored.
 */
const HOST = /^(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,62})(?:\.[A-Za-z0-9-]{1,63})*\.?|\[[0-9A-Fa-f:.]+\])(?::[0-9]{1,5})?$/;

/** The first value of a header that proxies may have appended to ("a, b"). */
function firstValue(header: string | null): string | undefined {
  const value = header?.split(",")[0]?.trim();
  return value || undefined;
}

function configuredOrigin(): string | undefined {
  const configured = process.env.ATLAS_PUBLIC_URL?.trim();
  if (!configured) return undefined;
  try {
    const url = new URL(configured);
    if (url.protocol === "http:" || url.protocol === "https:")
      return `${url.origin}${url.pathname.replace(/\/+$/, "")}`;
  } catch {}
  console.warn(`[atlas] ATLAS_PUBLIC_URL ignorée : « ${configured} » n'est pas une adresse http(s).`);
  return undefined;
}

export function publicOrigin(request: Request): string {
  const configured = configuredOrigin();
  if (configured) return configured;
  const own = new URL(request.url);
  const host = [firstValue(request.headers.get("x-forwarded-host")), firstValue(request.headers.get("host"))].find(
    (candidate) => candidate !== undefined && HOST.test(candidate),
  );
  const forwardedProto = firstValue(request.headers.get("x-forwarded-proto"))?.toLowerCase();
  const protocol =
    forwardedProto === "http" || forwardedProto === "https" ? forwardedProto : own.protocol.replace(/:$/, "");
  return `${protocol}://${host ?? own.host}`;
}
