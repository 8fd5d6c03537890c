import { readFile } from 'node:fs/promises';
import process from 'node:process';
import { USAGE, validateFiles } from './validate.js';
import type { FileInput } from './validate.js';

/** Runs `event-timeline ARGS…`; resolves to the exit code (0 ok, 1 problems, 2 usage). */
export async function main(args: readonly string[]): Promise<number> {
  const [command, ...rest] = args;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return command === undefined ? 2 : 0;
  }
  if (command !== 'validate') return usage(`unknown command "${command}"`);
  const strict = rest.includes('--strict');
  const unknown = rest.find((arg) => arg.startsWith('--') && arg !== '--strict');
  if (unknown) return usage(`unknown option "${unknown}"`);
  const names = rest.filter((arg) => !arg.startsWith('--'));
  if (!names.length) return usage('no files given');

  const files = await Promise.all(names.map(readInput));
  const { lines, code } = validateFiles(files, strict);
  process.stdout.write(`${lines.join('\n')}\n`);
  return code;
}

async function readInput(name: string): Promise<FileInput> {
  try {
    return { name, text: await readFile(name, 'utf8') };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'a directory' : code;
    return { name, failure: reason ?? String(error) };
  }
}

function usage(message: string): number {
  process.stderr.write(`event-timeline: ${message}\n\n${USAGE}\n`);
  return 2;
}
