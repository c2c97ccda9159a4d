import { LINEAGE_PARTICLES } from './lineage.js';
import { SETTLEMENT_NOUNS } from '../../lexicon/places.js';
import type { TextDocument, Token } from '../../text/types.js';
import { fold } from '../../text/fold.js';
import { startsLine } from '../../text/lines.js';
import { MONTHS } from '../../dates/lexicon.js';
import type { TokenFacts } from '../token-facts.js';
import { INTERNATIONAL_WORDS } from '../countries/organisation-data.js';
import { hasFamilyNameShape, isCommonWord, isKnownFirstName, isKnownNamePart } from './name-lexicon.js';
import { NAME_PARTICLES, NOT_NAME_WORDS } from './stop-words.js';
import { SPEECH_VERBS } from '../../lexicon/speech.js';
import { officeBeforeMinistry, readTitlePrefix, roleOf, type TitlePrefix } from './title-prefix.js';
import { HONOURS_BEFORE_SERI, LEGISLATURES, TITLE_WORDS } from './titles.js';
import { isKnownSurname, knownByName } from './known-people-index.js';
import { respectiveTitles } from './respective-titles.js';

/** A stretch of text that names (or may name) a person, before mentions are grouped into people. */
export interface NameMention {
  /** Index of the first name token. */
  first: number;
  /** Index one past the last name token. */
  end: number;
  /** The name tokens as written ("Vladimir", "Putin"). */
  tokens: string[];
  /** What the title words before the name say. */
  prefix: TitlePrefix;
  /** Country named right after the name ("Alassane Ouattara of Côte d'Ivoire"). */
  countryAfter?: string;
  /** How the mention was accepted: a person for sure, or only if it matches a person found otherwise. */
  certainty: 'person' | 'if-known';
  /** The name stands before a noun it qualifies ("the Houthi movement", "a Trump administration"). */
  modifierUse?: boolean;
  /** Role from an apposition after the name ("Mohammad Jamshidi, the president's deputy chief of staff"). */
  appositionRole?: string;
  /** Country from an apposition after the name. */
  appositionCountry?: string;
  /** Token index of a person owning the office of the apposition ("the president's aide"). */
  appositionOwner?: number;
  /** The apposition's office belongs to an organisation ("president of the IAM District 751"). */
  appositionOrganisation?: boolean;
  /** That organisation is an international body of the organisation table ("X, secretary-general of the UN"). */
  appositionInternational?: boolean;
}

const HYPHEN_PARTICLE = /^(?:al|el|ad|as|ash|at|bin|ibn|abu|ul|ben)-\p{Lu}/u;

function clean(word: string): string {
  return fold(word).replace(/\.$/, '');
}

/** Whether the stop word `w` at `i` is a name here: a month or "He" that the words around it make a given or family name. */
function stopWordAsName(doc: TextDocument, facts: TokenFacts, i: number, w: string): boolean {
  return familyNameAfterGiven(doc, facts, i, w) || surnameAfterTitle(doc, i, w) || givenNameAfterTitle(doc, facts, i, w) || monthAfterAddress(doc, i, w);
}

/** Forms of address before a family name alone ("Mrs May", "Ms March"). */
const ADDRESS_WORDS: ReadonlySet<string> = new Set(['mr', 'mrs', 'ms', 'miss', 'madam', 'dame', 'lady']);

/** "Mrs May said", "Prime Minister May": a capitalised month right after a form of address or an office, with no day after it, is a family name. */
function monthAfterAddress(doc: TextDocument, i: number, w: string): boolean {
  if (!MONTH_NAMES.has(w) || !/^\p{Lu}/u.test(doc.tokens[i]?.text ?? '') || /^\d/.test(doc.tokens[i + 1]?.text ?? '')) return false;
  const before = clean(doc.tokens[i - 1]?.text === '.' ? doc.tokens[i - 2]?.text ?? '' : doc.tokens[i - 1]?.text ?? '');
  return ADDRESS_WORDS.has(before) || (TITLE_WORDS.get(before)?.kind === 'office' && /^\p{Lu}/u.test(doc.tokens[i - 1]?.text ?? ''));
}

/** Month names (not abbreviations), which are also given and family names ("Theresa May", "January Makamba"). */
const MONTH_NAMES: ReadonlySet<string> = new Set([...MONTHS].filter(([, m]) => !m.abbreviation).map(([name]) => name));

/** "Theresa May": a month right after a known given name, with no day or year after it, is a family name. */
function familyNameAfterGiven(doc: TextDocument, facts: TokenFacts, i: number, w: string): boolean {
  if (!MONTH_NAMES.has(w) || !isKnownFirstName(clean(doc.tokens[i - 1]?.text ?? '')) || !/^\p{Lu}/u.test(doc.tokens[i - 1]?.text ?? '')) return false;
  return !/^\d/.test(doc.tokens[i + 1]?.text ?? '') && !facts.country[i - 1];
}

/**
 * "Tanzania's foreign minister, January Makamba", "Minister for Foreign Affairs and East African
 * Cooperation January Makamba": a month right after an office (and its comma), or after the
 * capitalised name of its ministry, before a capitalised word, is a given name.
 */
