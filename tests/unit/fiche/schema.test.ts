import { describe, expect, it } from "vitest";
import { z } from "zod";
import { FICHE_KEYS, ficheSchema } from "@/lib/fiche";
import { readFixture } from "./helpers";

type Json = { [k: string]: unknown };

/** Follows $ref and nullable wrappers (oneOf/anyOf with a null branch) to the object/array node. */
function resolve(node: Json, root: Json): Json {
  let n = node;
  for (let i = 0; i < 10; i++) {
    if (typeof n.$ref === "string") {
      const parts = (n.$ref as string).replace(/^#\//, "").split("/");
      n = parts.reduce<Json>((acc, p) => acc[p] as Json, root);
      continue;
    }
    const union = (n.oneOf ?? n.anyOf) as Json[] | undefined;
    if (union) {
      n = union.find((b) => b.type !== "null") ?? n;
      if (n.oneOf || n.anyOf || n.$ref) continue;
    }
    break;
  }
  return n;
}

/** The structure that matters for the contract: required keys (in order) per object, recursively. */
function shape(node: Json, root: Json): unknown {
  const n = resolve(node, root);
  if (n.properties) {
    const props = n.properties as Record<string, Json>;
    return {
      required: n.required,
      additionalProperties: n.additionalProperties,
      properties: Object.fromEntries(
        Object.keys(props)
          .sort()
          .map((k) => [k, shape(props[k], root)]),
      ),
    };
  }
  if (n.items) return { items: shape(n.items as Json, root) };
  return null;
}

describe("zod schema mirrors tests/fixtures/fiche.schema.json", () => {
  const contract = JSON.parse(readFixture("tests/fixtures/fiche.schema.json")) as Json;
  const mirror = z.toJSONSchema(ficheSchema) as Json;

  it("same objects, required keys and order, closed objects", () => {
    const expected = shape(contract, contract) as { properties: Record<string, unknown> };
    expect(Object.keys(expected.properties)).toHaveLength(25);
    expect(expected.properties.embassyPosts).toMatchObject({
      items: { properties: { contacts: { items: { required: ["role", "name", "email"] } } } },
    });
    expect(shape(mirror, mirror)).toEqual(expected);
  });

  it("output key order is the contract's required order", () => {
    expect(FICHE_KEYS).toEqual(contract.required);
  });

  it("enforces the contract's value constraints", () => {
    const base = JSON.parse(readFixture("tests/fixtures/expected/000_437bd9e9f0292f51.json"));
    expect(ficheSchema.safeParse(base).success).toBe(true);
    expect(ficheSchema.safeParse({ ...base, title: "" }).success).toBe(false);
    expect(ficheSchema.safeParse({ ...base, endDate: "31/12/2023" }).success).toBe(false);
    expect(ficheSchema.safeParse({ ...base, sdgs: [{ goal: 18, label: null, priority: null }] }).success).toBe(false);
    expect(ficheSchema.safeParse({ ...base, conventionYear: 2017.5 }).success).toBe(false);
    expect(ficheSchema.safeParse({ ...base, extra: 1 }).success).toBe(false);
    expect(ficheSchema.safeParse({ ...base, format: "pdf" }).success).toBe(false);
  });
});
