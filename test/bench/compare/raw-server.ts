import { createServer } from 'node:http';
import pg from 'pg';
import { RAW_SQL } from './queries';

/**
 * The physical-limit arm: a minimal Node HTTP server answering each named query with one hand-written
 * SQL statement that builds the whole JSON response (no auth, no GraphQL). Body: `{ "query": name, "params": [...] }`.
 */
const pool = new pg.Pool({ connectionString: process.env.BENCH_DB_URL, max: 10 });
const server = createServer((req, res) => {
  let body = '';
  req.on('data', (c: Buffer) => (body += c));
  req.on('end', async () => {
    try {
      const { query, params } = JSON.parse(body) as { query: keyof typeof RAW_SQL; params: unknown[] };
      const { rows } = await pool.query<{ data: unknown }>(RAW_SQL[query], params);
      res.writeHead(200, { 'content-type': 'application/json' }).end(`{"data":${JSON.stringify(rows[0]!.data)}}`);
    } catch (e) {
      res.writeHead(500).end(JSON.stringify({ errors: [{ message: String(e) }] }));
    }
  });
});
server.listen(0, '127.0.0.1', () => {
  const { port } = server.address() as { port: number };
  process.stdout.write(`${JSON.stringify({ url: `http://127.0.0.1:${port}/` })}\n`);
});
process.on('SIGTERM', () => void pool.end().then(() => process.exit(0)));
