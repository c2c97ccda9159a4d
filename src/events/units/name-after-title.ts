import type { EventContext } from '../context.js';
import { appointmentWordAt, MINISTERIAL_ENDS, STAFF_OFFICES, titleOfWord } from '../../entities/people/titles.js';

/**
 * Where the name starts when token `i` begins a person's title ("Russian President Vladimir…",
 * "Ukraine's president, Volodymyr…", "Sudan's army chief General …"); -1 when what follows is no
 * title of a named person. One comma may stand in the title (an apposition before the name).
 */
export function nameAfterTitle(ctx: EventContext, i: number, limit: number): number {
  let crossedComma = false;
  let office = false;
  let country: string | undefined;
  for (let j = i; j < limit; j++) {
    // "the Qatari emir, King Salman and …": a name of another country after the comma is the next item of a list
    const id = ctx.personAt[j];
    if (id) return crossedComma && country && otherCountry(ctx, id, country) ? -1 : j;
    if (!crossedComma) country ??= ctx.facts.country[j];
    if (titlePart(ctx, i, j, limit)) {
      office ||= !!titleOfWord(ctx.folded[j] ?? '');
      continue;
    }
    // "Ukraine's president, Volodymyr …": the comma follows an office ("Vietnam, Australian Prime Minister X" is two things)
    if (ctx.folded[j] === ',' && !crossedComma && j > i && office) {
      crossedComma = true;
      continue;
    }
    return -1;
  }
  return -1;
}

/** Whether the person `id` acts for a country other than `code`. */
function otherCountry(ctx: EventContext, id: string, code: string): boolean {
  const country = ctx.people.get(id)?.country;
  return !!country && country !== code;
}

function isOfficeWord(w: string): boolean {
  const kind = titleOfWord(w)?.kind;
  return kind !== undefined && kind !== 'honorific';
}

/** Whether token `j` can be part of a title that started at `i`: a country, an organisation, a title word, a possessive, an adjective or a noun before an office ("army chief"). */
function titlePart(ctx: EventContext, i: number, j: number, limit: number): boolean {
  const w = ctx.folded[j] ?? '';
  if (ctx.facts.country[j] || ctx.facts.organisation[j] || titleOfWord(w) || w === "'s" || w === '.' || appointmentWordAt(ctx.folded, j)) return true;
  // "the Emperor of Japan Naruhito", "the President of Chad Idriss Deby": an article opening the title
  if (j === i && w === 'the' && titleOfWord(ctx.folded[j + 1] ?? '')?.kind === 'office') return true;
  // "Party General Secretary X", "ANC Secretary-General Y": the body an office is of, named before it
  if (j === i && capitalised(ctx, j) && !titleOfWord(w) && ctx.pos[j] !== 'VERB' && officeAhead(ctx, j + 1)) return true;
  // "Netanyahu aide Dore Gold": the name of the one whose staff the office is on
  if (j === i && capitalised(ctx, j) && STAFF_OFFICES.has(ctx.folded[j + 1] ?? '')) return true;
  // "State Councilor/Minister of Foreign Affairs": two offices of one person joined by a slash
  if (w === '/' && j > i && capitalised(ctx, j + 1)) return true;
  // "Deputy Prime Minister and Foreign Minister X": "and" between two offices of one person
  // (a minister's offices only: "the President and First Lady X" are two people)
  if (w === 'and' && j > i && MINISTERIAL_ENDS.has(ctx.folded[j - 1] ?? '') && officeAhead(ctx, j + 1)) return true;
  // "Crown Prince and Prime Minister X": an office and a ministerial office of one person
  if (w === 'and' && j > i && isOfficeWord(ctx.folded[j - 1] ?? '') && ministerialAhead(ctx, j + 1)) return true;
  // "British Business and Trade Secretary X": "and" inside the portfolio an office word closes
  if (w === 'and' && j > i && capitalised(ctx, j - 1) && !ctx.personAt[j - 1] && !isOfficeWord(ctx.folded[j - 1] ?? '') && officeAhead(ctx, j + 1)) return true;
  // "Minister for Foreign Affairs and East African Cooperation X": "and" inside a ministry's name
  if (w === 'and' && j > i && capitalised(ctx, j - 1) && capitalised(ctx, j + 1) && ctx.folded.slice(i, j).some((x) => x === 'of' || x === 'for')) return true;
  // "Leader of the Islamic Revolution Ayatollah …", "President of the Russian Federation …": what the office is of
  if (j > i && (w === 'of' || w === 'the' || w === 'for') && /^\p{Lu}/u.test(ctx.texts[j + 1] ?? '')) return true;
  // "Bosnian Council of Ministers Chair …", "Leader of the Islamic Revolution …": capitalised words inside a title
  if (j > i && ctx.pos[j] === 'PROPN' && /^\p{Lu}/u.test(ctx.texts[j] ?? '')) return true;
  // "Ugandan Energy and Mineral Development Minister …": a capitalised portfolio an office word closes
  if (j > i && capitalised(ctx, j) && ctx.pos[j] !== 'VERB' && officeAhead(ctx, j)) return true;
  const nounBeforeTitle = ctx.pos[j] === 'NOUN' && titleOfWord(ctx.folded[j + 1] ?? '')?.kind === 'office';
  return ((ctx.pos[j] === 'ADJ' && j > i) || nounBeforeTitle) && j + 1 < limit && !ctx.personAt[j + 1] && ctx.pos[j + 1] !== 'PUNCT';
}


/** "… and Public Security Minister X": an office word at `k`, or after a few capitalised words ("Public Security"). */
function officeAhead(ctx: EventContext, k: number): boolean {
  for (let j = k; j < k + 4; j++) {
    if (isOfficeWord(ctx.folded[j] ?? '')) return true;
    if (!capitalised(ctx, j)) return false;
  }
  return false;
}

/** "… and Prime Minister X", "… and Minister of Defence Y": a minister's office within the few capitalised words at `k`. */
function ministerialAhead(ctx: EventContext, k: number): boolean {
  for (let j = k; j < k + 4; j++) {
    if (ctx.folded[j] === 'minister') return true;
    if (!capitalised(ctx, j)) return false;
  }
  return false;
}

function capitalised(ctx: EventContext, j: number): boolean {
  return /^\p{Lu}/u.test(ctx.texts[j] ?? '');
}
