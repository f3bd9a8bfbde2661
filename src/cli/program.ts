/** The zvarot command line. Each command lives in its own file; this one only wires options. */
import { Command, CommanderError, InvalidArgumentError } from 'commander';
import { createInterface } from 'node:readline';
import { isEncrypted } from '../store/sqlite/index.js';
import { isZvarotError, ZvarotError } from '../core/errors.js';
import { demoCommand } from './demo.js';
import { classifyCommand, entitiesCommand } from './enrich.js';
import { generateCommand } from './generate.js';
import { ingestCommand } from './ingest.js';
import { inspectCommand } from './inspect.js';
import { keyCommand, langidCommand, placeCommand, stemCommand, translitCommand } from './language.js';
import { reindexCommand } from './reindex.js';
import { searchCommand } from './search.js';
import { serveCommand } from './serve.js';
import { showCommand } from './show.js';
import { trainCommand } from './train.js';
import { auditListCommand, auditVerifyCommand } from './audit.js';
import { riskCommand } from './risk.js';
import { exportCommand } from './export.js';
import { userAddCommand, userListCommand, userPasswdCommand, userRemoveCommand } from './user.js';
import { ROLES, type Role } from '../privacy/pseudonyms.js';

function int(name: string) {
  return (v: string): number => {
    if (!/^\d+$/.test(v)) throw new InvalidArgumentError(`${name} takes a whole number, got "${v}"`);
    return Number(v);
  };
}

function role(v: string): Role {
  if (!(ROLES as readonly string[]).includes(v)) throw new InvalidArgumentError(`--as takes ${ROLES.join(', ')}, got "${v}"`);
  return v as Role;
}

