import { z } from "zod";

/** The scalar fields every API schema is made of. */
export const id = z.number().int();
export const year = z.number().int().nullable();
export const text = z.string().nullable();
