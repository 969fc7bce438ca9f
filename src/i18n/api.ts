/**
 * Every error message the API answers with — GraphQL errors and the JSON errors of the HTTP
 * endpoints — in Chinese and English (src/i18n/language.ts picks one per request). The codes
 * beside them (`extensions.code`) are the same in both.
 */
import type { Text } from './language';

export const apiText = {
  // Arguments (BAD_USER_INPUT)
  invalidYear: (year: number, min: number, max: number): Text => ({
    zh: `年度 ${year} 无效：应为 ${min} 至 ${max} 之间的财政年度。`,
    en: `Invalid year ${year}: a fiscal year between ${min} and ${max} is expected.`,
  }),
  invalidRegionCode: (code: string): Text => ({
    zh: `地区代码“${code}”无效：应为六位 GB/T 2260 代码，例如“420200”。`,
    en: `Invalid region code "${code}": a six-digit GB/T 2260 code such as "420200" is expected.`,
  }),
  unknownRegionCode: (code: string): Text => ({
    zh: `未知的地区代码“${code}”：不是 GB/T 2260 行政区划代码。`,
    en: `Unknown region code "${code}": not a GB/T 2260 administrative division.`,
  }),
  invalidPageSize: (first: number, max: number): Text => ({
    zh: `每页条数 ${first} 无效：\`first\` 应在 0 至 ${max} 之间。`,
    en: `Invalid page size ${first}: \`first\` must be between 0 and ${max}.`,
  }),
  invalidCursor: (cursor: string): Text => ({
    zh: `游标“${cursor}”无效：请使用本 API 返回的游标。`,
    en: `Invalid cursor "${cursor}": use a cursor returned by this API.`,
  }),
  invalidId: (id: string): Text => ({
    zh: `ID“${id}”无效：请使用本 API 返回的 \`id\`。`,
    en: `Invalid ID "${id}": use an \`id\` returned by this API.`,
  }),
  invalidOrganizationId: (id: string): Text => ({
    zh: `单位 ID“${id}”无效：请使用 Organization 的 \`id\`。`,
    en: `Invalid organization ID "${id}": use an Organization's \`id\`.`,
  }),
  backwardPaging: (): Text => ({
    zh: '不支持向前翻页（`last`/`before`）：请用 `first` 和 `after` 向后翻页。',
    en: 'Backward paging (`last`/`before`) is not supported: page forward with `first` and `after`.',
  }),
  noRegionCodes: (): Text => ({ zh: '请至少给出一个地区代码。', en: 'Give at least one region code.' }),
  tooManyRegions: (max: number, got: number): Text => ({
    zh: `一次最多对比 ${max} 个地区（收到 ${got} 个）。`,
    en: `At most ${max} regions can be compared at once (got ${got}).`,
  }),
  noIndicatorConcept: (query: string): Text => ({
    zh: `没有与“${query}”匹配的指标概念。可查询 \`indicatorConcepts\` 获取目录。`,
    en: `No indicator concept matches "${query}". Query \`indicatorConcepts\` for the catalog.`,
  }),
  severalIndicatorConcepts: (query: string, candidates: string): Text => ({
    zh: `“${query}”匹配多个指标概念：${candidates}。请写得更具体些。`,
    en: `"${query}" matches several concepts: ${candidates}. Be more specific.`,
  }),
  emptySearch: (): Text => ({ zh: '请输入要搜索的文字（query 为空）。', en: 'Give some text to search for (query is empty).' }),
  searchTooLong: (max: number): Text => ({ zh: `query 超过 ${max} 个字符。`, en: `query is longer than ${max} characters.` }),
  searchFirst: (max: number, got: number): Text => ({
    zh: `first 应在 1 至 ${max} 之间（收到 ${got}）。`,
    en: `first must be between 1 and ${max} (got ${got}).`,
  }),
  // The document itself (src/graphql/documentLimits.ts, the complexity plugin)
  nulCharacters: (): Text => ({
    zh: '查询及其参数中不允许出现 NUL 字符（\\u0000）。',
    en: 'NUL characters (\\u0000) are not allowed in a query or its arguments.',
  }),
  queryTooLarge: (maxTokens: number): Text => ({
    zh: `查询过大：超过 ${maxTokens} 个词法单元。`,
    en: `Query too large: more than ${maxTokens} tokens.`,
  }),
  notAQuery: (operation: 'mutation' | 'subscription', overGet: boolean): Text => ({
    zh: `不支持${operation === 'mutation' ? '变更（mutation）' : '订阅（subscription）'}${overGet ? '（GET 请求更不可以）' : ''}：本 API 只回答查询。`,
    en: `${operation === 'mutation' ? 'Mutations' : 'Subscriptions'} are not supported${overGet ? ' (and never over GET)' : ''}: this API answers queries only.`,
  }),
  tooManyFields: (fields: number, max: number): Text => ({
    zh: `查询过大：${fields} 个字段，最多 ${max} 个。`,
    en: `Query too large: ${fields} fields, at most ${max}.`,
  }),
  tooManyAliases: (aliases: number, max: number): Text => ({
    zh: `查询使用了 ${aliases} 个别名（alias），最多 ${max} 个。`,
    en: `Query uses ${aliases} aliases, at most ${max}.`,
  }),
  repeatedField: (field: string, count: number, max: number): Text => ({
    zh: `查询在同一选择集中重复字段“${field}”${count} 次或更多；最多允许 ${max} 次。`,
    en: `Query repeats the field "${field}" ${count} or more times in one selection; at most ${max} are allowed.`,
  }),
  queryTooComplex: (kind: 'Depth' | 'Breadth' | 'Complexity', value: number, limit: number): Text => ({
    zh: `查询${kind === 'Depth' ? '层级过深' : kind === 'Breadth' ? '过宽' : '过于复杂'}：${{ Depth: '深度', Breadth: '宽度', Complexity: '复杂度' }[kind]} ${value} 超过上限 ${limit}。`,
    en: `Query too ${kind === 'Depth' ? 'deep' : kind === 'Breadth' ? 'broad' : 'complex'}: ${kind.toLowerCase()} ${value} exceeds the limit of ${limit}.`,
  }),
  // The request as a whole (src/graphql/requestErrors.ts)
  databaseUnavailable: (): Text => ({ zh: '数据库暂不可用，请稍后重试。', en: 'The database is unavailable; try again shortly.' }),
  requestTimeout: (ms: number): Text => ({
    zh: `处理时间超过 ${ms} 毫秒的上限，已停止；请少要一些（更小的分页、更少的字段）。`,
    en: `The operation took longer than the limit of ${ms} ms and was stopped; ask for less (smaller pages, fewer fields).`,
  }),
  serverBusy: (): Text => ({ zh: '服务器正忙于其他请求，请稍后重试。', en: 'The server is busy with other requests; try again shortly.' }),
  resultTooLarge: (what: 'rows' | 'bytes', limit: number): Text => ({
    zh: `结果将超过 ${limit} ${what === 'rows' ? '行' : '字节'}；请少要一些（更小的分页、更少的嵌套列表）。`,
    en: `The answer would hold more than ${limit} ${what}; ask for less (smaller pages, fewer nested lists).`,
  }),
  requestAbandoned: (): Text => ({ zh: '请求已放弃。', en: 'The request was abandoned.' }),
  internalError: (): Text => ({ zh: '服务器内部错误', en: 'Internal server error' }),
  // HTTP
  notFound: (method: string, path: string): Text => ({ zh: `未找到：${method} ${path}`, en: `Not found: ${method} ${path}` }),
  bodyTooLarge: (): Text => ({ zh: '请求体过大。', en: 'Request body too large.' }),
  bodyNotJson: (): Text => ({ zh: '请求体不是有效的 JSON。', en: 'The request body is not valid JSON.' }),
  /** A library's own words on a bad request, when it has some (express's body parser), kept as they are. */
  badRequest: (detail?: string): Text => ({ zh: detail ? `请求有误：${detail}` : '请求有误。', en: detail ?? 'Bad request.' }),
  rateLimited: (limit: number): Text => ({
    zh: `请求过多：每分钟最多 ${limit} 次，请稍后再试。`,
    en: `Too many requests: at most ${limit} per minute; try again later.`,
  }),
  // Keys and access (src/api/)
  auditAdminOnly: (): Text => ({ zh: '审计日志仅限管理员密钥查看。', en: 'The audit log is for admin keys only.' }),
  adminKeyRequired: (): Text => ({
    zh: '需要管理员 API 密钥：请以“Authorization: Bearer <key>”发送。',
    en: 'an admin API key is required: send it as "Authorization: Bearer <key>"',
  }),
  adminOnly: (): Text => ({
    zh: '仅限管理员：此密钥不能管理密钥或查看审计日志',
    en: 'admin only: this key may not manage keys or read the audit log',
  }),
  noValidKey: (): Text => ({
    zh: '没有有效的 API 密钥：请以“Authorization: Bearer <key>”发送。',
    en: 'no valid API key: send it as "Authorization: Bearer <key>"',
  }),
  readKeyRequired: (): Text => ({
    zh: '此处读取需要 API 密钥（JIXIAO_READ_ACCESS=key）：请以“Authorization: Bearer <key>”发送。',
    en: 'reading needs an API key here (JIXIAO_READ_ACCESS=key): send it as "Authorization: Bearer <key>"',
  }),
  noSuchEndpoint: (): Text => ({ zh: '没有这个 API 端点', en: 'no such API endpoint' }),
  badRole: (roles: string): Text => ({ zh: `role 应为 ${roles} 之一`, en: `role must be one of ${roles}` }),
  badRegionCodeField: (): Text => ({ zh: 'regionCode 应为六位 GB/T 2260 代码', en: 'regionCode must be a six-digit GB/T 2260 code' }),
  badOrganizationIdField: (): Text => ({ zh: 'organizationId 应为整数', en: 'organizationId must be an integer' }),
  badNameField: (): Text => ({ zh: 'name 应为字符串', en: 'name must be a string' }),
  // Uploads
  uploadKeyRequired: (): Text => ({
    zh: '上传文档需要 API 密钥：请以“Authorization: Bearer <key>”发送。',
    en: 'an API key is required to upload documents: send it as "Authorization: Bearer <key>"',
  }),
  readOnlyKey: (): Text => ({
    zh: '此密钥只能读取：上传需要上传者或管理员密钥',
    en: 'this key may read only: uploads need an uploader or admin key',
  }),
  fileTooLarge: (limitMb: number): Text => ({
    zh: `有文件超过 ${limitMb} MiB 的上限（JIXIAO_UPLOAD_LIMIT_MB）`,
    en: `a file is larger than the limit of ${limitMb} MiB (JIXIAO_UPLOAD_LIMIT_MB)`,
  }),
  tooManyFiles: (max: number): Text => ({
    zh: `一次上传超过 ${max} 个文件：请分几次发送`,
    en: `more than ${max} files in one upload: send them in several`,
  }),
  badMultipartField: (problem: string, field: string | undefined): Text => ({
    zh: `${problem}${field ? `（字段“${field}”）` : ''}：请在 multipart 字段“file”中发送文档`,
    en: `${problem}${field ? ` (field "${field}")` : ''}: send the documents in the multipart field "file"`,
  }),
  unreadableUpload: (problem: string): Text => ({
    zh: `无法读取的 multipart/form-data 上传：${problem}`,
    en: `not a readable multipart/form-data upload: ${problem}`,
  }),
  noDocument: (): Text => ({
    zh: '没有文档：请以 multipart/form-data 在字段“file”中发送文件',
    en: 'no document: send the files as multipart/form-data in the field "file"',
  }),
  outsideScope: (refused: number, total: number): Text => ({
    zh: `${total} 个文档中有 ${refused} 个超出此密钥的范围：其中任何内容都未写入`,
    en: `${refused} of ${total} documents lie outside this key's scope: nothing of them was written`,
  }),
  documentsFailed: (failed: number, total: number): Text => ({
    zh: `${total} 个文档中有 ${failed} 个失败：其中任何内容都未写入`,
    en: `${failed} of ${total} documents failed: nothing of them was written`,
  }),
  // An uploader's scope (src/api/scope.ts), the reason in a refused document's report
  uploaderOrAdminOnly: (): Text => ({ zh: '只有上传者和管理员密钥可以载入文档', en: 'only uploader and admin keys may load documents' }),
  outsideRegion: (where: string, outside: string | null, key: string, scope: string): Text => ({
    zh: `文档属于 ${where}${outside ? `（地区 ${outside}）` : ''}；密钥“${key}”只能载入 ${scope} 及其下级地区的文档`,
    en: `the document belongs to ${where}${outside ? ` (regions ${outside})` : ''}; key "${key}" may load documents of ${scope} and the regions beneath it only`,
  }),
  scopeGone: (key: string): Text => ({
    zh: `密钥“${key}”的范围是一个已不存在的单位`,
    en: `key "${key}" is scoped to an organization that no longer exists`,
  }),
  outsideOrganization: (root: string, where: string, key: string, organization: string): Text => ({
    zh: `文档属于 ${root}（${where}）；密钥“${key}”只能载入 ${organization} 及其下属单位的文档`,
    en: `the document belongs to ${root} (${where}); key "${key}" may load documents of ${organization} and its sub-units only`,
  }),
  loadedOutsideScope: (key: string): Text => ({
    zh: `文档已载入，但在密钥“${key}”的范围之外`,
    en: `the document is already loaded, outside the scope of key "${key}"`,
  }),
  // Exports
  noExport: (kind: string, kinds: string): Text => ({
    zh: `没有导出“${kind}”：可用 ${kinds}`,
    en: `no export "${kind}": use one of ${kinds}`,
  }),
  badFormat: (format: string): Text => ({
    zh: `format 应为 csv 或 xlsx，收到“${format}”`,
    en: `format must be csv or xlsx, got "${format}"`,
  }),
  exportTooLarge: (limit: number): Text => ({
    zh: `导出超过 ${limit} 行：请缩小筛选范围（年度、地区、筛选参数）`,
    en: `the export holds more than ${limit} rows: narrow the filters (year, region, filter parameters)`,
  }),
  exportFailed: (): Text => ({ zh: '导出失败', en: 'export failed' }),
  paramOnce: (name: string): Text => ({ zh: `参数“${name}”只能给出一次，且为文本`, en: `parameter "${name}" must be given once, as text` }),
  paramRequired: (name: string): Text => ({ zh: `缺少参数“${name}”`, en: `parameter "${name}" is required` }),
  paramWholeNumber: (name: string, value: string): Text => ({
    zh: `参数“${name}”应为整数，收到“${value}”`,
    en: `parameter "${name}" must be a whole number, got "${value}"`,
  }),
  paramNumber: (name: string, value: string): Text => ({
    zh: `参数“${name}”应为数字，收到“${value}”`,
    en: `parameter "${name}" must be a number, got "${value}"`,
  }),
  paramBoolean: (name: string, value: string): Text => ({
    zh: `参数“${name}”应为 true 或 false，收到“${value}”`,
    en: `parameter "${name}" must be true or false, got "${value}"`,
  }),
  regionOrCodes: (): Text => ({
    zh: '请给出“region”（列出其下级）或“codes”（以逗号分隔的 GB/T 2260 代码）',
    en: 'give "region" (its children are listed) or "codes" (comma-separated GB/T 2260 codes)',
  }),
};
