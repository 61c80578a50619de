import { z } from "zod";
import { hasControlChars } from "../text/control-chars";

/**
 * The one shape of a path segment read by a page or a route (a project's or collectivité's slug,
 * a country code, a contact key): decoded once, bounded, and refused when it holds a control
 * character, which names nothing and which PostgreSQL refuses in text (NUL: error 22021).
 * A refused segment is an unknown page: the caller answers 404.
 */
function decodeSegment(raw: string): string {
  // Next may hand the segment still percent-encoded; a malformed escape is just an unknown name.
  if (!raw.includes("%")) return raw;
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

export const pathSegment = z
  .string()
  .transform(decodeSegment)
  .pipe(
    z
      .string()
      .min(1)
      .max(300)
      .refine((value) => !hasControlChars(value)),
  );

/** A country's ISO alpha-2 code, read in either case and given in upper case (the country page redirects to it). */
export const countryCodeSegment = pathSegment.pipe(
  z
    .string()
    .regex(/^[A-Za-z]{2}$/)
    .transform((code) => code.toUpperCase()),
);

/** A place of a map: a collectivité's id, a positive 32-bit integer. */
export const placeIdSegment = pathSegment
  .pipe(
    z
      .string()
      .regex(/^[1-9]\d{0,9}$/)
      .transform(Number),
  )
  .pipe(z.number().max(2_147_483_647));

/** The segment as the schema reads it, or null when it is refused. */
export function readSegment<T>(schema: z.ZodType<T, string>, raw: string): T | null {
  const parsed = schema.safeParse(raw);
  return parsed.success ? parsed.data : null;
}
