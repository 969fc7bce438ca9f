/**
 * `npm run keys -- create --role uploader|admin|reader [--region CODE | --organization ID] [--name NAME]`,
 * `npm run keys -- list`, `npm run keys -- revoke ID|PREFIX`: manages API keys. A new key is
 * printed once; only its SHA-256 is stored. It speaks Chinese unless `--lang en` or an English
 * LANG/LC_ALL asks for English (src/i18n/language.ts).
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
import { keysText } from '../i18n/keys';
import { messageOf } from '../i18n/startup';
import { cliLanguage, type Language, parseLanguage, type Text } from '../i18n/language';
import { findServer, type ServerTarget } from './serverClient';

class UsageError extends Error {
  constructor(readonly text: Text) {
    super(text.en);
  }
}

type Command =
  | { action: 'create'; role: ApiKeyRole; regionCode?: string; organizationId?: number; name?: string }
  | { action: 'list' }
  | { action: 'revoke'; target: string };

/** The language asked for: `--lang`, else the environment's (src/i18n/language.ts). */
function languageAsked(): Language {
  const { values } = parseArgs({ strict: false, options: { lang: { type: 'string' } } });
  return cliLanguage(typeof values.lang === 'string' ? values.lang : undefined);
}

function parse(): Command {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      role: { type: 'string' },
      region: { type: 'string' },
      organization: { type: 'string' },
      name: { type: 'string' },
      lang: { type: 'string' },
    },
  });
  if (values.lang !== undefined && !parseLanguage(values.lang)) throw new UsageError(keysText.badLanguage(values.lang));
  const [action, ...rest] = positionals;
  if (action === 'list' && rest.length === 0) return { action };
  if (action === 'revoke' && rest.length === 1) return { action, target: rest[0]! };
  if (action === 'create' && rest.length === 0) {
    const role = (values.role ?? '').toUpperCase();
    if (!(role in ApiKeyRole)) throw new UsageError(keysText.badRole());
    if (values.organization !== undefined && !/^\d+$/.test(values.organization)) throw new UsageError(keysText.badOrganization());
    return {
      action,
      role: role as ApiKeyRole,
      regionCode: values.region,
      organizationId: values.organization === undefined ? undefined : Number(values.organization),
      name: values.name,
    };
  }
  throw new UsageError(action ? keysText.unknownCommand(positionals.join(' ')) : keysText.noCommand());
}

function show(k: KeyInfo, language: Language): string {
  const scope = (
    k.regionCode ? keysText.region(k.regionCode) : k.organizationId ? keysText.organization(k.organizationId) : keysText.everything()
  )[language];
  const state = (k.revokedAt ? keysText.revokedAt(new Date(k.revokedAt).toISOString()) : keysText.active())[language];
  return `${k.id}\tjx_${k.prefix}\t${k.role.toLowerCase()}\t${scope}\t${state}\t${k.name}`;
}

async function viaServer(server: ServerTarget, command: Command, language: Language): Promise<string> {
  // The server answers its refusals in our language.
  const headers: Record<string, string> = { 'content-type': 'application/json', 'accept-language': language };
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
    throw new KeyError(keysText.serverRefused(server.url, body.error ?? response.statusText));
  if (!response.ok) throw new KeyError(body.error ? { zh: body.error, en: body.error } : keysText.serverAnswered(response.status));
  if (command.action === 'list') return body.keys!.map((k) => show(k, language)).join('\n');
  if (command.action === 'revoke') return keysText.revoked(show(body.key as KeyInfo, language))[language];
  return keysText.created(show(body.info!, language), body.key as string)[language];
}

async function direct(command: Command, language: Language): Promise<string> {
  const config = readConfig();
  const db = await openDatabase({ url: config.DATABASE_URL, dataDir: config.JIXIAO_DATA_DIR });
  const caller: Caller = { kind: 'cli', role: 'ADMIN', who: `${os.userInfo().username}@${os.hostname()}` };
  try {
    await migrate(db.script);
    await ensureReferenceData(db.prisma);
    if (command.action === 'list') return (await listKeys(db.prisma)).map((k) => show(k, language)).join('\n');
    if (command.action === 'revoke') {
      const info = await revokeKey(db.prisma, command.target);
      await writeAudit(db.prisma, {
        caller,
        action: 'keys.revoke',
        status: 'revoked',
        message: `key ${info.id} (jx_${info.prefix}) "${info.name}"`,
      });
      return keysText.revoked(show(info, language))[language];
    }
    const { key, info } = await createKey(db.prisma, command);
    await writeAudit(db.prisma, {
      caller,
      action: 'keys.create',
      status: 'created',
      message: `key ${info.id} (jx_${info.prefix}) "${info.name}", ${info.role}`,
    });
    return keysText.created(show(info, language), key)[language];
  } finally {
    await db.close();
  }
}

async function main(language: Language): Promise<number> {
  let command: Command;
  try {
    command = parse();
  } catch (error) {
    const message = error instanceof UsageError ? error.text[language] : (error as Error).message;
    console.error(`${message}\n${keysText.usage()[language]}`);
    return 2;
  }
  const server = await findServer(readConfig());
  try {
    console.log(server ? await viaServer(server, command, language) : await direct(command, language));
    return 0;
  } catch (error) {
    if (!(error instanceof KeyError)) throw error;
    console.error(`keys: ${error.text[language]}`);
    return 1;
  }
}

const language = languageAsked();
main(language).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`keys: ${messageOf(error, language)}`);
    process.exit(1);
  },
);
