import type { EventContext } from './context.js';

/** How many words an aside in brackets may hold ("the president of X (also known as Y)"). */
export const MAX_ASIDE_WORDS = 10;

/** The index of the ")" closing a "(" at `i` within {@link MAX_ASIDE_WORDS} words, or -1. */
export function closingBracket(ctx: EventContext, i: number): number {
  if (ctx.folded[i] !== '(') return -1;
  for (let k = i + 1; k <= i + MAX_ASIDE_WORDS && k < ctx.folded.length; k++) if (ctx.folded[k] === ')') return k;
  return -1;
}

/** Whether token `i` stands inside a short aside in brackets. */
export function inAside(ctx: EventContext, i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - MAX_ASIDE_WORDS); k--) {
    if (ctx.folded[k] === ')') return false;
    if (ctx.folded[k] === '(') return closingBracket(ctx, k) > i;
  }
  return false;
}
