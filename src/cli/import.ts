/**
 * `npm run import -- [--dry-run] [--json] [--lang zh|en] [--region CODE|NAME] [--year YYYY] FILE|FOLDER…` (also the package's `jixiao-import` bin):
 * loads self-evaluation documents, each in one transaction, and prints per document — as soon as
 * it finishes — what was loaded, the warnings and the lines that could not be interpreted, with
 * line numbers; then one summary line. On a terminal a progress bar keeps the running totals
 * (src/cli/importProgress.ts). A folder
 * stands for every document in it, recursively (hidden files skipped; the format is told by the
 * content, not the extension).
 *
 * The server is the one writer: when one is running (src/cli/serverClient.ts) the documents are
 * sent to it (POST /api/documents) and it answers with the same reports; only when none is does
 * this command open the database itself — and then it holds the embedded database's lock, so a
 * server cannot start on it meanwhile. A dry run reads and checks only and needs neither.
 *
 * It speaks Chinese unless `--lang en` or an English LANG/LC_ALL asks for English
 * (src/i18n/importer.ts); what a document's reader reported is quoted as it is.
 *
 * `--region` names the region (a GB/T 2260 code or a name, 511425 / 青神县) of the documents that
 * name none of their own; without it such a document is read, its tables reported with what was
 * read, and refused with that reason. `--year` likewise names the fiscal year (年度) of the documents
 * that name none in any title; a region or year a document names wins over the one given.
 *
 * Exits 1 when a document failed or was refused (nothing of it was written), 2 on a usage error.
 */
import { parseArgs } from 'node:util';
import { MAX_YEAR, MIN_YEAR, parseFiscalYear } from '../domain/fiscalYear';
import { importerText } from '../i18n/importer';
import { messageOf } from '../i18n/startup';
import { cliLanguage, type Language, parseLanguage } from '../i18n/language';

/** The language asked for: `--lang`, else the environment's (src/i18n/language.ts). */
function languageAsked(): Language {
  const { values } = parseArgs({ strict: false, options: { lang: { type: 'string' } } });
  return cliLanguage(typeof values.lang === 'string' ? values.lang : undefined);
}

async function main(language: Language): Promise<number> {
  const usage = importerText.usage()[language];
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: {
        'dry-run': { type: 'boolean' },
        json: { type: 'boolean' },
        help: { type: 'boolean' },
        lang: { type: 'string' },
        region: { type: 'string' },
        year: { type: 'string' },
      },
    });
  } catch (error) {
    console.error(`${(error as Error).message}\n${usage}`);
    return 2;
  }
  if (parsed.values.lang !== undefined && !parseLanguage(parsed.values.lang)) {
    console.error(`${importerText.badLanguage(parsed.values.lang)[language]}\n${usage}`);
    return 2;
  }
  // The gazetteer is loaded only when a region is named.
  const region = parsed.values.region === undefined ? undefined : (await import('../ingest/resolve')).regionNamed(parsed.values.region);
  if (region === null) {
    console.error(`${importerText.badRegion(parsed.values.region!)[language]}\n${usage}`);
    return 2;
  }
  const fiscalYear = parsed.values.year === undefined ? undefined : parseFiscalYear(parsed.values.year);
  if (fiscalYear === null) {
    console.error(`${importerText.badYear(parsed.values.year!, MIN_YEAR, MAX_YEAR)[language]}\n${usage}`);
    return 2;
  }
  if (parsed.values.help) {
    console.log(usage);
    return 0;
  }
  if (parsed.positionals.length === 0) {
    console.error(usage);
    return 2;
  }
  // Only now the readers, the database and the rest (src/cli/importRun.ts): none of it is needed above.
  const { runImport } = await import('./importRun');
  return runImport({
    paths: parsed.positionals,
    dryRun: parsed.values['dry-run'] === true,
    json: parsed.values.json === true,
    given: { region, fiscalYear },
    language,
  });
}

main(languageAsked()).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`jixiao-import: ${messageOf(error, languageAsked())}`);
    process.exit(1);
  },
);