function givenNameAfterTitle(doc: TextDocument, facts: TokenFacts, i: number, w: string): boolean {
  if (!MONTH_NAMES.has(w)) return false;
  const next = doc.tokens[i + 1]?.text ?? '';
  if (!/^\p{Lu}\p{Ll}/u.test(next) || MONTH_NAMES.has(clean(next))) return false;
  const last = doc.tokens[i - 1]?.text === ',' ? i - 2 : i - 1;
  if (TITLE_WORDS.get(clean(doc.tokens[last]?.text ?? ''))?.kind === 'office') return true;
  // the ministry's capitalised name, after its office and "of"/"for"
  return /^\p{Lu}/u.test(doc.tokens[last]?.text ?? '') && officeBeforeMinistry(doc, facts, last, Math.max(0, last - 9)) !== undefined;
}

/** Common words that are also family names (Chinese, Korean, Vietnamese): "He Lifeng", "Sun Weidong", "An Ho-young", "So Se-pyong", "Do Hung Viet". */
const FAMILY_NAME_WORDS: ReadonlySet<string> = new Set(['he', 'sun', 'an', 'so', 'do']);

/** "Vice-Premier He Lifeng", "Vice Foreign Minister Sun Weidong": such a word, capitalised right after an office and before another name word, is a family name. */
function surnameAfterTitle(doc: TextDocument, i: number, w: string): boolean {
  if (!FAMILY_NAME_WORDS.has(w)) return false;
  const before = clean(doc.tokens[i - 1]?.text ?? '');
  return /^\p{Lu}/u.test(doc.tokens[i]?.text ?? '') && (TITLE_WORDS.get(before)?.kind === 'office' || before.endsWith('premier') || before.endsWith('minister')) && /^\p{Lu}\p{Ll}/u.test(doc.tokens[i + 1]?.text ?? '');
}

/** Kinship words that are also given or family names in some traditions ("Son", "Sister"). */
const KINSHIP_WORDS: ReadonlySet<string> = new Set(['son', 'daughter', 'brother', 'sister']);

/** Titles that are also words inside a name ("President Hassan Sheikh Mohamud"). */
const INNER_NAME_TITLES: ReadonlySet<string> = new Set(['sheikh', 'shaikh']);

/**
 * Whether title word `w` at `i` stands inside a name: "Tan" and "Sri" outside a Malaysian honour
 * ("Tony Tan", "Sri Mulyani"), "Tengku" after a given name (a father's name), a kinship word after
 * two name words ("Bui Thanh Son"), or "Sheikh" after a given name that follows an office and
 * before another name word ("President Hassan Sheikh Mohamud").
 */
function titleInsideName(doc: TextDocument, facts: TokenFacts, i: number, w: string, headline: boolean): boolean {
  // "Tan Sri X", "Datuk Seri Y" are honours; "Tony Tan", "Sri Mulyani" are names
  if (w === 'tan') return clean(doc.tokens[i + 1]?.text ?? '') !== 'sri';
  if (w === 'seri' || w === 'sri') return !HONOURS_BEFORE_SERI.has(clean(doc.tokens[i - 1]?.text ?? ''));
  // "Zafrul Tengku Abdul Aziz": a royal title after a given name opens the father's name
  if (w === 'tengku' || w === 'tunku') return nameLike(doc, facts, i - 1, headline) && !TITLE_WORDS.has(clean(doc.tokens[i - 1]?.text ?? ''));
  if (KINSHIP_WORDS.has(w)) return nameLike(doc, facts, i - 1, headline) && nameLike(doc, facts, i - 2, headline);
  // "Abdullah bin Zayed bin Sultan Al Nahyan": a title word right after "bin" is a father's name
  if (LINEAGE_PARTICLES.has(clean(doc.tokens[i - 1]?.text ?? '')) && nameLike(doc, facts, i - 2, headline)) return true;
  // "Prince Sultan bin Mishaal": a royal title right before "bin" is the given name of a royal
  if ((w === 'sultan' || w === 'amir') && ['bin', 'ibn'].includes(clean(doc.tokens[i + 1]?.text ?? '')) && ROYAL_BEFORE_NAME.has(clean(doc.tokens[i - 1]?.text ?? ''))) return true;
  // "Hun Sen talked": "Sen" with no full stop, after a name word and before no other, ends a Khmer name (not "Sen. X")
  if (w === 'sen') return doc.tokens[i]?.text === 'Sen' && nameLike(doc, facts, i - 1, headline) && !/^(?:\.|\p{Lu})/u.test(doc.tokens[i + 1]?.text ?? '');
  // "Foreign Minister Amir Khan Muttaqi": "Amir" right after an office, before two name words, is a given name (not "the Amir, Sheikh X")
  if (w === 'amir') return TITLE_WORDS.get(clean(doc.tokens[i - 1]?.text ?? ''))?.kind === 'office' && nameLike(doc, facts, i + 1, headline) && nameLike(doc, facts, i + 2, headline) && !TITLE_WORDS.has(clean(doc.tokens[i + 1]?.text ?? ''));
  if (!INNER_NAME_TITLES.has(w) || !/^\p{Lu}\p{Ll}/u.test(doc.tokens[i + 1]?.text ?? '')) return false;
  const given = clean(doc.tokens[i - 1]?.text ?? '');
  const before = clean(doc.tokens[i - 2]?.text ?? '');
  return /^\p{Lu}\p{Ll}/u.test(doc.tokens[i - 1]?.text ?? '') && !TITLE_WORDS.has(given) && !facts.country[i - 1] && TITLE_WORDS.get(before)?.kind === 'office';
}

