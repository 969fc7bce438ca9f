/** 检索: finding a region or an organization by a part of its name or its 拼音, for the dashboard's search box. */
import { searchOrganizations, searchRegions } from '../../db/queries/search';
import { builder } from '../builder';
import { apiText } from '../../i18n/api';
import { badInput } from '../errors';
import { OrganizationRef, RegionRef } from '../refs';

/** Most results one search returns. */
const MAX_RESULTS = 50;

function searchArguments(query: string, first: number | null | undefined): { text: string; limit: number } {
  const text = query.trim();
  if (!text) throw badInput(apiText.emptySearch(), { argument: 'query' });
  if (text.length > 50) throw badInput(apiText.searchTooLong(50), { argument: 'query' });
  const limit = first ?? 10;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_RESULTS)
    throw badInput(apiText.searchFirst(MAX_RESULTS, limit), { argument: 'first' });
  return { text, limit };
}

/** A search costs as many items as it may return. */
function searchComplexity(args: { first?: number | null }) {
  return { field: 1, multiplier: Math.min(Math.max(args.first ?? 10, 1), MAX_RESULTS) };
}

builder.queryFields((t) => ({
  searchRegions: t.field({
    type: [RegionRef],
    description:
      'Regions (行政区划) whose name contains the text, e.g. "黄石" → 黄石市, or whose 拼音 does: full pinyin ("shiyan" → 十堰市) or initials ("hs" → 黄石市). Ranked: the exact name, a name (or pinyin) that begins with the text, initials that begin with it, the text anywhere; among equals those with documents beneath them, then shorter names. At most `first` (10 by default, 50 at most).',
    args: {
      query: t.arg.string({ required: true, description: 'Part of the name, e.g. 黄石 or 通城, or pinyin: huangshi, hs.' }),
      first: t.arg.int({ description: 'How many (1–50, 10 by default).' }),
    },
    complexity: searchComplexity,
    resolve: (_root, args, ctx) => {
      const { text, limit } = searchArguments(args.query, args.first);
      return searchRegions(ctx.db.reader, text, limit);
    },
  }),
  searchOrganizations: t.field({
    type: [OrganizationRef],
    description:
      'Organizations (单位) whose name or a short name (简称) contains the text, e.g. "劳动保障监察" → 黄石市劳动保障监察支队, or whose name\'s 拼音 (full or initials) does. Ranked as searchRegions, then shorter names. At most `first` (10 by default, 50 at most).',
    args: {
      query: t.arg.string({ required: true, description: 'Part of the name or of a short name, or pinyin.' }),
      first: t.arg.int({ description: 'How many (1–50, 10 by default).' }),
    },
    complexity: searchComplexity,
    resolve: (_root, args, ctx) => {
      const { text, limit } = searchArguments(args.query, args.first);
      return searchOrganizations(ctx.db.reader, text, limit);
    },
  }),
}));
