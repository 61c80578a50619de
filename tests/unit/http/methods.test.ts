import { describe, expect, it } from "vitest";
import { ALLOW_READ_ONLY, READ_ONLY_ROUTE } from "../../../lib/http/methods";

describe("read-only routes", () => {
  it("answer every writing method with 405 and the Allow header", async () => {
    for (const method of ["POST", "PUT", "PATCH", "DELETE"] as const) {
      const response = READ_ONLY_ROUTE[method]();
      expect(response.status, method).toBe(405);
      expect(response.headers.get("Allow")).toBe("GET, HEAD, OPTIONS");
      const body = await response.json();
      expect(body.error.code, "the API's error shape").toBe("method_not_allowed");
      expect(body.error.message).toContain("Méthode non autorisée");
    }
  });

  it("answer OPTIONS with the read methods only", () => {
    const response = READ_ONLY_ROUTE.OPTIONS();
    expect(response.status).toBe(204);
    expect(response.headers.get("Allow")).toBe(ALLOW_READ_ONLY);
    expect(ALLOW_READ_ONLY).toBe("GET, HEAD, OPTIONS");
  });
});