/** Royal titles before a given name that is itself a title word ("Prince Sultan bin X"). */
const ROYAL_BEFORE_NAME: ReadonlySet<string> = new Set(['prince', 'sheikh', 'shaikh', 'emir', 'king', 'his', 'highness']);

/** Whether a token may be part of a person's name on its own (capitalised, not a known non-name). */
function nameLike(doc: TextDocument, facts: TokenFacts, i: number, headline: boolean): boolean {
  const token = doc.tokens[i];
  if (!token || facts.country[i] || facts.organisation[i] || facts.place[i]) return false;
  const text = token.text;
  // "John Major", "Martin Luther King": an office word right after a given name is a family name
  if (TITLE_WORDS.get(clean(text))?.kind === 'office' && /^\p{Lu}\p{Ll}/u.test(text) && isKnownFirstName(clean(doc.tokens[i - 1]?.text ?? '')) && !/^\p{Lu}/u.test(doc.tokens[i + 1]?.text ?? '')) {
    return true;
  }
  if (!/^\p{Lu}/u.test(text) && !HYPHEN_PARTICLE.test(text)) return false;
  if (!/\p{L}{2}|^\p{Lu}$/u.test(text) && !/^\p{Lu}\.\p{Lu}/u.test(text)) return false;
  const w = clean(text);
  // "A. K. Abdul Momen": a capital letter with a full stop is an initial, not the article
  if (/^\p{Lu}$/u.test(text) && doc.tokens[i + 1]?.text === '.' && /^\p{Lu}/u.test(doc.tokens[i + 2]?.text ?? '')) return true;
  if (NOT_NAME_WORDS.has(w) && !stopWordAsName(doc, facts, i, w)) return false;
  if (TITLE_WORDS.has(w) && !titleInsideName(doc, facts, i, w, headline)) return false;
  if (headline && isCommonWord(w) && !isKnownSurname(w)) return false;
  // "Chairman of the State Duma Vyacheslav Volodin": the name of a legislature after "the" or "State" is no name word
  if (LEGISLATURES.has(w) && ['the', 'state', 'national', 'federal', 'people’s', "people's"].includes(clean(doc.tokens[i - 1]?.text ?? ''))) return false;
  // "the Sultan and Yang Di-Pertuan of Brunei": "Yang" opens a royal title there, no family name
  if (w === 'yang' && clean(doc.tokens[i + 1]?.text ?? '') === 'di-pertuan') return false;
  return true;
}

/** Whether most words of the sentence are capitalised and it has no full stop: a headline in title case. */
function isHeadline(doc: TextDocument, first: number, end: number): boolean {
  // a full stop ends no headline; nor does a semicolon or comma (a line of a list)
  if (/^[.!?;,]$/.test(doc.tokens[end - 1]?.text ?? '')) return false;
  let words = 0;
  let capitalised = 0;
  for (let i = first; i < end; i++) {
    const t = doc.tokens[i]?.text ?? '';
    if (!/^\p{L}{4}/u.test(t)) continue;
    words++;
    if (/^\p{Lu}/u.test(t)) capitalised++;
  }
  return words >= 3 && capitalised / words >= 0.7;
}

/** "Minister of Tourism Ana Duarte": common words opening a run after an office and "of"/"for" name the ministry, not the person. */
function afterMinistryWords(doc: TextDocument, facts: TokenFacts, first: number, end: number): number {
  // "Speaker of the Seimas Irena Degutiene", "Chairman of the Verkhovna Rada Volodymyr Lytvyn": a legislature's name opening the run is no part of the name
  // (after "the" or "of" only: "Duma Boko" is a name)
  const afterArticle = ['the', 'of'].includes(clean(doc.tokens[first - 1]?.text ?? ''));
  for (let k = end - 2; k >= first && afterArticle; k--) if (LEGISLATURES.has(clean(doc.tokens[k]?.text ?? ''))) return k + 1;
  // "… and East African Cooperation January Makamba": a month that is a given name after the ministry starts the name
  for (let k = first + 1; k < end - 1; k++) {
    const w = clean(doc.tokens[k]?.text ?? '');
    if (MONTH_NAMES.has(w) && givenNameAfterTitle(doc, facts, k, w)) return k;
  }
  // "Minister for Foreign Affairs and East African Cooperation, January Makamba": a run that ends a ministry's name before the comma is no name
  // (only where a name follows the comma: in "Minister of Economy X Y, Minister of …" the run holds the name)
  const nameAfterComma = /^\p{Lu}/u.test(doc.tokens[end + 1]?.text ?? '') && !TITLE_WORDS.has(clean(doc.tokens[end + 1]?.text ?? ''));
  if (doc.tokens[end]?.text === ',' && nameAfterComma && ministryOpensBefore(doc, facts, first) && firstNameWord(doc, first, end) === end) return end;
  const of = doc.tokens[first - 1]?.text;
  if ((of !== 'of' && of !== 'for') || TITLE_WORDS.get(clean(doc.tokens[first - 2]?.text ?? ''))?.kind !== 'office') return first;
  // the name starts at its first known name word, and has one word at least
  return firstNameWord(doc, first, end - 1);
}

