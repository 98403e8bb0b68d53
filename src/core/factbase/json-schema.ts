import { z } from 'zod';
import { FactBase } from './schema.js';

/** The fact base's JSON Schema (for editor completion), generated from the zod schema. Pure. */
export function factBaseJsonSchema(): string {
  const schema = z.toJSONSchema(FactBase, { io: 'input', target: 'draft-2020-12' });
  return `${JSON.stringify(schema, null, 2)}\n`;
}
