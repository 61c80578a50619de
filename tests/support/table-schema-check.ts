import { parse } from "csv-parse/sync";

/**
 * A small Frictionless checker for the tests (no maintained Table Schema validator exists for
 * Node; `frictionless` is Python): every CSV's header against its fields, each cell against its
 * type and `required`, primary keys unique, and every foreign key found in the referenced table.
 */
type Field = { name: string; type: string; constraints?: { required?: boolean } };
type Resource = {
  name: string;
  path: string;
  schema: {
    fields: Field[];
    primaryKey: string[];
    foreignKeys: { fields: string[]; reference: { resource: string; fields: string[] } }[];
  };
};

const TYPE_CHECKS: Record<string, (v: string) => boolean> = {
  integer: (v) => /^-?\d+$/.test(v),
  number: (v) => v.trim() !== "" && Number.isFinite(Number(v)),
  date: (v) => /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(v)),
  boolean: (v) => v === "true" || v === "false",
  string: () => true,
};

export function checkDataPackage(descriptor: { resources: Resource[] }, files: Record<string, string>): string[] {
  const errors: string[] = [];
  const tables = new Map<string, Record<string, string>[]>();
  for (const resource of descriptor.resources) {
    const text = files[resource.path];
    if (text === undefined) {
      errors.push(`${resource.path}: absent`);
      continue;
    }
    const [header, ...rows] = parse(text, { bom: true }) as string[][];
    const names = resource.schema.fields.map((f) => f.name);
    if (header.join(",") !== names.join(",")) errors.push(`${resource.path}: en-tête ${header} ≠ ${names}`);
    const records = rows.map((row) => Object.fromEntries(names.map((n, i) => [n, row[i] ?? ""])));
    records.forEach((record, i) => {
      for (const field of resource.schema.fields) {
        const value = record[field.name];
        if (value === "") {
          if (field.constraints?.required) errors.push(`${resource.path} ligne ${i + 2}: ${field.name} requis`);
          continue;
        }
        if (!TYPE_CHECKS[field.type](value))
          errors.push(`${resource.path} ligne ${i + 2}: ${field.name}=${value} n'est pas ${field.type}`);
      }
    });
    const keys = records.map((r) => resource.schema.primaryKey.map((k) => r[k]).join("\u0000"));
    if (new Set(keys).size !== keys.length) errors.push(`${resource.path}: clé primaire en double`);
    tables.set(resource.name, records);
  }
  for (const resource of descriptor.resources) {
    for (const fk of resource.schema.foreignKeys) {
      const target = new Set(
        (tables.get(fk.reference.resource) ?? []).map((r) => fk.reference.fields.map((k) => r[k]).join("\u0000")),
      );
      for (const record of tables.get(resource.name) ?? []) {
        const values = fk.fields.map((k) => record[k]);
        if (values.every((v) => v === "")) continue;
        if (!target.has(values.join("\u0000")))
          errors.push(`${resource.path}: ${fk.fields}=${values} absent de ${fk.reference.resource}`);
      }
    }
  }
  return errors;
}