export function buildProgram(): Command {
  const program = new Command('zvarot')
    .description('Investigative archive for letters to the state: search, read, count and quote them safely.')
    .version('0.1.0')
    .showHelpAfterError()
    .exitOverride()
    // Commander's own error line is replaced by the catalogue's (see main).
    .configureOutput({ outputError: () => {} });

  program
    .command('generate')
    .description('write a synthetic corpus of letters (JSON Lines) and, optionally, its ground truth')
    .requiredOption('--letters <n>', 'how many letters', int('--letters'))
    .option('--seed <n>', 'random seed; the same seed gives byte-identical output', int('--seed'), 1)
    .requiredOption('--out <file>', 'where to write the letters (JSONL)')
    .option('--truth <file>', 'where to write the ground truth (JSONL)')
    .action(async (o: { letters: number; seed: number; out: string; truth?: string }) => {
      await generateCommand(o);
    });

  const collect = (v: string, prev: string[]) => [...prev, v];
  program
    .command('ingest')
    .description('load letters into an archive from JSONL, JSON, CSV/TSV, SQL dumps, e-mail, HTML, text or a folder; idempotent on letter id')
    .argument('<files...>', 'files or folders')
    .requiredOption('--db <archive>', 'archive file (created when missing)')
    .option('--format <format>', 'jsonl, json, csv, sql, eml, mbox, html, txt or dir (detected when absent)')
    .option('--encoding <encoding>', 'utf-8, windows-1251, koi8-r, ibm866, iso-8859-5, utf-16le, utf-16be (detected when absent)')
    .option('--table <name>', 'the table to read from an SQL dump')
    .option('--delimiter <char>', 'CSV delimiter (detected when absent; "tab" for tabs)')
    .option('--map <target=source>', 'map a letter field from a source field, e.g. body=text or sender.name=fio (repeatable)', collect, [])
    .option('--mapping <file>', 'a mapping file: JSON object or target=source lines')
    .option('--tz <zone>', 'time zone of dates that state none (default Europe/Minsk)')
    .option('--encrypt', 'create the archive encrypted (key from ZVAROT_KEY, ZVAROT_KEY_FILE, or asked on a terminal)')
    .option('--json', 'print the report as JSON, no progress bar')
    .action(async (files: string[], o: Omit<Parameters<typeof ingestCommand>[0], 'files'>) => {
      await ingestCommand({ files, ...o });
    });

  program
    .command('inspect')
    .description('show a source before ingesting it: format, encoding, tables, columns with samples, a proposed mapping')
    .argument('<file>', 'file or folder')
    .option('--format <format>', 'as for ingest')
    .option('--encoding <encoding>', 'as for ingest')
    .option('--table <name>', 'only this SQL table')
    .option('--delimiter <char>', 'CSV delimiter')
    .option('--samples <n>', 'sample values per column', int('--samples'), 3)
    .option('--json', 'print JSON')
    .action(async (file: string, o: Omit<Parameters<typeof inspectCommand>[0], 'file'>) => {
      await inspectCommand({ file, ...o });
    });

  program
    .command('search')
    .description('search an archive')
    .argument('<query>', 'query (README, "Query language")')
    .requiredOption('--db <archive>', 'archive file')
    .option('--limit <n>', 'hits to return (1–200)', int('--limit'), 10)
    .option('--offset <n>', 'hits to skip', int('--offset'), 0)
    .option('--sort <order>', 'relevance, date or -date')
    .option('--cursor <next>', 'the page after the one that printed this cursor')
    .option('--no-translit', 'match names and places only as written, not across scripts (as translit:off)')
    .option('--json', 'print JSON')
    .option('--as <role>', 'show what this role sees: admin, editor (personal data as written) or researcher (pseudonyms)', role)
    .action((query: string, o: { db: string; limit: number; offset: number; sort?: string; json?: boolean; translit: boolean; cursor?: string; as?: Role }) => {
      searchCommand({ query, ...o });
    });

  program
    .command('reindex')
    .description("rebuild an archive's full-text index with this zvarot's analyzer (after an upgrade reports E_DB_STALE)")
    .requiredOption('--db <archive>', 'archive file')
    .action((o: { db: string }) => reindexCommand(o));

  program
    .command('show')
    .description('print one letter with its derived fields')
    .argument('<id>', 'letter id')
    .requiredOption('--db <archive>', 'archive file')
    .option('--json', 'print JSON')
    .option('--as <role>', 'show what this role sees: admin, editor (personal data as written) or researcher (pseudonyms)', role)
    .action((id: string, o: { db: string; json?: boolean; as?: Role }) => showCommand({ id, ...o }));

  program
    .command('serve')
    .description('serve the web app and the JSON API for an archive')
    .requiredOption('--db <archive>', 'archive file')
    .option('--port <n>', 'TCP port (0 picks a free one)', int('--port'), 8080)
    .option('--host <addr>', 'address to listen on (loopback only until users exist)', '127.0.0.1')
    .action(async (o: { db: string; port: number; host: string }) => {
      await serveCommand(o);
    });

  program
    .command('demo')
    .description('build the synthetic demo archive if missing, then serve it (what `npm start` runs)')
    .option('--dir <dir>', 'where the demo files live', 'data')
    .option('--letters <n>', 'letters in the demo corpus', int('--letters'), 40_000)
    .option('--seed <n>', 'random seed', int('--seed'), 1)
    .option('--port <n>', 'TCP port; the next free one is taken if it is busy', int('--port'), 8080)
    .option('--host <addr>', 'address to listen on', '127.0.0.1')
    .action(async (o: { dir: string; letters: number; seed: number; port: number; host: string }) => {
      await demoCommand(o);
    });

  program
    .command('classify')
    .description("read one letter from stdin and print its kind and flags with the words that decided them")
    .option('--json', 'print {"kind","flags","scores","evidence"}; evidence offsets are UTF-16 code units of the input')
    .option('--subject <text>', "the letter's subject line, which often names its kind")
    .action(async (o: { json?: boolean; subject?: string }) => {
      await classifyCommand(o);
    });

  program
    .command('entities')
    .description('read one letter from stdin and print the persons, organisations and places it names, each with a canonical id')
    .option('--json', 'print [{"type","start","end","text","id"}]; offsets are UTF-16 code units of the input')
    .action(async (o: { json?: boolean }) => {
      await entitiesCommand(o);
    });

  program
    .command('train')
    .description('learn a category from labelled letters (CSV: letter id, label), print its cross-validated accuracy, and label the whole archive with it (facet class:NAME)')
    .argument('<name>', 'the category, as in class:NAME=label')
    .requiredOption('--labels <file>', 'CSV of letter ids and labels (columns id and label, or the first two)')
    .requiredOption('--db <archive>', 'archive file')
    .option('--folds <n>', 'cross-validation folds (2 or more)', int('--folds'), 5)
    .option('--json', 'print the report as JSON')
    .action(async (name: string, o: { labels: string; db: string; folds: number; json?: boolean }) => {
      if (o.folds < 2) throw new ZvarotError('E_OPTION_RANGE', `--folds must be 2 or more, got ${o.folds}`);
      await trainCommand({ name, ...o });
    });

  const user = program.command('user').description('manage the users of an archive (without any, the server is a local admin on loopback only)');
  user
    .command('add')
    .description('add a user, or replace one (new role and password)')
    .argument('<name>', 'user name')
    .requiredOption('--role <role>', 'admin, editor (sees personal data) or researcher (sees pseudonyms)')
    .requiredOption('--db <archive>', 'archive file')
    .option('--password-stdin', 'read the password (12 characters or more) from the first line of stdin')
    .action(async (name: string, o: { role: string; db: string; passwordStdin?: boolean }) => userAddCommand({ name, ...o }));
  user
    .command('list')
    .description('list users with their roles')
    .requiredOption('--db <archive>', 'archive file')
    .option('--json', 'print JSON')
    .action((o: { db: string; json?: boolean }) => userListCommand(o));
  user
    .command('remove')
    .description('remove a user')
    .argument('<name>', 'user name')
    .requiredOption('--db <archive>', 'archive file')
    .action((name: string, o: { db: string }) => userRemoveCommand({ name, ...o }));
  user
    .command('passwd')
    .description("set a user's password (and lift a lock)")
    .argument('<name>', 'user name')
    .requiredOption('--db <archive>', 'archive file')
    .option('--password-stdin', 'read the password from the first line of stdin')
    .action(async (name: string, o: { db: string; passwordStdin?: boolean }) => userPasswdCommand({ name, ...o }));

  program
    .command('risk')
    .description('publication-risk check: what in a quote could identify the writer, and how many senders share it (k)')
    .argument('<id>', 'letter id')
    .requiredOption('--db <archive>', 'archive file')
    .option('--quote <text>', 'the passage to publish (the whole letter when absent)')
    .option('--as <role>', 'show what this role sees', role)
    .option('--json', 'print JSON')
    .action((id: string, o: { db: string; quote?: string; json?: boolean; as?: Role }) => {
      riskCommand({ id, ...o });
    });

  program
    .command('export')
    .description('write the letters a query matches as CSV, JSON Lines or FollowTheMoney entities (for Aleph), as a role sees them')
    .requiredOption('--db <archive>', 'archive file')
    .requiredOption('--format <format>', 'csv, jsonl or ftm')
    .option('--query <q>', 'query (README, "Query language"); all letters when absent')
    .option('--out <file>', 'write here instead of stdout')
    .option('--as <role>', 'export what this role sees (researcher: pseudonyms)', role)
    .action(async (o: { db: string; format: string; query?: string; out?: string; as?: Role }) => {
      await exportCommand(o);
    });

  const auditCmd = program.command('audit').description('the audit log of reads, searches, logins and user changes');
  auditCmd
    .command('verify')
    .description('check that no entry was edited, removed or reordered (exit code 1 if one was); prints the head hash')
    .requiredOption('--db <archive>', 'archive file')
    .option('--json', 'print JSON')
    .action((o: { db: string; json?: boolean }) => auditVerifyCommand(o));
  auditCmd
    .command('list')
    .description('print audit entries, oldest first')
    .requiredOption('--db <archive>', 'archive file')
    .option('--after <seq>', 'entries after this sequence number', int('--after'), 0)
    .option('--limit <n>', 'how many entries', int('--limit'), 100)
    .option('--json', 'print JSON')
    .action((o: { db: string; after: number; limit: number; json?: boolean }) => auditListCommand(o));

  program
    .command('stem')
    .description('stem one word per line of stdin, one stem per line (words are case-folded first)')
    .requiredOption('--lang <lang>', 'ru or be')
    .action(async (o: { lang: string }) => {
      await stemCommand(o);
    });

  program
    .command('langid')
    .description('identify the language (ru, be, uk, en, und) of each line of stdin, one code per line')
    .action(async () => {
      await langidCommand();
    });

  program
    .command('translit')
    .description('romanise each line of stdin under a scheme, or with --reverse list the Cyrillic spellings each Latin word may stand for')
    .option('--scheme <name>', 'bgn_pcgn, gost_779, icao_doc_9303, mvd_782, wikipedia, be_national, be_bgn_pcgn, be_passport or be_press')
    .option('--reverse', 'Latin → Cyrillic: up to 16 candidate spellings per word, best first')
    .option('--lang <lang>', 'with --reverse: only ru or only be spellings')
    .action(async (o: { scheme?: string; reverse?: boolean; lang?: string }) => {
      await translitCommand(o);
    });

  program
    .command('key')
    .description('print the cross-script matching key of each line of stdin (Mahilau, Могилёве and Mogilev give one key)')
    .action(async () => {
      await keyCommand();
    });

  program
    .command('place')
    .description('print the gazetteer entry (JSON) for a place, given any spelling in any case or script')
    .argument('<name>', 'a place name: Mahilau, Могилёв, Магілёве, Mogilev…')
    .action((name: string) => placeCommand({ name }));

  return program;
}

