// The core keeps the mechanism and knows no domain: nothing under api/src/core may import api/src/modules.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const core = resolve('api/src/core');
const modules = resolve('api/src/modules');
const offences = [];
for (const entry of readdirSync(core, { recursive: true })) {
  if (!/\.tsx?$/.test(entry)) continue;
  const file = join(core, entry);
  for (const [, spec] of readFileSync(file, 'utf8').matchAll(/(?:from|import|require\()\s*['"]([^'"]+)['"]/g)) {
    if (spec.startsWith('.') && resolve(dirname(file), spec).startsWith(modules)) offences.push(`${relative('.', file)} imports ${spec}`);
  }
}
if (offences.length) {
  console.error(`api/src/core must not import api/src/modules:\n  ${offences.join('\n  ')}`);
  process.exit(1);
}
console.log('api/src/core imports no module');
