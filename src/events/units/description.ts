import { REIGNING_MONARCH_TITLES } from '../../entities/people/titles.js';
import type { EventContext } from '../context.js';
import type { PartyItem } from './party.js';
import { headsABody, resolveDescription } from './resolve-description.js';
import { DIPLOMATIC_ROLES, LEADER_ROLES, MONARCHS, headOfStateRole, monarchTitle } from '../lexicon.js';
import { numberValue } from '../../lexicon/numbers.js';
import { TITLE_WORDS } from '../../entities/people/titles.js';
import { firstAbove } from '../../text/sorted.js';
import { resolvePronoun, subjectOf } from './pronoun.js';
import { TRAVEL_VERBS } from '../../lexicon/travel.js';
import { nameAfterTitle } from './name-after-title.js';

/** Office words a description may end in ("the Russian leader", "his Iranian counterpart"), by lemma. */
export const DESCRIPTION_HEADS: ReadonlySet<string> = new Set([
  ...REIGNING_MONARCH_TITLES, 'leader', 'statesman', 'president', 'premier', 'chancellor', 'counterpart', 'minister', 'secretary', 'highness', 'majesty',
  'prince', 'monarch', 'host', 'guest', 'pm', 'envoy', 'ambassador', 'taoiseach', 'pope', 'sheikh',
  'chairman', 'chairperson', 'chairwoman', 'chair', 'vice-president', 'president-elect', 'head', 'ruler', 'secretary-general',
  'visitor', 'dignitary', 'diplomat', 'delegation', 'chief',
]);


/** Plural nouns that stand for the parties of a contact ("the two leaders", "both sides"). */
const GROUP_NOUNS: ReadonlySet<string> = new Set(['leader', 'side', 'country', 'nation', 'government', 'state', 'ministry', 'president', 'minister', 'premier', 'man', 'woman', 'head', 'statesman', 'counterpart', 'pair', 'duo', 'chief', 'diplomat', 'envoy', 'guest', 'visitor', 'dignitary']);

/** Nouns for the government of a country ("Romania's new government", "the country's leadership"). */
const GOVERNMENT_NOUNS: ReadonlySet<string> = new Set(['government', 'leadership', 'administration', 'cabinet', 'authority', 'junta', 'regime']);

/** Singular nouns that stand for two people ("the pair", "the duo"). */
const PAIR_NOUNS: ReadonlySet<string> = new Set(['pair', 'duo']);

/** Group nouns that name a group without a number ("the leaders", "his guests", "the presidents"). */
const UNCOUNTED_GROUP_NOUNS: ReadonlySet<string> = new Set(['leader', 'guest', 'visitor', 'dignitary', 'president', 'premier']);

/** Group nouns that stand for states ("the two countries", "both sides"). */
const STATE_NOUNS: ReadonlySet<string> = new Set(['country', 'nation', 'state', 'side', 'government', 'ministry']);

/** Words a description may open with or hold before its head. */
const OPENERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', "'s", 'visiting', 'new', 'incoming', 'outgoing', 'then', 'former', 'host', 'two', 'both']);

/**
 * A description of people instead of their names: "the Russian leader", "his Iranian
 * counterpart", "Hungary's prime minister", "the visiting Emir" (resolved to the person the text
 * named with that role), "the two leaders" (a group), "the leaders of France, Britain and China"
 * (one party per country). A description followed by a name is a title, read with the name.
 */
