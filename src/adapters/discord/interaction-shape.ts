import { z } from 'zod';

/**
 * The fields of a raw interaction (HTTP endpoint) the bot reads, checked before it reads them: a signed
 * body can still be `null`, or carry `member.permissions: "not-a-number"` (issue #10). Loose objects:
 * Discord adds fields over time, and those are not ours to refuse.
 */
const Snowflake = z.string().regex(/^\d{1,25}$/);
const Options: z.ZodType<unknown> = z.lazy(() =>
  z.array(
    z.looseObject({
      name: z.string(),
      type: z.number(),
      value: z.union([z.string(), z.number(), z.boolean()]).optional(),
      focused: z.boolean().optional(),
      options: Options.optional(),
    }),
  ),
);

export const RawInteractionSchema = z.looseObject({
  id: Snowflake,
  type: z.number().int(),
  token: z.string().optional(),
  application_id: z.string().optional(),
  guild_id: Snowflake.optional(),
  locale: z.string().optional(),
  channel: z
    .looseObject({ id: Snowflake, type: z.number().int(), parent_id: Snowflake.nullish() })
    .optional(),
  member: z
    .looseObject({ user: z.looseObject({ id: Snowflake }), permissions: z.string().regex(/^\d{1,25}$/) })
    .optional(),
  user: z.looseObject({ id: Snowflake }).optional(),
  data: z
    .looseObject({
      name: z.string().optional(),
      options: Options.optional(),
      custom_id: z.string().optional(),
      component_type: z.number().optional(),
    })
    .optional(),
  message: z
    .looseObject({
      components: z
        .array(
          z.looseObject({
            type: z.number(),
            components: z.array(z.looseObject({ type: z.number(), label: z.string().optional() })).optional(),
          }),
        )
        .optional(),
    })
    .optional(),
});

/** What is wrong with a parsed interaction body, or null. PING needs only its type. */
export function interactionProblem(body: unknown): string | null {
  if (typeof body === 'object' && body !== null && (body as { type?: unknown }).type === 1) return null;
  const parsed = RawInteractionSchema.safeParse(body);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return `${issue?.path.join('.') || 'body'}: ${issue?.message ?? 'invalid'}`;
  }
  const i = parsed.data;
  if (i.type !== 1 && typeof i.token !== 'string') return 'token: missing';
  if ((i.type === 2 || i.type === 4) && (!i.data || typeof i.data.name !== 'string'))
    return 'data.name: a command interaction needs its command';
  if (i.type === 3 && (!i.data || typeof i.data.custom_id !== 'string' || !i.message))
    return 'data.custom_id: a component interaction needs its id and message';
  return null;
}
