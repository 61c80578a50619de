import { describe, expect, it } from "vitest";
import { cachedUntilImport } from "@/lib/search/data-version";

// Versions as DATA_VERSION_SQL writes them: database oid, sequence value, is_called.
const counter = () => {
  let calls = 0;
  return { compute: async () => ++calls, calls: () => calls };
};

describe("cachedUntilImport", () => {
  it("computes once per version and again after a bump", async () => {
    const c = counter();
    expect(await cachedUntilImport("900:1false", "a", c.compute)).toBe(1);
    expect(await cachedUntilImport("900:1false", "a", c.compute)).toBe(1);
    expect(await cachedUntilImport("900:1true", "a", c.compute)).toBe(2);
    expect(await cachedUntilImport("900:2true", "a", c.compute)).toBe(3);
  });

  it("does not go back to an older version read by a request that started before the bump", async () => {
    // During an import, requests that read the version before a bump arrive after those that read
    // it after: each one dropping the other's entry made the facet index reload over and over.
    const c = counter();
    expect(await cachedUntilImport("901:7true", "b", c.compute)).toBe(1);
    expect(await cachedUntilImport("901:6true", "b", c.compute)).toBe(1);
    expect(await cachedUntilImport("901:7true", "b", c.compute)).toBe(1);
    expect(c.calls()).toBe(1);
  });

  it("starts over for another database, whatever its sequence value", async () => {
    const c = counter();
    expect(await cachedUntilImport("902:9true", "c", c.compute)).toBe(1);
    expect(await cachedUntilImport("903:1true", "c", c.compute)).toBe(2);
  });
});
