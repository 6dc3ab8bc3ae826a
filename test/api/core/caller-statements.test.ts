import { callerFor, STATEMENT_KEPT_MAX_CHARS } from '../../../api/src/core/context';
import type { Statement } from '../../../api/src/core/rows';
import { registry } from '../../../api/src/modules';

/** A caller's kept statements: `render` counts how often each key was rendered. */
function statementsOf() {
  const caller = callerFor(registry, null);
  const rendered: string[] = [];
  const ask = (key: string, sql = `select ${key}`) =>
    caller.statement(key, (): Statement => {
      rendered.push(key);
      return { sql, params: [] };
    });
  return { ask, rendered };
}

describe("a caller's kept statements", () => {
  it('renders a key once and gives the same statement again', () => {
    const { ask, rendered } = statementsOf();
    const first = ask('a');
    expect(ask('a')).toBe(first);
    expect(rendered).toEqual(['a']);
  });

  it('keeps the 8 keys used last: the ninth pushes out the one unused longest', () => {
    const { ask, rendered } = statementsOf();
    for (const key of ['k1', 'k2', 'k3', 'k4', 'k5', 'k6', 'k7', 'k8']) ask(key);
    ask('k1'); // used again: now k2 is the oldest
    ask('k9');
    rendered.length = 0;
    ask('k1');
    ask('k3');
    ask('k2');
    expect(rendered).toEqual(['k2']);
  });

  it('does not keep a statement longer than the bound: a filter of hundreds of ids is rendered each time', () => {
    const { ask, rendered } = statementsOf();
    const long = `select ${'?,'.repeat(STATEMENT_KEPT_MAX_CHARS)}1`;
    ask('ids', long);
    ask('ids', long);
    ask('short');
    ask('short');
    expect(rendered).toEqual(['ids', 'ids', 'short']);
  });
});
