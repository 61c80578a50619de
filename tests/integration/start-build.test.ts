import { afterEach, describe, expect, it } from "vitest";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { buildIsCurrent, recordBuild, sourceHash } from "../../scripts/support/build-stamp";
import { spawnNext, webHost } from "../../scripts/support/app-server";
import { listeningAddresses, waitFor } from "./start-support";

function sourceTree(): string {
  const root = mkdtempSync(path.join(os.tmpdir(), "atlas-build-stamp-"));
  const files: Record<string, string> = {
    "app/page.tsx": "export default function Page() { return null; }",
    "lib/search/query.ts": "export const a = 1;",
    "lib/generated/prisma/client.ts": "generated",
    "package-lock.json": "{}",
    "tests/unit/a.test.ts": "test",
    ".data/pg.password": "secret",
    "seeds/001.txt": "Titre",
  };
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), content);
  }
  return root;
}

describe("the build is redone when its sources change (git pull)", () => {
  let root = "";
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it("changes the source hash for a changed source, not for tests, data, seeds or generated code", () => {
    root = sourceTree();
    const before = sourceHash(root);
    for (const unrelated of [
      "tests/unit/a.test.ts",
      ".data/pg.password",
      "seeds/001.txt",
      "lib/generated/prisma/client.ts",
    ]) {
      writeFileSync(path.join(root, unrelated), "changed");
      expect(sourceHash(root), unrelated).toBe(before);
    }
    writeFileSync(path.join(root, "lib/search/query.ts"), "export const a = 2;");
    expect(sourceHash(root)).not.toBe(before);
    writeFileSync(path.join(root, "lib/search/query.ts"), "export const a = 1;");
    writeFileSync(path.join(root, "package-lock.json"), '{"lockfileVersion":3}');
    expect(sourceHash(root)).not.toBe(before);
  });

  it("counts a build as current only when it was made from the present sources", () => {
    root = sourceTree();
    mkdirSync(path.join(root, ".next"));
    writeFileSync(path.join(root, ".next/BUILD_ID"), "abc");
    expect(buildIsCurrent(root)).toBe(false); // a build from before the stamp existed
    recordBuild(sourceHash(root), root);
    expect(buildIsCurrent(root)).toBe(true);
    writeFileSync(path.join(root, "app/page.tsx"), "export default function Page() { return 1; }");
    expect(buildIsCurrent(root)).toBe(false);
  });
});

describe("the web server's address", () => {
  it("is the loopback unless HOST says otherwise", async () => {
    expect(webHost({ NODE_ENV: "test" })).toBe("127.0.0.1");
    expect(webHost({ NODE_ENV: "test", HOST: "0.0.0.0" })).toBe("0.0.0.0");
    const port = Number(process.env.ATLAS_E2E_PORT ?? 3100);
    const env = { ...process.env, HOST: undefined, DATABASE_URL: "postgresql://nobody@127.0.0.1:1/none" };
    const child = spawnNext("dev", port, env, "pipe");
    try {
      const addresses = await waitFor(
        "next dev à l'écoute",
        () => listeningAddresses(port).length > 0 && listeningAddresses(port),
        120_000,
      );
      expect(addresses).toEqual(["127.0.0.1"]);
    } finally {
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGTERM");
      await exited;
    }
  }, 180_000);
});