/**
 * The key of an encrypted archive, asked on the terminal when the environment gives none: the
 * archive named by --db is encrypted, or --encrypt creates one. Typing is not echoed.
 */
async function askKeyIfNeeded(argv: string[]): Promise<void> {
  if (process.env.ZVAROT_KEY || process.env.ZVAROT_KEY_FILE || !process.stdin.isTTY) return;
  const i = argv.indexOf('--db');
  const db = i >= 0 ? argv[i + 1] : undefined;
  if (!db || !(isEncrypted(db) || argv.includes('--encrypt'))) return;
  const rl = createInterface({ input: process.stdin, output: process.stderr, terminal: true });
  const out = rl as unknown as { _writeToOutput: (s: string) => void; output: NodeJS.WriteStream };
  let asking = true;
  out._writeToOutput = (s: string) => {
    if (!asking || s.includes('key for')) process.stderr.write(s);
  };
  const key = await new Promise<string>((resolve) => rl.question(`Archive key for ${db}: `, resolve));
  asking = false;
  rl.close();
  process.stderr.write('\n');
  if (key) process.env.ZVAROT_KEY = key;
}

export async function main(argv: string[]): Promise<void> {
  try {
    await askKeyIfNeeded(argv);
    await buildProgram().parseAsync(argv);
  } catch (e) {
    if (e instanceof CommanderError) {
      // Help and version end here too; usage mistakes get the catalogue's code.
      if (e.exitCode === 0) return;
      process.stderr.write(`zvarot: ${new ZvarotError('E_USAGE', e.message.replace(/^error: /, '')).format()}\n`);
      process.exitCode = 2;
      return;
    }
    if (isZvarotError(e)) {
      process.stderr.write(`zvarot: ${e.format()}\n`);
      process.exitCode = e.status >= 500 ? 1 : 2;
      return;
    }
    const err = new ZvarotError('E_INTERNAL', e instanceof Error ? e.message : String(e));
    process.stderr.write(`zvarot: ${err.format()}\n${e instanceof Error && e.stack ? e.stack + '\n' : ''}`);
    process.exitCode = 1;
  }
}

