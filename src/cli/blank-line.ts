/**
 * The error of a blank line between JSON Lines records: its output line keeps the outputs in line
 * with the inputs, but it is no failure (no message, no exit status). In a module of its own so
 * that the main thread of `--workers N` can name it without loading the pipeline.
 */
export const BLANK_LINE = 'blank line';
