import "server-only";
import { headers } from "next/headers";
import { publicOrigin } from "./public-origin";

/** The public origin for a server component, from this request's headers (same rules as publicOrigin). */
export async function pageOrigin(): Promise<string> {
  // The URL is only publicOrigin's last resort: the Host header is always there behind next start.
  return publicOrigin(new Request("http://localhost/", { headers: await headers() }));
}
