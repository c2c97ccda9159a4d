import type { EventContext } from '../context.js';
import { titleOfWord } from '../../entities/people/titles.js';
import { SPEECH_VERBS } from '../../lexicon/speech.js';

/** Words that may join the parts of an office in apposition ("Minister of Foreign Affairs and Cooperation of Chad"). */
const JOINERS: ReadonlySet<string> = new Set(['of', 'the', 'for', 'to', 'and', 'in', 'charge', '&', "'s", '-', 'at', 'on', 'since', 'from', 'until']);

/** The longest apposition read after a name, in tokens: longer runs are a clause of their own. */
const MAX_LENGTH = 16;

/** The longest description read after a name ("a former law lecturer who was sworn in after a disputed election"): it must end at a comma before the clause's verb. */
const MAX_DESCRIPTION = 24;

/**
 * Index after an apposition that follows a name at `k` (", Deputy Prime Minister of Vietnam",
 * ", Arab League Secretary-General"), or `k` itself when none follows. An apposition holds an
 * office word and only office words, countries, organisations, proper nouns and joiners; it never
 * holds another person (", President X" starts the next item of a list).
 */
export function skipApposition(ctx: EventContext, k: number, limit: number): number {
  // (", and his counterpart, Y": the next item of a list, not a description of this name)
  if (ctx.folded[k] !== ',' || ctx.folded[k + 1] === 'and') return k;
  let office = false;
  let m = k + 1;
  while (m < limit && m - k <= MAX_LENGTH) {
    if (ctx.personAt[m]) return k;
    const w = (ctx.folded[m] ?? '').replace(/\.$/, '');
    const title = titleOfWord(w);
    if (title?.kind === 'office') office = true;
    const fits = title !== undefined || ctx.facts.country[m] !== undefined || ctx.facts.organisation[m] || ctx.dateAt[m] !== undefined || JOINERS.has(w) || ctx.pos[m] === 'PROPN' || ctx.pos[m] === 'ADJ';
    if (!fits) break;
    m++;
  }
  if (!office || m === k + 1) return skipDescription(ctx, k, limit);
  // ", the Prime Minister's office said": the subject of a report, not a description of the name
  if (SPEECH_VERBS.has(ctx.folded[m] ?? '')) return k;
  // the apposition ends at a comma, the end of the sentence, or the verb of the clause
  while (m > k + 1 && ['and', 'of', 'the', 'for', 'to', 'in', '&', '-'].includes(ctx.folded[m - 1] ?? '')) m--;
  return m;
}

/** Words that open a description in apposition ("a veteran of the bloc", "his country's top diplomat", "seen as a possible broker"). */
const DESCRIPTION_OPENERS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'his', 'her', 'their', 'its', 'seen', 'himself', 'herself', 'long', 'once', 'widely', 'now']);

/** Words inside a description that end it as a clause of its own. */
const CLAUSE_WORDS: ReadonlySet<string> = new Set(['.', ';', ':', 'that', '"', '\u201c', '\u201d', '(', ')']);

/**
 * Index of the comma closing a description in apposition after a name at `k` (", a veteran of the
 * bloc,"), when the clause's verb follows that comma ("X, a possible broker, flew to Moscow"); else
 * `k`. A description holds no person, and no verb but the participle that may open it ("seen as")
 * or those of one relative clause or infinitive ("a former banker who took office in May", "the first to visit").
 */
function skipDescription(ctx: EventContext, k: number, limit: number): number {
  if (!DESCRIPTION_OPENERS.has(ctx.folded[k + 1] ?? '')) return k;
  let relative = false;
  for (let m = k + 2; m < limit && m - k <= MAX_DESCRIPTION; m++) {
    const w = ctx.folded[m] ?? '';
    if (w === ',') return verbAfter(ctx, m + 1) ? m : k;
    // ", a former vice president who returned to power in January,", ", the first minister to visit Kyiv,",
    // ", a lawyer trained in Paris,": a relative clause, an infinitive or a participle inside the description
    const reduced = ctx.pos[m] === 'VERB' && /(?:ed|en)$/.test(w) && (ctx.pos[m - 1] === 'NOUN' || ctx.pos[m - 1] === 'PROPN');
    if ((RELATIVES.has(w) || (w === 'to' && ctx.pos[m + 1] === 'VERB') || reduced) && !relative) {
      relative = true;
      continue;
    }
    // ("a practising Catholic", "a seasoned negotiator": a participle right after the article qualifies the noun)
    const participle = m === k + 2 && /(?:ing|ed)$/.test(w);
    if (ctx.personAt[m] || CLAUSE_WORDS.has(w) || (!relative && !participle && (ctx.pos[m] === 'VERB' || ctx.pos[m] === 'AUX'))) return k;
  }
  return k;
}

/** Pronouns that open a relative clause inside a description. */
const RELATIVES: ReadonlySet<string> = new Set(['who', 'which', 'whose']);

/** Whether the verb of a clause starts at `i`, maybe after an adverb ("X, a lawyer, then flew"). */
function verbAfter(ctx: EventContext, i: number): boolean {
  const at = ctx.pos[i] === 'ADV' ? i + 1 : i;
  return ctx.pos[at] === 'VERB' || ctx.pos[at] === 'AUX';
}
