/**
 * What a command says before it can do anything — the configuration's refusals (src/config.ts),
 * the embedded database's lock refusal (src/db/lock.ts) and the server's start banner
 * (src/server.ts) — in Chinese and English; the command's language decides (`cliLanguage`).
 */
import type { Language, Text } from './language';

export const startupText = {
  invalidConfiguration: (problems: string): Text => ({ zh: `配置无效：${problems}`, en: `invalid configuration: ${problems}` }),
  postgresUrl: (): Text => ({
    zh: '应为 postgresql:// URL（不设置则使用内嵌的 PGlite）',
    en: 'must be a postgresql:// URL (leave it unset for the embedded PGlite)',
  }),
  replicaUrl: (): Text => ({
    zh: '应为 postgresql:// URL（DATABASE_URL 所指服务器的流复制备库；不设置则读写都用 DATABASE_URL）',
    en: "must be a postgresql:// URL (a streaming replica of DATABASE_URL's server; leave it unset to read from DATABASE_URL)",
  }),
  replicaWithoutPrimary: (): Text => ({
    zh: '只能与 DATABASE_URL 一起设置（备库之外还需写入用的主库）',
    en: 'needs DATABASE_URL too (the primary that writes go to)',
  }),
  corsOrigin: (): Text => ({
    zh: '每个来源都应形如 https://主机[:端口]，不带路径',
    en: 'each origin must look like https://host[:port], without a path',
  }),
  databaseInUse: (p: {
    dataDir: string;
    lockPath: string;
    pid: number;
    command: string;
    host: string;
    since: string;
    url?: string;
  }): Text => ({
    zh:
      `内嵌数据库 ${p.dataDir} 正被 ${p.host} 上的进程 ${p.pid}（${p.command}）使用，始于 ${p.since}。` +
      (p.url
        ? `请停止它，或把文件发给它：它正在 ${p.url} 提供服务（npm run import -- 文件… 会把文件发到那里；如果这不是配置的地址，请设 JIXIAO_URL=${p.url}）。`
        : '请停止它，或等它结束。') +
      `如果并没有这个进程在运行，请删除 ${p.lockPath}。`,
    en:
      `the embedded database ${p.dataDir} is in use by process ${p.pid} (${p.command}) on ${p.host}, since ${p.since}. ` +
      (p.url
        ? `Stop it, or send the files to it: it is serving at ${p.url} (npm run import -- FILE… sends them there; JIXIAO_URL=${p.url} if it is not the configured address).`
        : 'Stop it, or wait for it to finish.') +
      ` If no such process runs, remove ${p.lockPath}.`,
  }),
  serving: (database: string): Text => ({ zh: `Jixiao 绩效正在服务（${database}）：`, en: `Jixiao 绩效 is serving (${database}):` }),
  dashboard: (): Text => ({ zh: '仪表板', en: 'dashboard' }),
  exports: (): Text => ({ zh: '导出', en: 'exports' }),
  health: (): Text => ({ zh: '健康检查', en: 'health' }),
};

/** An error's message in a language: its text there when it carries one (ConfigError, DataDirLockedError, KeyError), else its message. */
export function messageOf(error: unknown, language: Language): string {
  const text = (error as { text?: Partial<Text> } | null)?.text;
  if (typeof text?.[language] === 'string') return text[language];
  return error instanceof Error ? error.message : String(error);
}