export function readDescriptionItem(ctx: EventContext, i: number, limit: number): PartyItem | null {
  let j = i;
  let country: string | undefined;
  let count: number | undefined;
  const codes: string[] = [];
  while (j < limit && j < i + 7) {
    const w = (ctx.folded[j] ?? '').replace(/\.$/, '');
    const lemma = lemmaOf(ctx, j, w);
    if (ctx.facts.country[j]) {
      country ??= ctx.facts.country[j];
      if (!codes.includes(ctx.facts.country[j] as string)) codes.push(ctx.facts.country[j] as string);
      j++;
    } else if (codes.length > 0 && (w === 'and' || w === ',') && ctx.facts.country[j + 1]) {
      // "Chinese and US leaders", "French, German and Italian ministers"
      j++;
    } else if (codes.length === 1 && count === undefined && GROUP_NOUNS.has(lemma) && w !== lemma && !PAIR_NOUNS.has(w) && !ctx.personAt[j + 1]) {
      // "met top Pakistani leaders", "talks with the Syrian leaders": the people of one country, that country
      return countryPeople(codes, lemma, j + 1);
    } else if (codes.length > 1 && GROUP_NOUNS.has(lemma) && w !== lemma) {
      return countryPeople(codes, lemma, j + 1);
    } else if (w === 'both' || (numberValue(w) !== undefined && numberValue(w)! >= 2 && numberValue(w)! <= 30)) {
      count = w === 'both' ? 2 : numberValue(w);
      j++;
    } else if (GROUP_NOUNS.has(lemma) && (w !== lemma || PAIR_NOUNS.has(w)) && !ctx.personAt[j + 1]) {
      return groupOrCountries(ctx, j, limit, count);
    } else if (count !== undefined && ctx.folded[i] === 'the' && (ctx.pos[j] === 'VERB' || ctx.pos[j] === 'AUX' || ctx.pos[j] === 'ADV' || ctx.pos[j] === 'PUNCT')) {
      // "the two first met in Washington": a count with no noun
      return { parties: [count > 2 ? { kind: 'group', size: count } : { kind: 'group', counted: true }], end: j, group: true };
    } else if ((DESCRIPTION_HEADS.has(lemma) || DESCRIPTION_HEADS.has(w)) && !addressBeforeThe(ctx, j)) {
      // "the visiting delegation" is a traveller; "Russian and Ukrainian delegations", "an American trade delegation" are their countries
      if (lemma === 'delegation' && (codes.length > 0 || w !== lemma || ctx.folded[i] !== 'the')) return null;
      return headItem(ctx, i, j, limit, country);
      // ("to" comes only after a head, "ambassador to Sudan": "Zambia to host" is no description)
    } else if (OPENERS.has(w) || (TITLE_WORDS.get(w)?.kind === 'modifier' && w !== 'to') || w === 'prime' || (ctx.pos[j] === 'ADJ' && j > i) || namedBody(ctx, j, count) || addressBeforeThe(ctx, j) || bodyOfOffice(ctx, i, j)) j++;
    else return null;
  }
  return null;
}

/** "the U.N. Secretary-General", "the NATO chief": an organisation's name (with its closing full stop) between "the" and the office it gives. */
function bodyOfOffice(ctx: EventContext, i: number, j: number): boolean {
  if (ctx.folded[i] !== 'the' || j > i + 2) return false;
  return ctx.facts.organisation[j] || (ctx.folded[j] === '.' && ctx.facts.organisation[j - 1] === true);
}

/** Heads of the offices of international bodies, which a lead may describe before it names their holder ("the U.N. Secretary-General", "the UN chief"). */
const BODY_HEADS: ReadonlySet<string> = new Set(['secretary-general', 'chief']);

/** How many sentences open a text as its lead (a headline, a dateline, the first sentence). */
const LEAD_SENTENCES = 2;

/**
 * "Türkiye's president and the U.N. Secretary-General spoke by phone. Erdoğan and Guterres …": a
 * lead that describes an international body's head before it names them points to the first
 * person of a fitting office named after it, in its sentence or the next.
 */
function namedNext(ctx: EventContext, here: number, sentence: number, fits: (role: string | undefined, country?: string) => boolean): string | undefined {
  // (only in the lead: further on, a description the text has not named yet is someone else)
  if (sentence > LEAD_SENTENCES) return undefined;
  const end = ctx.doc.sentences[sentence + 1]?.end ?? ctx.doc.sentences[sentence]?.end ?? here;
  let first: string | undefined;
  let firstStart = Infinity;
  for (const p of ctx.people.values()) {
    const start = Math.min(...p.mentions.map((m) => m.start));
    if (start > here && start < end && start < firstStart && fits(p.role, p.country)) [first, firstStart] = [p.id, start];
  }
  return first;
}

/** "the four Quad leaders", "the 27 EU leaders": the name of a body between a count and its members. */
function namedBody(ctx: EventContext, j: number, count: number | undefined): boolean {
  return count !== undefined && (ctx.pos[j] === 'PROPN' || !!ctx.facts.organisation[j]) && !ctx.personAt[j];
}

/**
 * The people of the countries a description names ("Chinese and US leaders": one party per country,
 * each read from its name; "top Pakistani leaders": that country), with the office its noun gives
 * unless it is a leader's or a head's.
 */
