/**
 * The language answers are given in: Chinese (zh) first, English (en) on request. Over HTTP the
 * `lang` query parameter (`?lang=en`) decides, else the Accept-Language header (by its q-values),
 * else Chinese; on the command line `--lang en|zh`, else LC_ALL or LANG (`en_US.UTF-8` → en), else
 * Chinese. A value naming neither language is passed over, as a browser's `fr` would be.
 */
export type Language = 'zh' | 'en';

export const DEFAULT_LANGUAGE: Language = 'zh';

/** One message in every language. */
export type Text = Readonly<Record<Language, string>>;

/** `zh`, `zh-CN`, `zh_TW.UTF-8`, `EN`, `en-GB` …; null for anything else. */
export function parseLanguage(value: unknown): Language | null {
  if (typeof value !== 'string') return null;
  const primary = /^\s*([a-z]{2,3})(?:[-_.@]|\s*$)/i.exec(value)?.[1]?.toLowerCase();
  return primary === 'zh' || primary === 'en' ? primary : null;
}

/** The most wanted of zh and en in an Accept-Language header, e.g. `en-US,en;q=0.9,zh;q=0.8` → en; null when it names neither. */
export function acceptedLanguage(header: string | undefined): Language | null {
  if (!header) return null;
  const wanted = header
    .split(',')
    .map((part, order) => {
      const [tag, ...params] = part.split(';');
      const q = params.map((p) => /^\s*q\s*=\s*([\d.]+)\s*$/i.exec(p)?.[1]).find((v) => v !== undefined);
      return { language: parseLanguage(tag), q: q === undefined ? 1 : Number(q), order };
    })
    .filter((w): w is { language: Language; q: number; order: number } => w.language !== null && w.q > 0)
    .sort((a, b) => b.q - a.q || a.order - b.order);
  return wanted[0]?.language ?? null;
}

/** An HTTP request's language: its `lang` query parameter, else its Accept-Language, else Chinese. */
export function requestLanguage(lang: unknown, acceptLanguage: string | undefined): Language {
  return parseLanguage(lang) ?? acceptedLanguage(acceptLanguage) ?? DEFAULT_LANGUAGE;
}

/** A command's language: `--lang`, else LC_ALL, else LANG (C and POSIX name neither), else Chinese. */
export function cliLanguage(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): Language {
  return parseLanguage(flag) ?? parseLanguage(env.LC_ALL) ?? parseLanguage(env.LANG) ?? DEFAULT_LANGUAGE;
}
