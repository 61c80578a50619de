import "server-only";
import { headers } from "next/headers";
import { NONCE_HEADER } from "./csp";

/** This request's CSP nonce (set by proxy.ts), for the inline <style> a server component writes. */
export async function requestNonce(): Promise<string | undefined> {
  return (await headers()).get(NONCE_HEADER) ?? undefined;
}
