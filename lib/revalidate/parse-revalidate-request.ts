import { z } from 'zod';

const MAX_SLUGS = 1_000;

export const revalidateRequestSchema = z
  .strictObject({
    /** Articles whose pages changed (added, edited or removed). */
    slugs: z.array(z.string().trim().min(1).max(200)).max(MAX_SLUGS).optional(),
    /** Every page, for a change that touches all of them (site config, sections, authors). */
    all: z.boolean().optional(),
  })
  .refine(
    (request) => request.all === true || (request.slugs?.length ?? 0) > 0,
    'expected "slugs" with at least one slug, or "all": true',
  );

export type RevalidateRequest = z.infer<typeof revalidateRequestSchema>;

const EXPECTED = 'expected a JSON body like {"slugs": ["northern-rail-fares-freeze"]} or {"all": true}';

/**
 * Reads the body of `POST /api/revalidate`; a failure says what was expected and what was found.
 * @example parseRevalidateRequest('{"all":true}') // { ok: true, value: { all: true } }
 */
export function parseRevalidateRequest(
  body: string,
): { ok: true; value: RevalidateRequest } | { ok: false; message: string } {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return {
      ok: false,
      message: `${EXPECTED}, found ${body.trim() ? 'text that is not JSON' : 'an empty body'}`,
    };
  }
  const parsed = revalidateRequestSchema.safeParse(json);
  if (parsed.success) return { ok: true, value: parsed.data };
  const issue = parsed.error.issues[0];
  const field = issue?.path.length ? `"${issue.path.join('.')}": ` : '';
  return { ok: false, message: `${EXPECTED}; ${field}${issue?.message ?? 'invalid body'}` };
}
