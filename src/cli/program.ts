/** The zvarot command line. Each command lives in its own file; this one only wires options. */
import { Command, CommanderError, InvalidArgumentError } from 'commander';
import { isZvarotError, ZvarotError } from '../core/errors.js';
import { demoCommand } from './demo.js';
import { generateCommand } from './generate.js';
import { ingestCommand } from './ingest.js';
import { langidCommand, placeCommand } from './language.js';
import { searchCommand } from './search.js';
import { serveCommand } from './serve.js';
import { showCommand } from './show.js';

function int(name: string) {
  return (v: string): number => {
    if (!/^\d+$/.test(v)) throw new InvalidArgumentError(`${name} takes a whole number, got "${v}"`);
    return Number(v);
  };
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

  program
    .command('ingest')
    .description('load letters (canonical JSON Lines) into an archive; idempotent on letter id')
    .argument('<files...>', 'JSONL files')
    .requiredOption('--db <archive>', 'archive file (created when missing)')
    .option('--json', 'print the report as JSON, no progress bar')
    .action(async (files: string[], o: { db: string; json?: boolean }) => {
      await ingestCommand({ files, db: o.db, json: o.json ?? false });
    });

  program
    .command('search')
    .description('search an archive')
    .argument('<query>', 'query (README, "Query language")')
    .requiredOption('--db <archive>', 'archive file')
    .option('--limit <n>', 'hits to return (1–200)', int('--limit'), 10)
    .option('--offset <n>', 'hits to skip', int('--offset'), 0)
    .option('--sort <order>', 'relevance, date or -date')
    .option('--json', 'print JSON')
    .action((query: string, o: { db: string; limit: number; offset: number; sort?: string; json?: boolean }) => {
      searchCommand({ query, ...o });
    });

  program
    .command('show')
    .description('print one letter with its derived fields')
    .argument('<id>', 'letter id')
    .requiredOption('--db <archive>', 'archive file')
    .option('--json', 'print JSON')
    .action((id: string, o: { db: string; json?: boolean }) => showCommand({ id, ...o }));

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
    .command('langid')
    .description('identify the language (ru, be, uk, en, und) of each line of stdin, one code per line')
    .action(async () => {
      await langidCommand();
    });

  program
    .command('place')
    .description('print the gazetteer entry (JSON) for a place, given any spelling in any case or script')
    .argument('<name>', 'a place name: Mahilau, Могилёв, Магілёве, Mogilev…')
    .action((name: string) => placeCommand({ name }));

  return program;
}

export async function main(argv: string[]): Promise<void> {
  try {
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