function countryPeople(codes: readonly string[], lemma: string, end: number): PartyItem {
  const office = lemma === 'leader' || lemma === 'head' ? undefined : lemma;
  const via = codes.length > 1 ? 'name' : 'description';
  return { parties: codes.map((code) => ({ kind: 'country', code, via, ...(office ? { office } : {}) })), end, ...(codes.length > 1 ? { perCountry: true } : {}) };
}

/** The lemma of token `j`; a capitalised plural the tagger left unlemmatised ("Leaders of …" opening a sentence) loses its "s". */
function lemmaOf(ctx: EventContext, j: number, w: string): string {
  const lemma = ctx.lemmas[j] ?? w;
  return lemma === w && w.endsWith('s') && GROUP_NOUNS.has(w.slice(0, -1)) ? w.slice(0, -1) : lemma;
}

/** Forms of address spelled out, read past when "the" and a description follow ("His Highness the Emir of Qatar"). */
const ADDRESS_WORDS: ReadonlySet<string> = new Set(['highness', 'majesty', 'excellency', 'holiness']);

/** Abbreviated forms of address ("HH the Amir", "HE the Nigerian President", "HE President X"); "HE" only in capitals, never the pronoun. */
const ADDRESS_ABBREVIATION = /^(?:HH|HE|HRH|HM|H\.E|H\.H|H\.R\.H)\.?$/;

/**
 * "each of them", "each of the two leaders", "each leader", "each side": a group whose members
 * had one contact each.
 */
export function readEachItem(ctx: EventContext, i: number, limit: number, group: (j: number) => PartyItem | null): PartyItem | null {
  if (ctx.folded[i] !== 'each') return null;
  const w = ctx.folded[i + 1] ?? '';
  const item = w === 'of' ? group(i + 2) : GROUP_NOUNS.has(w) ? { parties: [{ kind: 'group' as const }], end: i + 2, group: true } : null;
  const only = item?.parties.length === 1 ? item.parties[0] : undefined;
  if (!item || only?.kind !== 'group') return null;
  return { parties: [{ ...only, each: true }], end: item.end, group: true };
}

/** Whether an abbreviated form of address stands at `j`, before "the", a title or a name. */
export function addressBeforeThe(ctx: EventContext, j: number): boolean {
  // "His Royal Highness the Crown Prince", "His Excellency the President": the address spelled out
  const royal = ctx.folded[j] === 'royal' || ctx.folded[j] === 'serene' ? 1 : 0;
  if (ADDRESS_WORDS.has(ctx.folded[j + royal] ?? '') && ctx.folded[j + royal + 1] === 'the') return true;
  if (!ADDRESS_ABBREVIATION.test(ctx.doc.tokens[j]?.text ?? '')) return false;
  const next = ctx.folded[j + 1] === '.' ? j + 2 : j + 1;
  return ctx.folded[next] === 'the' || ctx.personStart[next] || TITLE_WORDS.get(ctx.folded[next] ?? '')?.kind === 'office';
}

/** "the two leaders", "both sides" (a group), or "the leaders of France, Britain and China" (one party per country). */
function groupOrCountries(ctx: EventContext, j: number, limit: number, count: number | undefined): PartyItem | null {
  const from = ctx.folded[j + 2] === 'the' ? j + 3 : j + 2;
  if (ctx.folded[j + 1] === 'of' && ctx.facts.country[from]) {
    const codes: string[] = [];
    let k = from;
    while (k < limit && (ctx.facts.country[k] || [',', 'and', 'the'].includes(ctx.folded[k] ?? ''))) {
      const code = ctx.facts.country[k];
      if (code && !codes.includes(code)) codes.push(code);
      k++;
    }
    while (k > from && [',', 'and', 'the'].includes(ctx.folded[k - 1] ?? '')) k--;
    // "the leaders of Romania's new government"
    k = governmentAfter(ctx, k, limit);
    const head = lemmaOf(ctx, j, ctx.folded[j] ?? '');
    const office = head === 'leader' || head === 'head' ? undefined : head;
    return { parties: codes.map((code) => ({ kind: 'country', code, via: 'name', ...(office ? { office } : {}) })), end: k, perCountry: true };
  }
  if (PAIR_NOUNS.has(ctx.folded[j] ?? '')) count = 2;
  // uncounted, only "the leaders", "his guests", "the visitors" name a group ("the ministers" may be any)
  if (count === undefined && !UNCOUNTED_GROUP_NOUNS.has(lemmaOf(ctx, j, ctx.folded[j] ?? ''))) return null;
  const states = STATE_NOUNS.has(lemmaOf(ctx, j, ctx.folded[j] ?? ''));
  const size = count && count > 2 ? { size: count } : count === 2 ? { counted: true } : {};
  const { office, end } = groupOffice(ctx, j);
  return { parties: [{ kind: 'group', ...size, ...(states ? { states } : {}), ...(office ? { office } : {}) }], end, group: true };
}

