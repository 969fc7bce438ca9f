// Prisma CLI configuration. `engine: 'js'` makes the CLI use its bundled WebAssembly schema
// engine instead of downloading the native one, so `prisma generate` and
// `prisma migrate diff` work on machines that reach only the npm registry. The adapter is an
// in-memory PGlite: the CLI never needs a running database for what this project asks of it.
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { defineConfig, type PrismaConfig } from 'prisma/config';

// The schema's datasource names DATABASE_URL, and the CLI refuses to read the schema while it is
// unset; at run time the client connects through a driver adapter (src/db/client.ts) and the URL
// in the schema is never used, so the CLI gets a placeholder when none is given.
process.env.DATABASE_URL ??= 'postgresql://unused.invalid/jixiao';

export default defineConfig({
  experimental: { adapter: true },
  engine: 'js',
  schema: path.join('prisma', 'schema.prisma'),
  migrations: { path: path.join('prisma', 'migrations') },
  // pglite-prisma-adapter is typed against an older @prisma/driver-adapter-utils; same interface at run time.
  adapter: async () => new PrismaPGlite(new PGlite()) as unknown as Awaited<ReturnType<Extract<PrismaConfig, { engine: 'js' }>['adapter']>>,
});
