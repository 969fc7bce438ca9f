/**
 * What the importer command prints (src/cli/import.ts, src/cli/importProgress.ts) — its own words
 * in Chinese and English. What a document's reader found (the reasons of unread lines, warnings,
 * errors) is quoted as the reader reported it.
 */
import type { ImportReport } from '../ingest/load';
import type { Language, Text } from './language';

type Status = ImportReport['status'];

const STATUS: Record<Status, Text> = {
  loaded: { zh: '已载入', en: 'loaded' },
  replaced: { zh: '已替换', en: 'replaced' },
  checked: { zh: '已检查', en: 'checked' },
  unchanged: { zh: '未变', en: 'unchanged' },
  refused: { zh: '已拒绝', en: 'refused' },
  failed: { zh: '失败', en: 'failed' },
};

/** The totals of the summary line. */
export interface ImportTotals {
  documents: number;
  loaded: number;
  partlyRead: number;
  unchanged: number;
  refused: number;
  failed: number;
  /** Failed documents of which figures were read (every table left out, each reported with what was read). */
  failedPartlyRead: number;
  projects: number;
  indicators: number;
  departmentEvaluations: number;
  summaryRows: number;
  discrepancies: number;
}

export const importerText = {
  status: (status: Status, language: Language): string => STATUS[status][language],
  usage: (): Text => ({
    zh: '用法：jixiao-import [--dry-run] [--json] [--lang zh|en] [--region 区划代码|名称] [--year 年度] 文件|文件夹…',
    en: 'usage: jixiao-import [--dry-run] [--json] [--lang zh|en] [--region CODE|NAME] [--year YYYY] FILE|FOLDER…',
  }),
  badYear: (value: string, min: number, max: number): Text => ({
    zh: `--year 应为 ${min} 至 ${max} 之间的四位年度（如 2022），收到“${value}”`,
    en: `--year takes a four-digit fiscal year from ${min} to ${max} (e.g. 2022), got "${value}"`,
  }),
  badRegion: (value: string): Text => ({
    zh: `--region 应为 GB/T 2260 区划代码（如 420600）或能确定的地名（如 襄阳市），收到“${value}”`,
    en: `--region takes a GB/T 2260 code (e.g. 420600) or a name that names one region (e.g. 襄阳市), got "${value}"`,
  }),
  statisticsNotRefreshed: (reason: string): Text => ({
    zh: `文档已载入，但未能更新数据库的统计信息（ANALYZE）：${reason}。查询仍然正确，可能较慢，直到数据库自行分析`,
    en: `the documents are loaded, but the database's statistics could not be updated (ANALYZE): ${reason}. Queries stay right, perhaps slower, until the database analyzes them itself`,
  }),
  badLanguage: (value: string): Text => ({ zh: `--lang 应为 zh 或 en，收到“${value}”`, en: `--lang takes zh or en, got "${value}"` }),
  noDocumentFound: (): Text => ({ zh: '所列文件夹中没有文档', en: 'no document found in the folders named' }),
  sending: (url: string): Text => ({ zh: `正在发送到 ${url} 上的服务器`, en: `sending to the server at ${url}` }),
  counts: (c: ImportReport['counts']): Text => ({
    zh:
      `${c.projects} 个项目，${c.indicators} 个指标，${c.departmentEvaluations} 个部门整体评价（${c.goals} 个目标），` +
      `${c.summaryTables} 张汇总表（${c.summaryRows} 行），${c.finalAccounts} 份决算，${c.organizations} 个单位，${c.discrepancies} 处差异`,
    en:
      `${c.projects} projects, ${c.indicators} indicators, ${c.departmentEvaluations} department evaluations (${c.goals} goals), ` +
      `${c.summaryTables} summary tables (${c.summaryRows} rows), ${c.finalAccounts} final accounts, ${c.organizations} organizations, ` +
      `${c.discrepancies} discrepancies`,
  }),
  replaces: (id: number): Text => ({
    zh: `替换文档 ${id}，原文档作为已被取代的记录保留`,
    en: `replaces document ${id}, which stays on record as superseded`,
  }),
  partlyRead: (): Text => ({
    zh: '部分读取：所有表格均被搁置；每张表已读出的内容见下（未写入任何数据）',
    en: 'partly read: every table was left out; what was read of each is below (nothing was written)',
  }),
  error: (line: number | null): Text => ({
    zh: line === null ? '错误' : `错误（第 ${line} 行）`,
    en: line === null ? 'error' : `error (line ${line})`,
  }),
  notLoaded: (kind: string, name: string, lineStart: number, lineEnd: number, read: string): Text => ({
    zh: `未载入：${kind} 「${name}」（第 ${lineStart}–${lineEnd} 行；已读：${read}）`,
    en: `not loaded: ${kind} 「${name}」 (lines ${lineStart}–${lineEnd}; read: ${read})`,
  }),
  line: (line: number): Text => ({ zh: `第 ${line} 行：`, en: `line ${line}: ` }),
  unread: (line: number): Text => ({ zh: `未读第 ${line} 行`, en: `unread line ${line}` }),
  warning: (line: number): Text => ({ zh: `警告第 ${line} 行`, en: `warning line ${line}` }),
  summary: (t: ImportTotals, dryRun: boolean): Text => ({
    zh:
      `${t.documents} 份文档：${t.loaded} 份${dryRun ? '已检查' : '已载入'}（${t.partlyRead} 份部分读取），` +
      `${t.unchanged} 份未变，${t.refused} 份已拒绝，${t.failed} 份失败` +
      `${t.failedPartlyRead > 0 ? `（${t.failedPartlyRead} 份部分读取，未载入）` : ''}；` +
      `${t.projects} 个项目，${t.indicators} 个指标，${t.departmentEvaluations} 个部门整体评价，` +
      `${t.summaryRows} 行汇总；${t.discrepancies} 处差异`,
    en:
      `${t.documents} document${t.documents === 1 ? '' : 's'}: ${t.loaded} ${dryRun ? 'checked' : 'loaded'} (${t.partlyRead} partly read), ` +
      `${t.unchanged} unchanged, ${t.refused} refused, ${t.failed} failed` +
      `${t.failedPartlyRead > 0 ? ` (${t.failedPartlyRead} partly read, nothing loaded)` : ''}; ` +
      `${t.projects} projects, ${t.indicators} indicators, ${t.departmentEvaluations} department evaluations, ` +
      `${t.summaryRows} summary rows; ${t.discrepancies} discrepancies`,
  }),
  bar: (): Text => ({
    zh: '导入 [{bar}] {value}/{total} 份文档 | {projects} 个项目，{discrepancies} 处差异 | {file}',
    en: 'importing [{bar}] {value}/{total} documents | {projects} projects, {discrepancies} discrepancies | {file}',
  }),
  refusedUpload: (url: string, reason: string, withKey: boolean): Text => ({
    zh:
      `${url} 上的服务器拒绝了上传：${reason}。` +
      (withKey ? '' : '请把 JIXIAO_API_KEY 设为上传者或管理员密钥（npm run keys -- create --role uploader --region 代码）。'),
    en:
      `the server at ${url} refused the upload: ${reason}.` +
      (withKey ? '' : ' Set JIXIAO_API_KEY to an uploader or admin key (npm run keys -- create --role uploader --region CODE).'),
  }),
  serverAnswered: (url: string, status: number, reason: string): Text => ({
    zh: `${url} 上的服务器返回 ${status}：${reason}`,
    en: `the server at ${url} answered ${status}: ${reason}`,
  }),
  uploaderKeyNeeded: (url: string, reason: string): Text => ({
    zh: `${url} 上的服务器只接受带上传者或管理员密钥的文档：${reason}。请设置 JIXIAO_API_KEY（npm run keys -- create --role uploader --region 代码）。`,
    en:
      `the server at ${url} takes documents only with an uploader or admin key: ${reason}.` +
      ' Set JIXIAO_API_KEY (npm run keys -- create --role uploader --region CODE).',
  }),
  readOnly: (): Text => ({ zh: '此密钥只能读取', en: 'this key may read only' }),
  // The reasons the command (or an upload) gives in a failed document's report
  cannotRead: (file: string, problem: string): Text => ({ zh: `无法读取 ${file}：${problem}`, en: `cannot read ${file}: ${problem}` }),
  notChecked: (problem: string): Text => ({ zh: `未能检查：${problem}`, en: `not checked: ${problem}` }),
  notWritten: (problem: string): Text => ({ zh: `未载入，未写入任何内容：${problem}`, en: `not loaded, nothing written: ${problem}` }),
  auditNotWritten: (problem: string): Text => ({ zh: `其审计记录未写入：${problem}`, en: `its audit entry was not written: ${problem}` }),
};
