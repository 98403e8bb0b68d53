import { writeFile } from 'node:fs/promises';
import { factBaseJsonSchema } from './core/factbase/json-schema.js';

/** `npm run facts:schema`: writes data/factbase.schema.json from the zod schema. */
const out = process.argv[2] ?? 'data/factbase.schema.json';
await writeFile(out, factBaseJsonSchema());
process.stdout.write(`wrote ${out}\n`);