/** The first token in [from, to) that is a known given or family name word; `to` when none is. */
function firstNameWord(doc: TextDocument, from: number, to: number): number {
  for (let k = from; k < to; k++) {
    const w = clean(doc.tokens[k]?.text ?? '');
    if (isKnownNamePart(w) || isKnownFirstName(w)) return k;
  }
  return to;
}

/** Whether an office and "of"/"for" stand before token `first`, across the capitalised words and joiners of a ministry's name ("Minister for Foreign Affairs and East …"), not across a country. */
function ministryOpensBefore(doc: TextDocument, facts: TokenFacts, first: number): boolean {
  return officeBeforeMinistry(doc, facts, first - 1, Math.max(0, first - 9)) !== undefined;
}

/** "By Jane Doe and John Roe, Nairobi": a line that opens with "By" names the writers of the article, who act for no one in it. */
function byline(doc: TextDocument, first: number): boolean {
  const at = doc.tokens[first]?.start ?? 0;
  const lineStart = doc.text.lastIndexOf('\n', at - 1) + 1;
  if (at - lineStart > 80) return false;
  const opening = doc.text.slice(lineStart, at).trimStart();
  return opening.startsWith('By ') && startsLine(doc.text, doc.text.indexOf('By', lineStart));
}

/** Particles that may open the short form of a name ("von der Leyen", "da Silva", "de Klerk"); not English words ("do", "la"). */
const LEADING_PARTICLES: ReadonlySet<string> = new Set(['von', 'van', 'der', 'de', 'da', 'del', 'della', 'di', 'du', 'dos', 'das', 'ter', 'zu']);

/** How many particles of `set` (one or two, lower-case) stand at token `i` right before a word that may be a name; 0 when none do. */
function particlesBeforeName(doc: TextDocument, facts: TokenFacts, i: number, end: number, headline: boolean, set: ReadonlySet<string>): number {
  for (let n = 1; n <= 2; n++) {
    if (!set.has(doc.tokens[i + n - 1]?.text ?? '')) return 0;
    if (i + n < end && nameLike(doc, facts, i + n, headline)) return n;
  }
  return 0;
}

/**
 * Finds every run of capitalised words that names a person or may do so, with the title phrase
 * before it. A run is accepted as a person when a title, the gazetteer, a known given name, or
 * its context (a verb of saying, an age, an apposition with an office) says so; single words
 * without such support are kept as `if-known`, to be attached later to a person found elsewhere.
 */
export function findNameMentions(doc: TextDocument, facts: TokenFacts, year: number | null): NameMention[] {
  const mentions: NameMention[] = [];
  for (const sentence of doc.sentences) {
    const headline = isHeadline(doc, sentence.firstToken, sentence.endToken);
    let i = sentence.firstToken;
    while (i < sentence.endToken) {
      // "von der Leyen", "da Silva": a short form may open with its particles
      const particles = particlesBeforeName(doc, facts, i, sentence.endToken, headline, LEADING_PARTICLES);
      if (!nameLike(doc, facts, i, headline) && particles === 0) {
        i++;
        continue;
      }
      let end = i + particles + 1;
      for (;;) {
        // "F.W. de Klerk", "George W. Bush": the full stop after an initial stays inside the name
        if (end + 1 < sentence.endToken && doc.tokens[end]?.text === '.' && /^\p{Lu}(?:\.\p{Lu})*$/u.test(doc.tokens[end - 1]?.text ?? '') && (nameLike(doc, facts, end + 1, headline) || NAME_PARTICLES.has(doc.tokens[end + 1]?.text ?? ''))) end++;
        else if (end < sentence.endToken && nameLike(doc, facts, end, headline)) end++;
        // "Mohammed Shia' al-Sudani": an apostrophe closing a transliterated word stays inside the name
        else if (end + 1 < sentence.endToken && closingApostrophe(doc, end) && nameLike(doc, facts, end + 1, headline)) end += 2;
        // "Ursula von der Leyen", "Luiz Inácio Lula da Silva": one or two particles inside a name
        else if (particlesBeforeName(doc, facts, end, sentence.endToken, headline, NAME_PARTICLES) > 0) end += particlesBeforeName(doc, facts, end, sentence.endToken, headline, NAME_PARTICLES) + 1;
        else break;
      }
      // "Chief of Staff, to the President, Alhaji Abba Kyari": a run never ends in a particle
      i = afterMinistryWords(doc, facts, i, end);
      const mention = i >= end || byline(doc, i) ? null : classify(doc, facts, i, end, year);
      if (mention) mentions.push(mention);
      i = end;
    }
  }
  return respectiveTitles(doc, facts, shareFamilyNames(doc, joinAcrossNicknames(doc, mentions), year));
}

