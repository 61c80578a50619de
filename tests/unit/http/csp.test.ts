import { describe, expect, it } from "vitest";
import { RESOURCE_POLICY, SECURITY_HEADERS, frameAncestorsFor, newNonce, pagePolicy, tileSource } from "@/lib/http/csp";

/** The policy as a map of directive → sources. */
function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(";").map((part) => {
      const [name, ...sources] = part.trim().split(/\s+/);
      return [name, sources];
    }),
  );
}

describe("pagePolicy", () => {
  const production = directives(pagePolicy({ nonce: "abc123==", pathname: "/carte" }));

  it("allows scripts only through the nonce (and what they load), never eval or inline code", () => {
    expect(production.get("script-src")).toEqual(["'self'", "'nonce-abc123=='", "'strict-dynamic'"]);
    expect(production.get("object-src")).toEqual(["'none'"]);
    expect(production.get("base-uri")).toEqual(["'none'"]);
  });

  it("allows <style> elements through the nonce and only style attributes inline", () => {
    expect(production.get("style-src-elem")).toEqual(["'self'", "'nonce-abc123=='"]);
    expect(production.get("style-src-attr")).toEqual(["'unsafe-inline'"]);
  });

  it("without a tile URL, loads images, fonts and data from the site alone", () => {
    expect(production.get("default-src")).toEqual(["'self'"]);
    expect(production.get("img-src")).toEqual(["'self'"]);
    expect(production.get("connect-src")).toEqual(["'self'"]);
    expect(production.get("font-src")).toEqual(["'self'"]);
  });

  it("lets pages run workers from the site or a blob: URL (the network's force layout), nothing else", () => {
    expect(production.get("worker-src")).toEqual(["'self'", "blob:"]);
  });

  it("with a tile URL, allows images from its origin only", () => {
    const policy = directives(
      pagePolicy({ nonce: "n", pathname: "/carte", tileUrl: "https://{s}.tile.example.org/{z}/{x}/{y}.png" }),
    );
    expect(policy.get("img-src")).toEqual(["'self'", "https://*.tile.example.org"]);
    expect(policy.get("connect-src")).toEqual(["'self'"]);
  });

  it("no page can be framed", () => {
    for (const pathname of ["/", "/carte", "/projets/x", "/statistiques"]) {
      expect(directives(pagePolicy({ nonce: "n", pathname })).get("frame-ancestors")).toEqual(["'none'"]);
      expect(frameAncestorsFor(pathname)).toBe("'none'");
    }
  });

  it("adds eval and inline styles for `next dev` only", () => {
    const dev = directives(pagePolicy({ nonce: "n", pathname: "/", dev: true }));
    expect(dev.get("script-src")).toContain("'unsafe-eval'");
    expect(dev.get("style-src-elem")).toContain("'unsafe-inline'");
    expect(pagePolicy({ nonce: "n", pathname: "/" })).not.toContain("unsafe-eval");
  });
});

describe("tileSource", () => {
  it("keeps the scheme, host and port of the template", () => {
    expect(tileSource("https://tiles.example.org:8443/{z}/{x}/{y}.png?key=1")).toBe("https://tiles.example.org:8443");
    expect(tileSource("http://Tiles.Example.org/{z}/{x}/{y}.png")).toBe("http://tiles.example.org");
  });

  it("turns a {s} subdomain into a CSP wildcard", () => {
    expect(tileSource("https://{s}.tile.openstreetmap.org/{z}/{x}/{y}.png")).toBe("https://*.tile.openstreetmap.org");
  });

  it("refuses what CSP cannot express or what is not an http(s) URL", () => {
    expect(() => tileSource("https://tiles.{s}.example.org/{z}/{x}/{y}.png")).toThrow(/premier élément/);
    expect(() => tileSource("https://{s}.org/{z}/{x}/{y}.png")).toThrow(/premier élément/);
    expect(() => tileSource("/tiles/{z}/{x}/{y}.png")).toThrow(/http/);
  });
});

describe("the other headers", () => {
  it("non-page responses may load and run nothing, and cannot be framed", () => {
    const policy = directives(RESOURCE_POLICY);
    expect(policy.get("default-src")).toEqual(["'none'"]);
    expect(policy.get("frame-ancestors")).toEqual(["'none'"]);
  });

  it("every response refuses sniffing, sends only the origin elsewhere, and refuses powerful features", () => {
    const headers = Object.fromEntries(SECURITY_HEADERS.map(({ key, value }) => [key, value]));
    expect(headers["X-Content-Type-Options"]).toBe("nosniff");
    expect(headers["Referrer-Policy"]).toBe("strict-origin-when-cross-origin");
    for (const feature of ["camera", "microphone", "geolocation", "payment", "usb"]) {
      expect(headers["Permissions-Policy"]).toContain(`${feature}=()`);
    }
  });

  it("a nonce is 128 random bits in base64, fresh each time", () => {
    const nonces = new Set(Array.from({ length: 100 }, newNonce));
    expect(nonces.size).toBe(100);
    for (const nonce of nonces) expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  });
});
