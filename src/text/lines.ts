/** How far back (characters) a line break is looked for: a line indented by more spaces or tabs is not read as starting there (a bound, so long runs of spaces cost nothing). */
const MAX_INDENT = 40;

/** Whether offset `at` starts a line of `text`: only spaces or tabs (fewer than {@link MAX_INDENT}) stand between it and a line break or the start of the text. */
export function startsLine(text: string, at: number): boolean {
  for (let c = at - 1; c >= Math.max(-1, at - MAX_INDENT); c--) {
    if (c < 0 || text[c] === '\n') return true;
    if (text[c] !== ' ' && text[c] !== '\t') return false;
  }
  return false;
}

/** Whether a line break stands between offsets `from` (included) and `to` (excluded). */
export function lineBreakBetween(text: string, from: number, to: number): boolean {
  for (let c = from; c < to; c++) if (text[c] === '\n') return true;
  return false;
}