/** Quotation marks that may set a nickname inside a name. */
const QUOTE_MARKS = /^["“”'‘’]$/;

/**
 * 'President Ferdinand "Bongbong" Marcos Jr.', "Rodrigo “Digong” Duterte": a nickname in quotation
 * marks between the given and the family name leaves one name, read without it.
 */
function joinAcrossNicknames(doc: TextDocument, mentions: NameMention[]): NameMention[] {
  const out: NameMention[] = [];
  for (let k = 0; k < mentions.length; k++) {
    const a = mentions[k] as NameMention;
    const open = a.end;
    const close = open + 2;
    const quoted = QUOTE_MARKS.test(doc.tokens[open]?.text ?? '') && QUOTE_MARKS.test(doc.tokens[close]?.text ?? '') && /^\p{Lu}/u.test(doc.tokens[open + 1]?.text ?? '');
    // the nickname may have been read as a mention of its own
    const skip = mentions[k + 1]?.first === open + 1 ? 1 : 0;
    const b = mentions[k + 1 + skip];
    if (!quoted || !b || b.first !== close + 1) {
      out.push(a);
      continue;
    }
    out.push({ ...b, first: a.first, prefix: a.prefix, tokens: [...a.tokens, ...b.tokens] });
    k += 1 + skip;
  }
  return out;
}

/** An apostrophe, straight, curly or a modifier letter. */
const APOSTROPHE = /^['’ʼ]$/;

/** Whether token `i` is an apostrophe written right after the word before it ("Shia'", an ayn in a transliterated name). */
function closingApostrophe(doc: TextDocument, i: number): boolean {
  const t = doc.tokens[i];
  return !!t && APOSTROPHE.test(t.text) && t.start === doc.tokens[i - 1]?.end && (doc.tokens[i + 1]?.start ?? 0) > t.end;
}

/**
 * "Barack and Michelle Obama", "Bill and Hillary Clinton": a lone given name joined by "and" to a
 * given name and family name is a person of that family name too.
 */
function shareFamilyNames(doc: TextDocument, mentions: NameMention[], year: number | null): NameMention[] {
  for (let k = 0; k + 1 < mentions.length; k++) {
    const [a, b] = [mentions[k], mentions[k + 1]];
    if (!a || !b || a.tokens.length !== 1 || b.tokens.length !== 2 || b.first !== a.end + 1 || doc.tokens[a.end]?.text !== 'and') continue;
    const [given, family] = [a.tokens[0] ?? '', b.tokens[1] ?? ''];
    const isGiven = isKnownFirstName(clean(given)) || knownByName([given, family], year);
    if (!isGiven || !isKnownFirstName(clean(b.tokens[0] ?? '')) || knownByName([given], year)) continue;
    mentions[k] = { ...a, tokens: [given, family], certainty: 'person' };
  }
  return mentions;
}

/**
 * "Before meeting the US president, Modi held talks …": a title read across a comma is no
 * apposition when the name after it is a known office holder of another country; the comma ends a
 * clause, and the name has no title here.
 */
function contradictedAcrossComma(doc: TextDocument, prefix: TitlePrefix, first: number, tokens: string[], year: number | null): TitlePrefix {
  const acrossComma = doc.tokens.slice(prefix.firstToken, first).some((t) => t.text === ',');
  if (!prefix.country || !acrossComma) return prefix;
  const known = knownByName(tokens, year);
  return known?.country && known.country !== prefix.country ? { office: false, honorific: false, organisation: false, firstToken: first } : prefix;
}

/** Prepositions after which a bare capitalised word is a place, never a person on its own. */
const PLACE_ONLY_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'near', 'across', 'throughout', 'inside', 'outside']);

