import { afterEach, describe, expect, it, vi } from "vitest";
import { publicOrigin } from "../../../lib/http/public-origin";

const request = (headers: Record<string, string>, url = "http://localhost:3000/api/projects") =>
  new Request(url, { headers });

describe("publicOrigin", () => {
  afterEach(() => vi.unstubAllEnvs());

  it("uses the Host header rather than the server's own localhost URL", () => {
    expect(publicOrigin(request({ host: "atlas.example.org" }))).toBe("http://atlas.example.org");
    expect(publicOrigin(request({ host: "127.0.0.1:3161" }))).toBe("http://127.0.0.1:3161");
  });

  it("prefers the first X-Forwarded-Host and X-Forwarded-Proto set by a reverse proxy", () => {
    const forwarded = request({
      host: "127.0.0.1:3000",
      "x-forwarded-host": "atlas.gouv.fr, inner",
      "x-forwarded-proto": "https,http",
    });
    expect(publicOrigin(forwarded)).toBe("https://atlas.gouv.fr");
  });

  it("ignores header values that are not a host name or not http(s)", () => {
    const forged = request({ host: "evil.example/path", "x-forwarded-host": "a b", "x-forwarded-proto": "javascript" });
    expect(publicOrigin(forged)).toBe("http://localhost:3000");
    expect(publicOrigin(request({ host: "[::1]:3000" }))).toBe("http://[::1]:3000");
  });

  it("ATLAS_PUBLIC_URL wins over every header, without its trailing slash", () => {
    vi.stubEnv("ATLAS_PUBLIC_URL", "https://atlas.diplomatie.gouv.fr/");
    expect(publicOrigin(request({ host: "atlas.example.org", "x-forwarded-host": "other" }))).toBe(
      "https://atlas.diplomatie.gouv.fr",
    );
    vi.stubEnv("ATLAS_PUBLIC_URL", "https://example.org/atlas/");
    expect(publicOrigin(request({}))).toBe("https://example.org/atlas");
  });

  it("an invalid ATLAS_PUBLIC_URL is ignored with a warning, not a failure", () => {
    vi.stubEnv("ATLAS_PUBLIC_URL", "ftp://nope");
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    expect(publicOrigin(request({ host: "atlas.example.org" }))).toBe("http://atlas.example.org");
    expect(warn).toHaveBeenCalled();
    warn.mockRestore();
  });
});
