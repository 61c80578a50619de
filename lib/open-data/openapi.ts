import { z } from "zod";
import { apiErrorSchema } from "../http/api-error";
import { filterTitleKey, frenchSearchLabels, variantKey } from "../search/filter-messages";
import { type Filter, FILTERS } from "../search/filter-registry";
import { SORT_VALUES } from "../search/params";
import { API_OPERATIONS, type ApiOperation, type ExampleKey } from "./api-catalog";

/**
 * The OpenAPI 3.1 document of the API, generated from the zod schemas of lib/open-data/api-catalog.ts
 * and of the search filters (lib/search/filter-registry.ts): nothing here is written beside them.
 */
type JsonSchema = Record<string, unknown>;
const COMPONENT = (id: string) => `#/components/schemas/${id}`;

/** A parameter's schema, inline. */
function jsonSchema(schema: z.ZodType, io: "input" | "output" = "output"): JsonSchema {
  const { $schema: _drop, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: "any" }) as JsonSchema;
  return rest;
}

/** A response's schema: a reference to its component when it is named (they all are). */
function responseSchema(schema: z.ZodType): JsonSchema {
  const id = z.globalRegistry.get(schema)?.id;
  return id ? { $ref: COMPONENT(id) } : jsonSchema(schema);
}

/** The named schemas (`.meta({ id })`), each once, referenced by the operations. */
function componentSchemas(): Record<string, JsonSchema> {
  const { schemas } = z.toJSONSchema(z.globalRegistry, { uri: COMPONENT, unrepresentable: "any" }) as {
    schemas: Record<string, JsonSchema>;
  };
  return Object.fromEntries(Object.entries(schemas).map(([id, { $schema: _drop, $id: _id, ...rest }]) => [id, rest]));
}

/** The shared search parameters, one per filter field, with the filter's French title as meaning. */
function searchParameters(): JsonSchema[] {
  const list = (name: string, description: string, item: z.ZodType) => ({
    name,
    in: "query",
    description,
    style: "form",
    explode: true,
    schema: { type: "array", items: jsonSchema(item, "input") },
  });
  const one = (name: string, description: string, schema: JsonSchema) => ({ name, in: "query", description, schema });
  return [
    one("q", "Texte cherché (titres, descriptions, noms de partenaires ; 200 caractères au plus)", { type: "string" }),
    one("sort", "Ordre des résultats (par défaut : pertinence avec q, sinon année de début)", {
      type: "string",
      enum: [...SORT_VALUES],
    }),
    ...FILTERS.flatMap((filter) => {
      if (filter.kind === "range") {
        return [
          one(filter.from, `${title(filter)} : à partir de`, jsonSchema(filter.item, "input")),
          one(filter.to, `${title(filter)} : jusqu'à`, jsonSchema(filter.item, "input")),
        ];
      }
      const variant = filter.variant
        ? [
            one(
              filter.variant.flag,
              `${title(filter)} : ${frenchSearchLabels(variantKey(filter, "variantOff")).toLowerCase()} (1 ou true)`,
              {
                type: "string",
                enum: ["1", "true"],
              },
            ),
          ]
        : [];
      return [
        list(filter.key, `${title(filter)} (valeurs répétées ou séparées par des virgules)`, filter.item),
        ...variant,
      ];
    }),
  ];
}

/** The API documentation is French: a filter's French title. */
const title = (filter: Filter) => frenchSearchLabels(filterTitleKey(filter));

const ERROR_TEXT: Record<number, string> = {
  400: "Paramètre refusé",
  404: "Introuvable",
  405: "Méthode non autorisée",
};

function operation(op: ApiOperation, examples: Partial<Record<ExampleKey, string>>): JsonSchema {
  const pathParams = Object.entries(op.pathParams ?? {}).map(([name, p]) => ({
    name,
    in: "path",
    required: true,
    description: p.description,
    schema: jsonSchema(p.schema, "input"),
    ...(examples[p.example] ? { example: examples[p.example] } : {}),
  }));
  const query = Object.entries(op.query ?? {}).map(([name, q]) => ({
    name,
    in: "query",
    description: q.description,
    schema: jsonSchema(q.schema, "input"),
  }));
  const errorResponse = (status: number) => [
    String(status),
    {
      description: ERROR_TEXT[status],
      content: { "application/json": { schema: { $ref: COMPONENT("Error") } } },
    },
  ];
  return {
    summary: op.summary,
    ...(op.description ? { description: op.description } : {}),
    parameters: [...pathParams, ...(op.searchParams ? searchParameters() : []), ...query],
    responses: {
      200: {
        description: op.response.description,
        headers: {
          ETag: { description: "Version des données : renvoyez-la dans If-None-Match", schema: { type: "string" } },
        },
        content: {
          [op.response.mediaType]: {
            schema: op.response.schema ? responseSchema(op.response.schema) : { type: "string" },
          },
        },
      },
      304: { description: "Inchangé depuis la version indiquée dans If-None-Match" },
      ...Object.fromEntries([...op.errors, 405].map(errorResponse)),
    },
  };
}

export function openApiDocument(origin: string, examples: Partial<Record<ExampleKey, string>>): JsonSchema {
  apiErrorSchema.parse({ error: { code: "not_found", message: "" } }); // keeps the Error schema registered
  return {
    openapi: "3.1.0",
    info: {
      title: "API de l'Atlas de la coopération décentralisée",
      version: "1",
      description:
        'Données ouvertes de l\'atlas, en lecture seule. Les erreurs ont la forme { "error": { "code", "message" } }.',
      license: { name: "Licence Ouverte / Open Licence 2.0", identifier: "etalab-2.0" },
    },
    servers: [{ url: origin }],
    paths: Object.fromEntries(API_OPERATIONS.map((op) => [op.path, { get: operation(op, examples) }])),
    components: { schemas: componentSchemas() },
  };
}
