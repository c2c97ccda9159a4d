import { statSync } from 'node:fs';

/**
 * Why a FILE argument cannot be read as input, in the command's words ("cannot read x.txt: no
 * such file", "…: it is a directory"), or `undefined` when it can be opened. One check for the
 * article files, `--jsonl FILE` and `merge FILE`.
 */
export function unreadableFile(file: string): string | undefined {
  try {
    return statSync(file).isDirectory() ? `cannot read ${file}: it is a directory` : undefined;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return `cannot read ${file}: ${code === 'ENOENT' || code === undefined ? 'no such file' : code}`;
  }
}