function classify(doc: TextDocument, facts: TokenFacts, first: number, end: number, year: number | null): NameMention | null {
  // initials keep their full stop: ["F.W", ".", "de", "Klerk"] → ["F.W.", "de", "Klerk"]
  const tokens: string[] = [];
  for (const t of doc.tokens.slice(first, end)) {
    if ((t.text === '.' || APOSTROPHE.test(t.text)) && tokens.length) tokens[tokens.length - 1] += t.text;
    else tokens.push(t.text);
  }
  const prefix = contradictedAcrossComma(doc, readTitlePrefix(doc, facts, first, end - first), first, tokens, year);
  const countryAfter = countryAfterName(doc, facts, end) ?? countryBeside(doc, facts, first, end);
  const next = doc.tokens[end];
  const modifierUse = !!next && /^\p{Ll}/u.test(next.text) && next.pos === 'NOUN';
  const base = { first, end, tokens, prefix, ...(countryAfter ? { countryAfter } : {}), ...(modifierUse ? { modifierUse } : {}), ...apposition(doc, facts, end) };
  for (let i = first; i < end; i++) {
    const w = clean(doc.tokens[i]?.text ?? '');
    if (/^\p{Lu}$/u.test(doc.tokens[i]?.text ?? '') && doc.tokens[i + 1]?.text === '.') continue;
    if (NOT_NAME_WORDS.has(w) && !stopWordAsName(doc, facts, i, w)) return null;
  }
  // "the Bharatiya Janata Party", "the Houthi Movement": the run names an organisation
  const follower = doc.tokens[end];
  if (follower && /^\p{Lu}/u.test(follower.text) && ORGANISATION_OR_PLACE_HEADS.has(clean(follower.text))) return null;
  // "Majlis Al-Shura", "Verkhovna Rada", "Oliy Majlis": the name of a legislature
  if (LEGISLATURES.has(clean(tokens[tokens.length - 1] ?? ''))) return null;
  // "the Bosnian town of Banja Luka", "the port city of Dalian": a run after a settlement's "of" is a place
  if (clean(doc.tokens[first - 1]?.text ?? '') === 'of' && SETTLEMENT_NOUNS.has(clean(doc.tokens[first - 2]?.text ?? ''))) return null;
  const titled = prefix.office || prefix.honorific;
  // "workers in Sabah": a bare word after a preposition of place is a place ("in Putin's view" is not)
  if (tokens.length === 1 && !titled && PLACE_ONLY_PREPOSITIONS.has(clean(doc.tokens[first - 1]?.text ?? '')) && doc.tokens[end]?.text !== "'s") return null;
  // "head of France's National Rally": one capitalised word right after a title's modifier ends a proper noun, not a title
  // (a capitalised word of four letters or more: not a function word of a title, "General Secretary To Lam")
  const before = doc.tokens[first - 1]?.text ?? '';
  const afterModifier = TITLE_WORDS.get(clean(before))?.kind === 'modifier' && /^\p{Lu}\p{Ll}{3,}/u.test(before);
  if (tokens.length === 1 && afterModifier) return null;
  if (tokens.length === 1) return { ...base, certainty: titled && !modifierUse ? 'person' : 'if-known' };
  if (titled || base.appositionRole || base.appositionCountry || (countryAfter && !modifierUse)) return { ...base, certainty: 'person' };
  if (knownByName(tokens, year)) return { ...base, certainty: 'person' };
  const firstWord = tokens[0] ?? '';
  const anyCommon = tokens.some((t) => isCommonWord(clean(t)) && !isKnownNamePart(clean(t)));
  if (isKnownFirstName(clean(firstWord)) && !anyCommon) return { ...base, certainty: 'person' };
  // "J. Okafor", "A. Curtis Lowe": an initial opening a run of names (no ordinary word after it) is a given name's
  if (/^\p{Lu}\.$/u.test(firstWord) && !tokens.slice(1).some((t) => isCommonWord(clean(t)) && !isKnownNamePart(clean(t)))) return { ...base, certainty: 'person' };
  if (!anyCommon && tokens.some((t) => isKnownNamePart(clean(t)))) return { ...base, certainty: 'person' };
  // "Yerlan Koshanov", "Tanzila Narbayeva": a run ending in a family name by its shape
  if (!anyCommon && hasFamilyNameShape(tokens[tokens.length - 1] ?? '')) return { ...base, certainty: 'person' };
  // "Briton Kenton Cool, 42,": an age, a verb of saying or an office beside the name outweighs a common word in it
  if (personContext(doc, first, end) && (!anyCommon || isKnownFirstName(clean(firstWord)))) return { ...base, certainty: 'person' };
  return { ...base, certainty: 'if-known' };
}

/**
 * "Jeje Odongo (Uganda)": the country in brackets right after a name. (A country owning the name,
 * "Uganda's Jeje Odongo", was tried too: it added more false people than it found on the blind set.)
 */
function countryBeside(doc: TextDocument, facts: TokenFacts, first: number, end: number): string | undefined {
  let close = end + 1;
  while (facts.country[close] && facts.country[close] === facts.country[end + 1]) close++;
  return doc.tokens[end]?.text === '(' && facts.country[end + 1] && doc.tokens[close]?.text === ')' ? facts.country[end + 1] : undefined;
}

/**
 * "Mohammad Jamshidi, the president's deputy chief of staff,", "Hua Chunying, China's foreign
 * ministry spokeswoman": the office (and its country) in an apposition after the name.
 */
