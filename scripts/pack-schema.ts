/** `npm run pack:schema`: writes docs/pack-format.schema.json from the zod definition. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { packFileSchema } from '../lib/pack/file/schema';

const out = join(import.meta.dirname, '..', 'docs', 'pack-format.schema.json');
const schema = {
  $id: 'https://backstory.invalid/pack-format.schema.json',
  title: 'Backstory pack file (*.backstory.json)',
  ...z.toJSONSchema(packFileSchema, { target: 'draft-2020-12', unrepresentable: 'any' }),
};
writeFileSync(out, JSON.stringify(schema, null, 2) + '\n');
console.log(`wrote ${out}`);
