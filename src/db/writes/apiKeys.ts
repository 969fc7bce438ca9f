/** The writes of API keys (src/api/keys.ts): creating, revoking, noting when one was last used. */
import type { ApiKeyRole, PrismaClient } from '../../generated/prisma';
import { KEY_INFO, type KeyInfo } from '../rows/apiKey';

export function insertApiKey(
  prisma: PrismaClient,
  key: { prefix: string; hash: string; name: string; role: ApiKeyRole; regionCode: string | null; organizationId: number | null },
): Promise<KeyInfo> {
  return prisma.apiKey.create({ data: key, select: KEY_INFO });
}

export function revokeApiKey(prisma: PrismaClient, id: number): Promise<KeyInfo> {
  return prisma.apiKey.update({ where: { id }, data: { revokedAt: new Date() }, select: KEY_INFO });
}

export async function noteApiKeyUsed(prisma: PrismaClient, id: number): Promise<void> {
  await prisma.apiKey.update({ where: { id }, data: { lastUsedAt: new Date() } });
}
