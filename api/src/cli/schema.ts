import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT_DIR } from '../config';
import { schemaSdl } from '../schema';

/** `schema.ts` writes schema/schema.graphql; `schema.ts --check` fails when the committed file is stale. */
async function main(check: boolean) {
  const file = join(ROOT_DIR, 'schema', 'schema.graphql');
  const sdl = await schemaSdl();
  if (!check) {
    writeFileSync(file, sdl);
    console.log(`wrote ${file}`);
    return;
  }
  let committed = '';
  try {
    committed = readFileSync(file, 'utf8');
  } catch {
    /* missing counts as stale */
  }
  if (committed !== sdl) {
    console.error('schema/schema.graphql differs from the emitted schema: run `npm run schema` and commit it');
    process.exit(1);
  }
  console.log('schema/schema.graphql is current');
}

main(process.argv.includes('--check')).catch((e) => {
  console.error(e);
  process.exit(1);
});
