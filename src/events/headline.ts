import type { EventContext } from './context.js';

/**
 * Whether sentence `index` is a headline: a line without final punctuation over a body, in
 * capitalised words or short and among the first lines. A bulleted line is never a headline.
 */
export function isHeadline(ctx: EventContext, index: number): boolean {
  const s = ctx.doc.sentences[index];
  if (!s) return false;
  if (/[.!?"”:;]$/.test(s.text) || /^[-•*–—·▪●◦‣]/.test(s.text)) return false;
  // a headline stands over a body: a text of one sentence has none
  if (index === ctx.doc.sentences.length - 1) return false;
  const words = ctx.doc.tokens.slice(s.firstToken, Math.min(s.endToken, s.firstToken + 40)).filter((t) => /^\p{L}{4}/u.test(t.text));
  const upper = words.filter((t) => /^\p{Lu}/u.test(t.text)).length;
  if (words.length >= 3 && upper / words.length >= 0.7) return true;
  // a short first line without a full stop is a headline too ("Israeli TV says Sisi refused call")
  const before = ctx.doc.text.slice(Math.max(0, s.start - 200), s.start);
  const line = /(?:^|\n)[ \t]*$/.test(before) && (s.start < 200 || before.includes('\n'));
  return index <= 2 && line && s.endToken - s.firstToken <= 16;
}
