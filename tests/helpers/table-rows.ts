import { it } from 'vitest';

/** A row of an example table we wrote: what it exercises, its text, and what is still read wrong. */
export interface TableRow {
  topic: string;
  text: string;
  known?: string;
}

/**
 * One test per row, titled "topic | text". A row marked `known` must go on failing: when it
 * passes, its mark is due to be removed.
 */
export function testRows<T extends TableRow>(rows: readonly T[], check: (row: T) => void): void {
  for (const row of rows) {
    const title = `${row.topic} | ${row.text}`;
    if (row.known) it.fails(`${title} (known: ${row.known})`, () => check(row));
    else it(title, () => check(row));
  }
}
