import { NextResponse } from "next/server";
import { z } from "zod";

/**
 * The one shape of an API error, `{ "error": { "code", "message" } }`: `code` is stable and meant
 * for programs, `message` is French and meant for people. The OpenAPI document describes every
 * error with `apiErrorSchema`.
 */
export const API_ERROR_CODES = ["bad_request", "not_found", "method_not_allowed", "internal_error"] as const;
export type ApiErrorCode = (typeof API_ERROR_CODES)[number];

export const apiErrorSchema = z
  .object({
    error: z.object({
      code: z.enum(API_ERROR_CODES).describe("Code stable, pour les programmes"),
      message: z.string().describe("Explication en français, pour les personnes"),
    }),
  })
  .meta({ id: "Error" });

export function apiError(status: number, code: ApiErrorCode, message: string, headers?: HeadersInit): NextResponse {
  return NextResponse.json({ error: { code, message } }, { status, headers });
}

export const badRequest = (message: string) => apiError(400, "bad_request", message);
export const notFound = (message: string) => apiError(404, "not_found", message);
