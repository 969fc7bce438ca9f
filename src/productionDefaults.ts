/**
 * NODE_ENV is "production" unless set (src/config.ts reads it so), and the libraries that read it
 * themselves must see the same: graphql-js's development build checks every `instanceof` for a
 * second copy of itself (a few percent of every request), Prisma's captures a stack trace for every
 * query to format its errors. The entry points import this module first, before those load.
 */
process.env.NODE_ENV ??= 'production';
