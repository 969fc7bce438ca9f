/**
 * `npm run keys -- create --role uploader|admin|reader [--region CODE | --organization ID] [--name NAME]`,
 * `npm run keys -- list`, `npm run keys -- revoke ID|PREFIX`: manages API keys. A new key is
 * printed once; only its SHA-256 is stored.
 *
 * Like the import command, it goes through the running server when one is up (its admin endpoints,
 * with JIXIAO_API_KEY or the server's key for local clients from its lock file), and opens the
 * database itself only when none is — holding the embedded database's lock meanwhile.
 */
import os from 'node:os';
import { parseArgs } from 'node:util';
import { writeAudit } from '../api/audit';
import type { Caller } from '../api/caller';
import { createKey, KeyError, listKeys, revokeKey, type KeyInfo } from '../api/keys';
import { readConfig } from '../config';
import { openDatabase } from '../db/database';
import { migrate } from '../db/migrate';
import { ensureReferenceData } from '../db/referenceData';
import { ApiKeyRole } from '../generated/prisma';
import { findServer, type ServerTarget } from './serverClient';

const USAGE = `usage: npm run keys -- create --role uploader|admin|reader [--region CODE | --organization ID] [--name NAME]
       npm run keys -- list
       npm run keys -- revoke ID|PREFIX`;

class UsageError extends Error {}

type Command =
  | { action: 'create'; role: ApiKeyRole; regionCode?: string; organizationId?: number; name?: string }
  | { action: 'list' }
  | { action: 'revoke'; target: string };

function parse(): Command {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { role: { type: 'string' }, region: { type: 'string' }, organization: { type: 'string' }, name: { type: 'string' } },
  });
  const [action, ...rest] = positionals;
  if (action === 'list' && rest.length === 0) return { action };
  if (action === 'revoke' && rest.length === 1) return { action, target: rest[0]! };
  if (action === 'create' && rest.length === 0) {
    const role = (values.role ?? '').toUpperCase();
    if (!(role in ApiKeyRole)) throw new UsageError('--role must be uploader, admin or reader');
    if (values.organization !== undefined && !/^\d+$/.test(values.organization))
      throw new UsageError('--organization takes an organization id (a number)');
    return {
      action,
      role: role as ApiKeyRole,
      regionCode: values.region,
      organizationId: values.organization === undefined ? undefined : Number(values.organization),
      name: values.name,
    };
  }
  throw new UsageError(action ? `unknown or incomplete command: ${positionals.join(' ')}` : 'no command');
}

function show(k: KeyInfo): string {
  const scope = k.regionCode ? `region ${k.regionCode}` : k.organizationId ? `organization ${k.organizationId}` : 'everything';
  const state = k.revokedAt ? `revoked ${new Date(k.revokedAt).toISOString()}` : 'active';
  return `${k.id}\tjx_${k.prefix}\t${k.role.toLowerCase()}\t${scope}\t${state}\t${k.name}`;
}

async function viaServer(server: ServerTarget, command: Command): Promise<string> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (server.key) headers.authorization = `Bearer ${server.key}`;
  const request =
    command.action === 'list'
      ? fetch(`${server.url}/api/keys`, { headers })
      : command.action === 'revoke'
        ? fetch(`${server.url}/api/keys/${encodeURIComponent(command.target)}`, { method: 'DELETE', headers })
        : fetch(`${server.url}/api/keys`, { method: 'POST', headers, body: JSON.stringify(command) });
  const response = await request;
  const body = (await response.json().catch(() => ({}))) as { error?: string; keys?: KeyInfo[]; key?: string | KeyInfo; info?: KeyInfo };
  if (response.status === 401 || response.status === 403)
    throw new KeyError(
      `the server at ${server.url} holds the database and refused: ${body.error ?? response.statusText}. ` +
        'Set JIXIAO_API_KEY to an admin key, or run this on the server’s machine, or stop the server.',
    );
  if (!response.ok) throw new KeyError(body.error ?? `the server answered ${response.status}`);
  if (command.action === 'list') return body.keys!.map(show).join('\n');
  if (command.action === 'revoke') return `revoked: ${show(body.key as KeyInfo)}`;
  return created(body.key as string, body.info!);
}

function created(key: string, info: KeyInfo): string {
  return `created: ${show(info)}\n\n${key}\n\nThis is the only time the key is shown; only its SHA-256 is stored. Send it as "Authorization: Bearer <key>" (JIXIAO_API_KEY for npm run import).`;
}

async function direct(command: Command): Promise<string> {
  const config = readConfig();
  const db = await openDatabase({ url: config.DATABASE_URL, dataDir: config.JIXIAO_DATA_DIR });
  const caller: Caller = { kind: 'cli', role: 'ADMIN', who: `${os.userInfo().username}@${os.hostname()}` };
  try {
    await migrate(db.script);
    await ensureReferenceData(db.prisma);
    if (command.action === 'list') return (await listKeys(db.prisma)).map(show).join('\n');
    if (command.action === 'revoke') {
      const info = await revokeKey(db.prisma, command.target);
      await writeAudit(db.prisma, {
        caller,
        action: 'keys.revoke',
        status: 'revoked',
        message: `key ${info.id} (jx_${info.prefix}) "${info.name}"`,
      });
      return `revoked: ${show(info)}`;
    }
    const { key, info } = await createKey(db.prisma, command);
    await writeAudit(db.prisma, {
      caller,
      action: 'keys.create',
      status: 'created',
      message: `key ${info.id} (jx_${info.prefix}) "${info.name}", ${info.role}`,
    });
    return created(key, info);
  } finally {
    await db.close();
  }
}

async function main(): Promise<number> {
  let command: Command;
  try {
    command = parse();
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const server = await findServer(readConfig());
  try {
    console.log(server ? await viaServer(server, command) : await direct(command));
    return 0;
  } catch (error) {
    if (!(error instanceof KeyError)) throw error;
    console.error(`keys: ${error.message}`);
    return 1;
  }
}

main().then(
  (code) => process.exit(code),
  (error: Error) => {
    console.error(`keys: ${error.message}`);
    process.exit(1);
  },
);