/** Group heads that name the office their members hold, as `roleFits` reads a description head. */
const GROUP_OFFICES: ReadonlyMap<string, string> = new Map([
  ['president', 'president'], ['premier', 'premier'], ['minister', 'minister'], ['chancellor', 'chancellor'], ['leader', 'leader'],
]);

/**
 * The office a group's members hold and where the group ends: "the two presidents" (president),
 * "both prime ministers" (premier), "the two heads of state", "the pair of ministers"; none for
 * "the two leaders" or "both sides".
 */
function groupOffice(ctx: EventContext, j: number): { office?: string; end: number } {
  const w = ctx.folded[j] ?? '';
  const of = ctx.folded[j + 1] === 'of';
  if (PAIR_NOUNS.has(w) && of && GROUP_NOUNS.has(lemmaOf(ctx, j + 2, ctx.folded[j + 2] ?? ''))) return groupOffice(ctx, j + 2);
  const lemma = lemmaOf(ctx, j, w);
  if (lemma === 'head' && of && ctx.folded[j + 2] === 'state') return { office: 'head of state', end: j + 3 };
  if (lemma === 'head' && of && ctx.folded[j + 2] === 'government') return { office: 'premier', end: j + 3 };
  if (lemma === 'minister' && ctx.folded[j - 1] === 'prime') return { office: 'premier', end: j + 1 };
  if (lemma === 'minister' && ctx.folded[j - 1] === 'foreign') return { office: 'foreign minister', end: j + 1 };
  return { office: GROUP_OFFICES.get(lemma), end: j + 1 };
}

/** Past "'s (new) government" after a country ("Romania's new government"), or `k` itself. */
function governmentAfter(ctx: EventContext, k: number, limit: number): number {
  if (ctx.folded[k] !== "'s") return k;
  let m = k + 1;
  while (m < limit && m < k + 4 && ctx.pos[m] === 'ADJ') m++;
  return GOVERNMENT_NOUNS.has(ctx.lemmas[m] ?? '') ? m + 1 : k;
}

/**
 * The office a description's head word names, `word` standing between `before` and `after`: "the
 * Prime Minister" is a head of government ("pm"), not any minister; "the Secretary General" is the
 * secretary-general.
 */
export function officeHead(word: string, before: string | undefined, after?: string): string {
  if (word === 'secretary' && after === 'general') return 'secretary-general';
  return word === 'pm' || (word === 'minister' && before === 'prime') ? 'pm' : word;
}

