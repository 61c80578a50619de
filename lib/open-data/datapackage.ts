import "server-only";
import { zipSync, strToU8 } from "fflate";
import { prisma } from "../db/client";
import { toCsv, type CsvCell } from "../export/csv";
import { PACKAGE_LICENSE } from "./license";
import { PACKAGE_TABLES, type PackageTable } from "./package-tables";

export { PACKAGE_LICENSE };

/**
 * The atlas as a Frictionless Data Package (https://specs.frictionlessdata.io/data-package/):
 * datapackage.json describing one CSV per table of lib/open-data/package-tables.ts.
 */

function descriptor(origin: string, modified: string) {
  return {
    profile: "tabular-data-package",
    name: "atlas-cooperation-decentralisee",
    title: "Atlas de la coopération décentralisée française",
    homepage: `${origin}/donnees`,
    created: modified,
    licenses: [PACKAGE_LICENSE],
    sources: [{ title: "Fiches projets de l'Atlas français de la coopération décentralisée (MEAE, CNCD)" }],
    resources: PACKAGE_TABLES.map((table) => ({
      name: table.name,
      title: table.title,
      path: `${table.name}.csv`,
      profile: "tabular-data-resource",
      format: "csv",
      mediatype: "text/csv",
      encoding: "utf-8",
      schema: {
        fields: table.fields.map(({ required, ...field }) =>
          required ? { ...field, constraints: { required: true } } : field,
        ),
        primaryKey: table.primaryKey,
        foreignKeys: table.foreignKeys,
      },
    })),
  };
}

async function tableCsv(table: PackageTable): Promise<string> {
  const rows = await prisma().$queryRaw<Record<string, CsvCell | boolean>[]>(table.sql);
  return toCsv(
    table.fields.map((f) => f.name),
    rows.map((row) =>
      table.fields.map((f) => {
        const value = row[f.name];
        return typeof value === "boolean" ? String(value) : value;
      }),
    ),
  );
}

/** Every file of the package, by name. */
export async function dataPackageFiles(origin: string): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  for (const table of PACKAGE_TABLES) files[`${table.name}.csv`] = await tableCsv(table);
  const [{ modified }] = await prisma().$queryRaw<
    { modified: Date | null }[]
  >`SELECT max(updated_at) AS modified FROM project`;
  files["datapackage.json"] =
    `${JSON.stringify(descriptor(origin, (modified ?? new Date()).toISOString()), null, 2)}\n`;
  return files;
}

export function zipFiles(files: Record<string, string>): Uint8Array {
  return zipSync(Object.fromEntries(Object.entries(files).map(([name, text]) => [name, strToU8(text)])), { level: 6 });
}
