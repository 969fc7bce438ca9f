/**
 * The keys command's output (src/cli/keys.ts) and the refusals of src/api/keys.ts, which the
 * command prints and the admin endpoints answer with — in Chinese and English.
 */
import type { Text } from './language';

export const keysText = {
  // Refusals (KeyError)
  uploaderNeedsOneScope: (): Text => ({
    zh: '上传者密钥需要恰好一个范围：--region 代码 或 --organization ID',
    en: 'an uploader key needs exactly one scope: --region CODE or --organization ID',
  }),
  noScopeForRole: (role: string): Text => ({
    zh: `${role} 密钥没有范围：--region 和 --organization 仅用于上传者`,
    en: `a ${role} key has no scope: --region and --organization are for uploaders`,
  }),
  unknownRegion: (code: string): Text => ({
    zh: `未知的地区代码 ${code}：应为 GB/T 2260 代码，例如 420200`,
    en: `unknown region code ${code}: a GB/T 2260 code such as 420200 is expected`,
  }),
  unknownOrganization: (id: number): Text => ({
    zh: `未知的单位 ${id}：ID 见 API（Organization.id）`,
    en: `unknown organization ${id}: see the ids in the API (Organization.id)`,
  }),
  noKey: (idOrPrefix: string): Text => ({ zh: `没有密钥 ${idOrPrefix}`, en: `no key ${idOrPrefix}` }),
  // The command
  usage: (): Text => ({
    zh: `用法：npm run keys -- create --role uploader|admin|reader [--region 代码 | --organization ID] [--name 名称] [--lang zh|en]
      npm run keys -- list
      npm run keys -- revoke ID|前缀`,
    en: `usage: npm run keys -- create --role uploader|admin|reader [--region CODE | --organization ID] [--name NAME] [--lang zh|en]
       npm run keys -- list
       npm run keys -- revoke ID|PREFIX`,
  }),
  badRole: (): Text => ({ zh: '--role 应为 uploader、admin 或 reader', en: '--role must be uploader, admin or reader' }),
  badOrganization: (): Text => ({
    zh: '--organization 接受单位 ID（一个数字）',
    en: '--organization takes an organization id (a number)',
  }),
  badLanguage: (value: string): Text => ({ zh: `--lang 应为 zh 或 en，收到“${value}”`, en: `--lang takes zh or en, got "${value}"` }),
  unknownCommand: (command: string): Text => ({ zh: `未知或不完整的命令：${command}`, en: `unknown or incomplete command: ${command}` }),
  noCommand: (): Text => ({ zh: '没有命令', en: 'no command' }),
  region: (code: string): Text => ({ zh: `地区 ${code}`, en: `region ${code}` }),
  organization: (id: number): Text => ({ zh: `单位 ${id}`, en: `organization ${id}` }),
  everything: (): Text => ({ zh: '全部', en: 'everything' }),
  revokedAt: (when: string): Text => ({ zh: `已吊销 ${when}`, en: `revoked ${when}` }),
  active: (): Text => ({ zh: '有效', en: 'active' }),
  revoked: (line: string): Text => ({ zh: `已吊销：${line}`, en: `revoked: ${line}` }),
  created: (line: string, key: string): Text => ({
    zh: `已创建：${line}\n\n${key}\n\n密钥只显示这一次；只保存其 SHA-256。请以“Authorization: Bearer <key>”发送（npm run import 用 JIXIAO_API_KEY）。`,
    en: `created: ${line}\n\n${key}\n\nThis is the only time the key is shown; only its SHA-256 is stored. Send it as "Authorization: Bearer <key>" (JIXIAO_API_KEY for npm run import).`,
  }),
  serverRefused: (url: string, reason: string): Text => ({
    zh: `${url} 上的服务器持有数据库并拒绝了请求：${reason}。请把 JIXIAO_API_KEY 设为管理员密钥，或在服务器所在机器上运行，或停止服务器。`,
    en:
      `the server at ${url} holds the database and refused: ${reason}. ` +
      'Set JIXIAO_API_KEY to an admin key, or run this on the server’s machine, or stop the server.',
  }),
  serverAnswered: (status: number): Text => ({ zh: `服务器返回 ${status}`, en: `the server answered ${status}` }),
};