/** A description ending in an office word at `j`: the person it points to, or the country alone. */
function headItem(ctx: EventContext, i: number, j: number, limit: number, country: string | undefined): PartyItem | null {
  let head = officeHead(ctx.lemmas[j] ?? '', ctx.folded[j - 1], ctx.folded[j + 1]);
  let end = head === 'secretary-general' && ctx.folded[j + 1] === 'general' ? j + 2 : j + 1;
  if (['minister', 'secretary'].includes(ctx.folded[end] ?? '')) end++;
  // "the Minister of Foreign Affairs": the foreign minister, not any minister
  if (head === 'minister' && ['of', 'for'].includes(ctx.folded[end] ?? '') && ['foreign', 'external'].includes(ctx.folded[end + 1] ?? '') && ctx.folded[end + 2] === 'affairs') [head, end] = ['foreign minister', end + 3];
  // "the Head of State": a president or a monarch, not a head of government
  if (head === 'head' && ctx.folded[end] === 'of' && ctx.folded[end + 1] === 'state') [head, end] = ['head of state', end + 2];
  // "a leader of North Korea", "the Minister of Foreign Affairs of Turkmenistan"
  const of = countryAfterOf(ctx, end, limit);
  if (of) [country, end] = [country ?? of.code, of.end];
  // ("the Qatari emir, King Salman and …": a name of another country after the comma is the next item of a list)
  if (end < limit && (ctx.personAt[end] || (ctx.folded[end] === ',' && ctx.personStart[end + 1] && !otherCountryNamed(ctx, end + 1, country)))) return null;
  // "Deputy Prime Minister and Foreign Minister X": two offices of one named person
  if (ctx.folded[end] === 'and' && nameAfterTitle(ctx, i, limit) > end) return null;
  // "the leaders of …" is handled above; a bare "the president" needs someone of that office
  // "the visiting Minister": someone from abroad, not of the country the report is filed from
  const visitor = ctx.folded.slice(i, j).includes('visiting');
  // "plans by an Australian cabinet minister to visit Taiwan": an indefinite description is someone not named yet
  const indefinite = INDEFINITE.has(ctx.folded[i] ?? '');
  const person = indefinite ? undefined : country ? resolveDescription(ctx, country, head, i) : (resolveRole(ctx, head, i, 0, visitor) ?? possessorsCounterpart(ctx, i, head));
  if (person) return { parties: [{ kind: 'person', personId: person, via: 'description' }], end };
  if (country) return { parties: [{ kind: 'country', code: country, via: 'description' }], end };
  return null;
}


/** Whether the person whose name starts at `k` acts for a country other than the description's `country`. */
function otherCountryNamed(ctx: EventContext, k: number, country: string | undefined): boolean {
  let id = ctx.personAt[k];
  for (let j = k; !id && j < k + 4; j++) id = ctx.personAt[j];
  const theirs = id ? ctx.people.get(id)?.country : undefined;
  return !!country && !!theirs && theirs !== country;
}

/** Articles of a description that names someone new ("an Australian minister", "another envoy"). */
const INDEFINITE: ReadonlySet<string> = new Set(['a', 'an', 'another']);

/** Heads that name the one whom the possessor deals with ("his counterpart", "her guest"); not "his host", who may be any of several. */
const OPPOSITE_HEADS: ReadonlySet<string> = new Set(['counterpart', 'guest', 'visitor']);

/**
 * "Xi hosted his counterpart on Monday", "Ruto and his guest held talks": with no country said,
 * the person named last before the description (within a few sentences) who is not its possessor
 * and acts for another country, with an office for "counterpart".
 */
function possessorsCounterpart(ctx: EventContext, i: number, head: string): string | undefined {
  const w = ctx.folded[i] ?? '';
  if (!OPPOSITE_HEADS.has(head) || (w !== 'his' && w !== 'her')) return undefined;
  const owner = resolvePronoun(ctx, i, new Set());
  const home = owner ? ctx.people.get(owner)?.country : undefined;
  if (!owner || !home) return undefined;
  const sentence = ctx.doc.tokens[i]?.sentence ?? 0;
  const floor = ctx.doc.sentences[Math.max(0, sentence - 3)]?.firstToken ?? 0;
  for (let k = i - 1; k >= floor; k--) {
    const id = ctx.personAt[k];
    const p = id ? ctx.people.get(id) : undefined;
    if (!id || id === owner || !p?.country || p.country === home) continue;
    if (head === 'counterpart' && !p.role) continue;
    return id;
  }
  return undefined;
}

/** "of (Foreign Affairs of)? (the)? Country": the country an office is of, and where the phrase ends. */
function countryAfterOf(ctx: EventContext, i: number, limit: number): { code: string; end: number } | undefined {
  if (ctx.folded[i] !== 'of') return undefined;
  for (let k = i + 1; k < Math.min(limit, i + 7); k++) {
    const code = ctx.facts.country[k];
    if (code && ctx.facts.countryKind[k] !== 'demonym') {
      let end = k;
      while (end < limit && ctx.facts.country[end] === code) end++;
      return { code, end };
    }
    if (!/^\p{Lu}/u.test(ctx.texts[k] ?? '') && !['of', 'the', 'and', '&'].includes(ctx.folded[k] ?? '')) return undefined;
  }
  return undefined;
}

/**
 * "X arrived in Honiara on Thursday. Y hosted a dinner for the visiting delegation": "the
 * delegation" is the one the subject of a recent sentence of travel led (an arrival, a flight, a
 * visit), never the subject of its own sentence, who receives it.
 */