function apposition(
  doc: TextDocument,
  facts: TokenFacts,
  end: number,
): { appositionRole?: string; appositionCountry?: string; appositionOwner?: number; appositionOrganisation?: boolean; appositionInternational?: boolean } {
  if (doc.tokens[end]?.text !== ',') return {};
  const words: string[] = [];
  let country: string | undefined;
  let owner: number | undefined;
  let international = false;
  let stop = end + 1;
  for (let i = end + 1; i < Math.min(doc.tokens.length, end + 10); i++, stop = i) {
    const w = clean(doc.tokens[i]?.text ?? '');
    if (facts.country[i]) {
      country ??= facts.country[i];
      continue;
    }
    // "X, the European Union's Special Representative": an international body's office ("Japan's envoy to the UN" is Japan's)
    if (facts.organisation[i] && words.length === 0 && !country) {
      international = true;
      continue;
    }
    if (w === "'s") {
      if (!facts.country[i - 1] && !facts.organisation[i - 1]) owner = i - 1;
      continue;
    }
    // articles, and modifiers before the office ("Russia's newly arrived ambassador", "the recently appointed envoy")
    if (APPOSITION_ARTICLES.has(w) || (words.length === 0 && modifierBeforeOffice(doc.tokens[i]))) continue;
    const entry = TITLE_WORDS.get(w);
    if (entry && entry.kind !== 'honorific') {
      words.push(w);
      continue;
    }
    if (DESCRIBED_OWNERS.has(w) && clean(doc.tokens[i + 1]?.text ?? '') === "'s") {
      owner = i;
      continue;
    }
    // "Jeje Odongo, his Ugandan counterpart": a counterpart's country, with no office of its own
    if ((w === 'counterpart' || w === 'opposite') && country && words.length === 0) return { appositionCountry: country };
    break;
  }
  const role = roleOf(words);
  if (!role || !words.some((w) => TITLE_WORDS.get(w)?.kind === 'office')) return {};
  // "Kim Man Soo, chief spokesman for Roh,", "X, an adviser to Putin,": the office is the named person's staff
  owner ??= staffOwnerAfter(doc, facts, words, stop);
  // "X, Minister of International Affairs and Cooperation of the Republic of Botswana" (an international body's "envoy for Myanmar" acts for none)
  country = international ? undefined : (country ?? countryEndingTitle(doc, facts, stop));
  // "Jon Holden, president of the IAM District 751": an organisation's office gives no state
  const body = international ? { organisation: true, international: true } : country ? undefined : officeOfOrganisation(doc, facts, end, end + 1 + words.length);
  return {
    appositionRole: role,
    ...(country ? { appositionCountry: country } : {}),
    ...(owner !== undefined ? { appositionOwner: owner } : {}),
    ...(body ? { appositionOrganisation: true, appositionInternational: body.international } : {}),
  };
}

/** Offices held on a person's staff, whose holder "for" or "to" a named person acts for that person's country. */
const STAFF_ROLE_WORDS: ReadonlySet<string> = new Set(['spokesman', 'spokeswoman', 'spokesperson', 'aide', 'adviser', 'advisor']);

/** The token `stop` of the name after "for" or "to" that ends a staff office ("spokesman for Roh"), if any. */
function staffOwnerAfter(doc: TextDocument, facts: TokenFacts, words: readonly string[], stop: number): number | undefined {
  // ("for" and "to" are title words, read into the office: the name stands where the reading stopped)
  const w = clean(doc.tokens[stop - 1]?.text ?? '');
  if ((w !== 'for' && w !== 'to') || !words.some((x) => STAFF_ROLE_WORDS.has(x))) return undefined;
  return /^\p{Lu}/u.test(doc.tokens[stop]?.text ?? '') && !facts.country[stop] && !facts.organisation[stop] ? stop : undefined;
}

/** The organisation after "of" in an apposition's office ("president of the IAM District 751"), and whether it is international ("of the African Development Bank"). */
function officeOfOrganisation(doc: TextDocument, facts: TokenFacts, end: number, last: number): { organisation: true; international: boolean } | undefined {
  let k = end + 1;
  while (k < Math.min(doc.tokens.length, end + 14) && clean(doc.tokens[k]?.text ?? '') !== 'of') k++;
  const ofThe = clean(doc.tokens[k + 1]?.text ?? '') === 'the' ? k + 2 : k + 1;
  const after = clean(doc.tokens[ofThe]?.text ?? '');
  const organisation =
    k < end + 14 &&
    k >= last - 1 &&
    !facts.country[ofThe] &&
    (/^\p{Lu}/u.test(doc.tokens[ofThe]?.text ?? '') || ofThe === k + 2) &&
    !TITLE_WORDS.has(after) &&
    !STATE_WORDS.has(after);
  return organisation ? { organisation: true, international: !!facts.organisation[ofThe] || INTERNATIONAL_WORDS.has(after) } : undefined;
}

/** Articles and possessives an apposition's office may follow. */
const APPOSITION_ARTICLES: ReadonlySet<string> = new Set(['the', 'a', 'an', 'his', 'her']);

/** A lower-case adverb or participle that may stand before an office in an apposition ("newly", "arrived", "recently appointed"). */
function modifierBeforeOffice(t: Token | undefined): boolean {
  if (!t || /^\p{Lu}/u.test(t.text)) return false;
  return t.pos === 'ADV' ? /ly$/.test(t.text) : (t.pos === 'VERB' || t.pos === 'ADJ') && /ed$/.test(t.text);
}

