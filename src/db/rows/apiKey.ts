/** The api_key table: a key as it is shown (never its hash) and the columns that make it. */
import type { ApiKey } from '../../generated/prisma';

export type KeyInfo = Omit<ApiKey, 'hash'>;

export const KEY_INFO = {
  id: true,
  prefix: true,
  name: true,
  role: true,
  regionCode: true,
  organizationId: true,
  createdAt: true,
  revokedAt: true,
  lastUsedAt: true,
} as const satisfies Record<keyof KeyInfo, true>;