function recentTraveller(ctx: EventContext, sentence: number, depth: number): string | undefined {
  for (let k = sentence - 1; k >= Math.max(0, sentence - ROLE_LOOKBACK); k--) {
    const s = ctx.doc.sentences[k];
    let travel = false;
    for (let i = s?.firstToken ?? 0; i < (s?.endToken ?? 0) && !travel; i++) travel = TRAVEL_VERBS.has(ctx.folded[i] ?? '') || ctx.lemmas[i] === 'visit';
    const subject = travel ? subjectOf(ctx, k, Infinity, depth + 1) : undefined;
    if (subject) return subject;
  }
  return undefined;
}

/** How many sentences back a description with no country looks for the person it means. */
const ROLE_LOOKBACK = 4;

/**
 * "the visiting Emir", "the President": the person named last before token `at` (within a few
 * sentences) whose role the head word names; none for heads that name no office ("counterpart").
 * `depth` bounds how far subjects that are themselves descriptions are followed.
 */
export function resolveRole(ctx: EventContext, head: string, at: number, depth = 0, visitor = false): string | undefined {
  if (head === 'counterpart' || head === 'host' || head === 'guest' || head === 'head') return undefined;
  if (head === 'delegation') return recentTraveller(ctx, ctx.doc.tokens[at]?.sentence ?? 0, depth);
  // "the visitor", "the visiting dignitary": an official from abroad, whatever the office
  const anyOffice = head === 'visitor' || head === 'dignitary';
  const home = visitor || anyOffice ? ctx.dateline?.country : undefined;
  const fits = (role: string | undefined, country?: string): boolean => {
    if (!role || (home && country === home)) return false;
    if (anyOffice) return true;
    if (head === 'diplomat') return DIPLOMATIC_ROLES.has(role);
    if (head === 'leader' || head === 'monarch' || head === 'ruler' || head === 'statesman') return LEADER_ROLES.has(role);
    if (head === 'head of state') return headOfStateRole(role);
    // "the Amir" is the emir, "the King" the king: one monarch is not another's title
    if (MONARCHS.has(head) && MONARCHS.has(role)) return role === monarchTitle(head) || head === 'monarch';
    // "His Highness", "His Majesty": the royal the text is about
    if (head === 'highness' || head === 'majesty') return MONARCHS.has(role) || role.includes('prince');
    if (head === 'pm' || head === 'premier') return role === 'prime minister' || role === 'premier';
    if (headsABody(head, role)) return true;
    return role === head || role.endsWith(` ${head}`) || role.startsWith(`${head} of`) || (head === 'minister' && role.includes('minister'));
  };
  const sentence = ctx.doc.tokens[at]?.sentence ?? 0;
  // "the visiting minister": the one who travelled, when the office fits (the dateline may be the visitor's own capital)
  const traveller = visitor ? recentTraveller(ctx, sentence, depth) : undefined;
  if (traveller && fits(ctx.people.get(traveller)?.role)) return traveller;
  // the subject of the text, if the office fits ("The Prime Minister will travel to Tallinn" after a paragraph about him)
  for (let k = sentence; k >= Math.max(0, sentence - ROLE_LOOKBACK); k--) {
    const subject = subjectOf(ctx, k, k === sentence ? at : Infinity, depth + 1);
    if (subject && fits(ctx.people.get(subject)?.role, ctx.people.get(subject)?.country)) return subject;
  }
  const here = ctx.doc.tokens[at]?.start ?? 0;
  const floor = ctx.doc.sentences[Math.max(0, sentence - ROLE_LOOKBACK)]?.start ?? 0;
  let best: string | undefined;
  let bestStart = -1;
  // further back, the holder of the office the text names most often ("the minister" of a readout)
  let salient: string | undefined;
  let salientCount = 0;
  for (const p of ctx.people.values()) {
    if (!fits(p.role, p.country)) continue;
    const starts = p.mentions.map((m) => m.start).sort((a, b) => a - b);
    const count = firstAbove(starts, here);
    const before = starts[count - 1];
    if (before !== undefined && before >= floor && before > bestStart) {
      bestStart = before;
      best = p.id;
    }
    if (count > salientCount) [salient, salientCount] = [p.id, count];
  }
  return best ?? salient ?? (BODY_HEADS.has(head) ? namedNext(ctx, here, sentence, fits) : undefined);
}