/** The country that ends a title's ministry name from token `from` on ("… International Affairs and Cooperation of the Republic of Botswana", "… of Livestock, Agriculture and Fisheries of Uruguay"). */
function countryEndingTitle(doc: TextDocument, facts: TokenFacts, from: number): string | undefined {
  for (let k = from; k < Math.min(doc.tokens.length, from + 14); k++) {
    if (facts.country[k]) {
      let e = k;
      while (facts.country[e] === facts.country[k]) e++;
      // "…, Minister of … of Cambodia Prak Sokhonn": a name after the country makes the title another person's
      const titleEnds = !/^\p{Lu}/u.test(doc.tokens[e]?.text ?? '');
      return facts.countryKind[k] === 'demonym' || !titleEnds ? undefined : facts.country[k];
    }
    const text = doc.tokens[k]?.text ?? '';
    const listComma = text === ',' && /^\p{Lu}/u.test(doc.tokens[k + 1]?.text ?? '');
    if (!/^\p{Lu}/u.test(text) && !['of', 'the', 'and', '&', 'for'].includes(text) && !listComma) return undefined;
  }
  return undefined;
}

/** Words after "president of the …" that still mean a state ("President of the Republic"). */
const STATE_WORDS = new Set(['republic', 'country', 'nation', 'state', 'government', 'federation', 'kingdom', 'emirates', 'people']);

/** Capitalised words that end the name of an organisation or a place: a run of names right before one names no person. */
const ORGANISATION_OR_PLACE_HEADS = new Set([
  'party', 'movement', 'group', 'company', 'corporation', 'association', 'council', 'front', 'union', 'bank', 'airlines',
  'airways', 'foundation', 'institute', 'university', 'agency', 'ministry', 'committee', 'commission', 'league', 'alliance',
  'coalition', 'congress', 'forum', 'organization', 'organisation', 'trust', 'fund', 'network', 'times', 'post', 'news',
  // heads of place names ("Nnamdi Azikiwe International Airport", "Lok Kalyan Marg", "Rashtrapati Bhavan")
  'airport', 'stadium', 'palace', 'square', 'street', 'road', 'avenue', 'boulevard', 'bridge', 'hall', 'house', 'tower',
  'building', 'hospital', 'museum', 'park', 'station', 'hotel', 'centre', 'center', 'marg', 'bhavan', 'bhawan', 'area',
  'international',
]);

/** Offices that, owning another office, point to the person holding them ("the president's aide"). */
const DESCRIBED_OWNERS = new Set(['president', 'prime', 'minister', 'chancellor', 'king', 'leader', 'premier']);

/** "Alassane Ouattara of Côte d'Ivoire", "X for Serbia and Y for Kosovo": the country right after the name. */
function countryAfterName(doc: TextDocument, facts: TokenFacts, end: number): string | undefined {
  const w = clean(doc.tokens[end]?.text ?? '');
  if (w !== 'of' && w !== 'for') return undefined;
  const next = end + 1 < doc.tokens.length && clean(doc.tokens[end + 1]?.text ?? '') === 'the' ? end + 2 : end + 1;
  const code = facts.country[next];
  if (w === 'of' || !code || facts.countryKind[next] === 'demonym') return code;
  // "the negotiators, X for Serbia and Y for Kosovo": "for" and a country that ends the phrase
  let close = next;
  while (facts.country[close] === code) close++;
  return [',', 'and', '.', ';', ')'].includes(doc.tokens[close]?.text ?? '.') ? code : undefined;
}

/** Context that marks a multi-word run as a person: said/told next to it, an age, an office in apposition, a coordinated title. */
function personContext(doc: TextDocument, first: number, end: number): boolean {
  const at = (i: number): Token | undefined => doc.tokens[i];
  const w = (i: number): string => clean(at(i)?.text ?? '');
  if (SPEECH_VERBS.has(w(end)) || SPEECH_VERBS.has(w(first - 1))) return true;
  if (w(end) === ',' && /^\d{1,3}$/.test(w(end + 1))) return true; // "Kenton Cool, 42,"
  if (w(end) === ',' && (w(end + 1) === 'who' || w(end + 1) === 'whose')) return true; // "X, who heads …"
  if (w(first - 1) === 'by' && (w(first - 2) === 'led' || w(first - 2) === 'headed')) return true; // "a delegation led by X"
  if (w(end) === ',') {
    // "X, chief of the …", "X, a former Gurkha soldier from Nepal"
    for (let k = end + 1; k < Math.min(end + 6, doc.tokens.length); k++) {
      if (TITLE_WORDS.get(w(k)) && TITLE_WORDS.get(w(k))?.kind !== 'modifier') return true;
      if (!['a', 'the', 'an', 'its', 'deputy', 'former', 'veteran', 'retired', 'senior', 'leading', 'prominent', 'local'].includes(w(k)) && !/^\p{Lu}/u.test(at(k)?.text ?? '')) break;
    }
  }
  // "Elon Musk and US Congressman Michael Waltz": coordinated with a titled name
  if (w(end) === 'and' || w(end) === ',') {
    for (let k = end + 1; k < Math.min(end + 5, doc.tokens.length); k++) {
      const entry = TITLE_WORDS.get(w(k));
      if (entry && entry.kind !== 'modifier') return true;
      if (!/^\p{Lu}/u.test(at(k)?.text ?? '')) break;
    }
  }
  return false;
}
