import type { TextDocument } from '../../text/types.js';
import { fold } from '../../text/fold.js';
import type { TokenFacts } from '../token-facts.js';
import { INTERNATIONAL_WORDS } from '../countries/organisation-data.js';
import { LEGISLATURES, LEGISLATURE_COUNTRIES, MINISTERIAL_ENDS, REIGNING_MONARCH_TITLES, STAFF_OFFICES, TITLE_PHRASES, TITLE_WORDS, stateOnlyOffice, type TitleEntry } from './titles.js';

/** What the words before a name say about the person. */
export interface TitlePrefix {
  /** Role from the office words ("prime minister", "spokesman"). */
  role?: string;
  /** Country named in the prefix ("Russian", "Hungary's", "the Kremlin"). */
  country?: string;
  /** An office word was seen ("President", "minister", "envoy"). */
  office: boolean;
  /** A courtesy form was seen ("Mr", "Dr"). */
  honorific: boolean;
  /** The sex the courtesy form nearest the name gives ({@link TitleEntry.sex}). */
  sex?: 'male' | 'female';
  /** The office belongs to an organisation, not a state ("European Commission spokesman", "CN President"). */
  organisation: boolean;
  /** That organisation is an international body of the organisation table (the UN, the EU), whose officials act for no country. */
  international?: boolean;
  /** The country owns the name or title ("Congo's X", "Hungary's prime minister X"). */
  possessiveCountry?: boolean;
  /** Token index of a person's name owning the office ("Nawaz Sharif's envoy" → "Sharif"). */
  possessor?: number;
  /** The state the office itself is held for ({@link TitleEntry.country}: "Pope" → VAT), which outranks a demonym. */
  officeCountry?: string;
  /** Index of the first token of the prefix. */
  firstToken: number;
}

const DROPPED_FROM_ROLE = new Set(['former', 'retired', 'ex', 'then', 'incoming', 'outgoing', 'acting', 'new', 'the', 'his', 'her', 'of', 'for', 'to', 'top', 'senior', 'federal', 'presidential']);
const ROLE_MODIFIERS = new Set(['foreign', 'defence', 'defense', 'finance', 'treasury', 'interior', 'trade', 'economy', 'labour', 'labor', 'energy', 'health', 'justice', 'deputy', 'vice', 'press', 'crown', 'supreme', 'special', 'national', 'security']);
const MAX_PREFIX = 20;

/** Adds what the title word at token `i` tells (an office, a courtesy form, a sex) to the prefix read so far. */
function addTitleWord(prefix: TitlePrefix, entry: TitleEntry, i: number): void {
  prefix.office ||= entry.kind === 'office';
  prefix.honorific ||= entry.kind === 'honorific';
  prefix.sex ??= entry.sex;
  prefix.officeCountry ??= entry.country;
  prefix.firstToken = i;
}

function clean(word: string): string {
  return fold(word).replace(/\.$/, '');
}

/**
 * Reads the title phrase standing before the name that starts at token `nameStart`
 * ("Russian President", "US Treasury Secretary", "Hungary's prime minister,", "his Iranian counterpart").
 * Walks backwards over office words, modifiers, country and organisation mentions and possessives,
 * and across one comma when what stands before it is an office ("Ukraine's president, Volodymyr Zelenskyy").
 * `nameLength` is the number of words of the name.
 */
export function readTitlePrefix(doc: TextDocument, facts: TokenFacts, nameStart: number, nameLength = 2): TitlePrefix {
  const sentence = doc.sentences[doc.tokens[nameStart]?.sentence ?? 0];
  const floor = Math.max(sentence?.firstToken ?? 0, nameStart - MAX_PREFIX);
  const words: string[] = [];
  const prefix: TitlePrefix = { office: false, honorific: false, organisation: false, firstToken: nameStart };
  let crossedComma = false;
  let unknownProper = false;
  for (let i = nameStart - 1; i >= floor; i--) {
    const token = doc.tokens[i];
    if (!token) break;
    const w = clean(token.text);
    if (crossedComma && placeBeforeComma(doc, facts, i)) break;
    if (countryStep(doc, facts, i, prefix)) continue;
    if (w === "'s" || w === "'") {
      if (ownerNoted(doc, facts, i, prefix)) break;
      continue;
    }
    if (w === ',' && !crossedComma) {
      if (commaStep(doc, facts, i, words, prefix) === 'stop') break;
      crossedComma = true;
      continue;
    }
    const onlyHonorifics = words.every(isHonorific);
    // "Secretary General of the Pacific Islands Forum, X": an office of an organisation the text names
    const organisation = onlyHonorifics ? organisationRunStart(doc, i, floor) : undefined;
    if (organisation !== undefined) {
      [prefix.organisation, prefix.international, prefix.firstToken, i] = [true, internationalRun(doc, organisation, i), organisation, organisation];
      continue;
    }
    const skipTo = skippedTo(doc, facts, { i, w, floor, onlyHonorifics, words }, prefix);
    if (skipTo !== undefined) {
      i = skipTo;
      continue;
    }
    const ministry = crossedComma && onlyHonorifics ? ministryBeforeCountry(doc, facts, i, floor, prefix) : undefined;
    if (ministry !== undefined) { [prefix.firstToken, i] = [ministry, ministry]; continue; }
    const entry = TITLE_WORDS.get(w);
    // "of", "to", "the" only count inside a title ("Secretary of State", "Chief of Staff to the President")
    if (entry?.kind === 'modifier' && ['of', 'for', 'to', 'the', 'his', 'her'].includes(w) && words.length === 0) break;
    if (pronounOwnsStaffOffice(w, words, i, prefix)) break;
    if (entry) {
      words.unshift(w);
      addTitleWord(prefix, entry, i);
      continue;
    }
    const beforeOffice = /^\p{Lu}/u.test(token.text) && /\p{L}/u.test(token.text) && words.length > 0 && i === prefix.firstToken - 1;
    if (beforeOffice && staffOwner(token.text, words)) {
      [prefix.possessor, prefix.firstToken, unknownProper] = [i, i, true];
      break;
    }
    const resume = ministryBefore(doc, facts, { i, floor, words, beforeOffice, crossedComma, nameLength }, prefix) ?? ministryOfModifiers(doc, facts, { i, floor, words, beforeOffice, crossedComma, nameLength });
    if (resume !== undefined) {
      [prefix.firstToken, i] = [resume, resume];
      continue;
    }
    unknownProper = beforeOffice && !onlyHonorifics; // ("at the Palace H.E. X": a place before an honorific alone owns nothing)
    break;
  }
  return chamberOffice(doc, finishPrefix(prefix, words, { crossedComma, unknownProper, nameStart }), nameStart);
}

/**
 * Words the walk steps over without reading them, from token `at.i`: where it goes on (the loop
 * steps back once more from there), or undefined when none is stepped over. A bracketed acronym
 * ("(CARICOM)"), a retired rank's mark ("(ret.)"), a host state named by what it is ("to the
 * Kingdom"), the words read through (see {@link readThrough}), and a ministry's name holding
 * "and" back to its office ("Minister of Fuel and Energy").
 */
function skippedTo(doc: TextDocument, facts: TokenFacts, at: { i: number; w: string; floor: number; onlyHonorifics: boolean; words: string[] }, prefix: TitlePrefix): number | undefined {
  const { i, w, floor, words } = at;
  if (w === ')' && bracketedAcronym(doc, i, words)) return i - 2;
  const retired = w === ')' ? retiredMark(doc, i) : -1;
  if (retired >= 0) return retired;
  if (hostStateAt(doc, facts, i)) return i - 2;
  if (readThrough(doc, facts, at, prefix)) return i;
  // ("Minister of Fuel and Energy X": the "and" inside the ministry's name, back to its office)
  const ministryOffice = w === 'and' && words.length > 0 ? officeBeforeMinistry(doc, facts, i - 1, floor) : undefined;
  return ministryOffice === undefined ? undefined : ministryOffice + 1;
}

/** Offices that also name a head of state or party, which a legislature's name must qualify. */
const PRESIDING_OFFICES: ReadonlySet<string> = new Set(['president', 'chairman', 'chairwoman', 'chair', 'vice president']);

/**
 * "Senate President X", "the Chairman of the Senate, Y": the office qualified by its legislature
 * ("senate president"); "Speaker of the Seimas Z": the country of a legislature known by its own name.
 */
function chamberOffice(doc: TextDocument, prefix: TitlePrefix, nameStart: number): TitlePrefix {
  if (!prefix.office) return prefix;
  let [chamber, country] = [undefined as string | undefined, undefined as string | undefined];
  for (let i = Math.max(0, prefix.firstToken - 1); i < nameStart; i++) {
    const w = clean(doc.tokens[i]?.text ?? '');
    if (!LEGISLATURES.has(w)) continue;
    chamber ??= w;
    country ??= LEGISLATURE_COUNTRIES.get(`${clean(doc.tokens[i - 1]?.text ?? '')} ${w}`) ?? LEGISLATURE_COUNTRIES.get(w);
  }
  if (!chamber) return prefix;
  const presiding = !!prefix.role && PRESIDING_OFFICES.has(prefix.role);
  return { ...prefix, ...(presiding ? { role: `${chamber} ${prefix.role}` } : {}), ...(country && !prefix.country ? { country } : {}) };
}

/**
 * A possessor at `i` ("'s"): a country ("Hungary's") is read on the next step; a name, or an office
 * ("the prime minister's press secretary": the office holder's), is noted in `prefix`, and the walk stops.
 */
function ownerNoted(doc: TextDocument, facts: TokenFacts, i: number, prefix: TitlePrefix): boolean {
  const owner = namePossessor(doc, facts, i) ? i - 1 : officePossessor(doc, facts, i);
  if (owner === undefined) return false;
  [prefix.possessor, prefix.firstToken] = [owner, owner];
  return true;
}

/** "the Secretary-General of the Caribbean Community (CARICOM), X": an acronym in brackets (closing at `i`) right before the apposition's comma. */
function bracketedAcronym(doc: TextDocument, i: number, words: readonly string[]): boolean {
  return words.length === 0 && doc.tokens[i + 1]?.text === ',' && doc.tokens[i - 2]?.text === '(' && /^\p{Lu}{2,}$/u.test(doc.tokens[i - 1]?.text ?? '');
}

/** "General (ret.) X", "Lt. Gen. (Rtd) Y": the opening bracket of a retired rank's mark closed at `i`, or -1. */
function retiredMark(doc: TextDocument, i: number): number {
  const open = doc.tokens[i - 2]?.text === '(' ? i - 2 : doc.tokens[i - 3]?.text === '(' ? i - 3 : -1;
  if (open < 0 || !/^(?:ret|retd|rtd|retired)$/i.test(doc.tokens[open + 1]?.text ?? '')) return -1;
  return open;
}

/**
 * A country or organisation mention in the title ("Russian", "Hungary's", "UN"), which token `i`
 * is when this returns true; a birthplace ("Polish-born", "Somali-born") is read past, since it is
 * not the state the person acts for.
 */
function countryStep(doc: TextDocument, facts: TokenFacts, i: number, prefix: TitlePrefix): boolean {
  if (!facts.country[i] && !facts.organisation[i]) return false;
  const born = facts.country[i] && /-born$/i.test(doc.tokens[i]?.text ?? '');
  if (!born && !facts.country[i]) [prefix.organisation, prefix.international] = [true, true];
  else if (!born && !prefix.country) [prefix.country, prefix.possessiveCountry] = [facts.country[i], /^(?:'s|’s|')$/.test(doc.tokens[i + 1]?.text ?? '')];
  prefix.firstToken = i;
  return true;
}

/** "his top adviser, X": a possessive pronoun (at `i`) before a staff office owns it, whose country the office serves; noted in `prefix`. */
function pronounOwnsStaffOffice(w: string, words: readonly string[], i: number, prefix: TitlePrefix): boolean {
  if ((w !== 'his' && w !== 'her') || !staffTitle(words)) return false;
  [prefix.possessor, prefix.firstToken] = [i, i];
  return true;
}

/**
 * "Netanyahu aide X", "Erdogan adviser Y": a name (not an all-capitals acronym) before an office of
 * someone's staff owns it, and the office serves the owner's country; an owner that is no person
 * ("Pfizer spokesman") stays a body's.
 */
function staffOwner(text: string, words: readonly string[]): boolean {
  return staffTitle(words) && !/^\p{Lu}+$/u.test(text);
}

/** Whether the title words read so far name an office on someone's staff ("top adviser", "chief of staff"). */
function staffTitle(words: readonly string[]): boolean {
  return words.length > 0 && words.every((x) => STAFF_OFFICES.has(x));
}

/**
 * What the first comma before the name does to the walk: it is crossed into an office standing in
 * apposition ("Ukraine's president, X"), or ends the title when a modifier was read after it;
 * "Peña's deputy, Vice President X" then notes the owner of the office before it, whose country it serves.
 */
function commaStep(doc: TextDocument, facts: TokenFacts, i: number, words: readonly string[], prefix: TitlePrefix): 'cross' | 'stop' {
  // ("the Qatari emir, King Salman and …": two sovereigns' offices are two people, a list)
  if (otherSovereignBefore(doc, i, words)) return 'stop';
  // ("President A of Sierra Leone, President B": the country after the name before the comma is that person's)
  if (!words.every(isHonorific) && countryOfNameBefore(doc, facts, i)) return 'stop';
  // ("his Pakistani counterpart, retired Lieutenant General X": a rank, even a retired one, is no second title)
  if (words.every((x) => TITLE_WORDS.get(x)?.kind !== 'modifier' || x === 'retired')) return 'cross';
  const owner = ownedOfficeBefore(doc, facts, i);
  if (owner !== undefined) prefix.possessor = owner;
  return 'stop';
}

/** Whether the words before the comma at `i` end a name and the country it acts for ("… Traore of Burkina Faso,"). */
function countryOfNameBefore(doc: TextDocument, facts: TokenFacts, i: number): boolean {
  let k = i - 1;
  if (!facts.country[k]) return false;
  while (k > 0 && facts.country[k - 1] === facts.country[k]) k--;
  if (clean(doc.tokens[k - 1]?.text ?? '') === 'the') k--;
  if (clean(doc.tokens[k - 1]?.text ?? '') !== 'of') return false;
  const before = doc.tokens[k - 2]?.text ?? '';
  return /^\p{Lu}/u.test(before) && !TITLE_WORDS.has(clean(before)) && !facts.country[k - 2] && !facts.organisation[k - 2];
}

/** Offices of a sovereign, of which no one holds two: a president is no king, an emir no sultan. */
const SOVEREIGNS: ReadonlySet<string> = new Set([...REIGNING_MONARCH_TITLES, 'president']);

/** Whether the word before the comma at `i` is a sovereign's office other than the one after it ("the Qatari emir, King Salman"). */
function otherSovereignBefore(doc: TextDocument, i: number, words: readonly string[]): boolean {
  const after = words.find((w) => SOVEREIGNS.has(w));
  const before = clean(doc.tokens[i - 1]?.text ?? '');
  return !!after && SOVEREIGNS.has(before) && before !== after && !(before === 'emir' && after === 'amir') && !(before === 'amir' && after === 'emir');
}

/** Where the walk of {@link readTitlePrefix} stands when it meets a word that is no title word. */
interface MinistryWalk {
  i: number;
  floor: number;
  words: readonly string[];
  beforeOffice: boolean;
  crossedComma: boolean;
  nameLength: number;
}

/**
 * The name of a ministry at token `w.i`, read as part of the title: the index the walk resumes
 * from (the ministry's first word, or the country before it), or undefined when the word ends the title.
 */
function ministryBefore(doc: TextDocument, facts: TokenFacts, w: MinistryWalk, prefix: TitlePrefix): number | undefined {
  const { i, floor, words } = w;
  // "US Commerce Secretary", "Chinese Agriculture Minister": a ministry named between a country and its office
  const country = w.beforeOffice ? ministryCountry(doc, facts, i, floor) : undefined;
  if (country !== undefined) {
    prefix.country ??= facts.country[country];
    return country;
  }
  // an unknown capitalised word right before an office a state alone confers is the name of a
  // ministry ("Railways Minister", "Public Safety Secretary"); before any other office, an
  // organisation's ("CN President", "Unifor National President")
  if (w.beforeOffice && stateOnlyOffice(words)) return i;
  // "Eritrea's information minister", "the Kenyan agriculture minister": a ministry in lower case after a country
  const lower = i === prefix.firstToken - 1 && stateOnlyOffice(words) ? lowerMinistryAfterCountry(doc, facts, i, floor) : undefined;
  if (lower !== undefined) return lower;
  // "Secretary of Homeland Security X", "Minister for Tourism X": the ministry after an office and
  // "of", before a name of two words or more (a lone word there ends the ministry's name, "… and International Cooperation")
  const nextToName = i === prefix.firstToken - 1 || (w.crossedComma && onlyHonorificWords(words) && doc.tokens[i + 1]?.text === ',');
  const office = nextToName && w.nameLength >= 2 && /^\p{Lu}/u.test(doc.tokens[i]?.text ?? '') ? officeBeforeMinistry(doc, facts, i, floor) : undefined;
  if (office !== undefined) return office + 1;
  return nextToName && w.nameLength >= 2 ? officeOfCountrysBody(doc, facts, i, prefix) : undefined;
}

/**
 * "the Speaker of the Kazakh parliament, X", "the President of Nigeria's senate, Y": an office of a
 * state body (at `i`) that a country names; notes the country and returns the index the walk resumes
 * from (after the office word), or undefined.
 */
function officeOfCountrysBody(doc: TextDocument, facts: TokenFacts, i: number, prefix: TitlePrefix): number | undefined {
  const body = (k: number): boolean => STATE_BODIES.has(clean(doc.tokens[k]?.text ?? ''));
  if (!body(i)) return undefined;
  let j = i - 1;
  while (body(j) && /^\p{Lu}/u.test(doc.tokens[j]?.text ?? '')) j--; // ("Oman's Majlis Al-Shura")
  if (/^(?:'s|’s)$/.test(doc.tokens[j]?.text ?? '')) j--;
  const country = facts.country[j];
  if (!country || facts.countryKind[j] === 'capital') return undefined;
  while (facts.country[j - 1] === country) j--;
  if (clean(doc.tokens[j - 1]?.text ?? '') === 'the') j--;
  if (clean(doc.tokens[j - 1]?.text ?? '') !== 'of' || TITLE_WORDS.get(clean(doc.tokens[j - 2]?.text ?? ''))?.kind !== 'office') return undefined;
  prefix.country ??= country;
  return j - 1;
}

/** Whether the title words read so far are honorifics only, or none ("the President of the Senate, Dr X"). */
function onlyHonorificWords(words: readonly string[]): boolean {
  // ("Sheikh", an office of its own, is also a courtesy before a name)
  return words.every((x) => isHonorific(x) || x === 'sheikh');
}

function isHonorific(word: string): boolean {
  return TITLE_WORDS.get(word)?.kind === 'honorific';
}

/**
 * "the Minister of Regional Integration and Foreign Affairs, X": after an apposition's comma, a
 * ministry whose last words are title modifiers ("Foreign Affairs", read already) and whose first
 * ones are not (at `w.i`); the index the walk resumes from (after the office word), with "of" added
 * to the words so the office reads as a whole ("minister of foreign affairs").
 */
function ministryOfModifiers(doc: TextDocument, facts: TokenFacts, w: MinistryWalk): number | undefined {
  const { i, floor, words } = w;
  const modifiersOnly = words.length > 0 && words.every((x) => TITLE_WORDS.get(x)?.kind === 'modifier');
  if (!w.crossedComma || !modifiersOnly || w.nameLength < 2) return undefined;
  const office = officeBeforeMinistry(doc, facts, i, floor);
  if (office === undefined) return undefined;
  (words as string[]).unshift('of');
  return office + 1;
}

/**
 * "the Minister of Mines and Energy of Brazil, X": the ministry's name ending at `i`, right before
 * the "of" of the country just read; the index the walk resumes from (after the office word), or undefined.
 */
function ministryBeforeCountry(doc: TextDocument, facts: TokenFacts, i: number, floor: number, prefix: TitlePrefix): number | undefined {
  const beforeCountry = doc.tokens[i + 1]?.text === 'of' && prefix.country !== undefined && facts.country[i + 2] === prefix.country;
  if (!beforeCountry || !/^\p{Lu}/u.test(doc.tokens[i]?.text ?? '')) return undefined;
  const office = officeBeforeMinistry(doc, facts, i, floor);
  return office === undefined ? undefined : office + 1;
}

/** The prefix read, with its role; none when nothing official stood before a comma (the comma was a list separator, not an apposition). */
function finishPrefix(prefix: TitlePrefix, words: string[], walk: { crossedComma: boolean; unknownProper: boolean; nameStart: number }): TitlePrefix {
  if (walk.crossedComma && !prefix.office && !prefix.honorific) return { office: false, honorific: false, organisation: false, firstToken: walk.nameStart };
  if (walk.unknownProper && !prefix.country) prefix.organisation = true;
  if (prefix.officeCountry) [prefix.country, prefix.organisation] = [prefix.officeCountry, false];
  const role = roleOf(words);
  if (role) prefix.role = role;
  return prefix;
}

/**
 * "of"/"to" (word `w` at `i`) right before the country just read, at the end of a title: "the Prime
 * Minister of Belize, X" keeps that country; "the Italian ambassador to the Holy See, X" (or "in
 * Rome") was sent there, so it is dropped. Whether the word was read so.
 */
function countryOfOffice(doc: TextDocument, facts: TokenFacts, i: number, w: string, prefix: TitlePrefix): boolean {
  if ((w !== 'of' && w !== 'to' && w !== 'in') || prefix.country === undefined) return false;
  // ("received in Tehran the visiting Qatari minister X": a place the sentence names before the title is not the office's)
  if (w !== 'of' && (doc.tokens[i - 1]?.pos === 'VERB' || doc.tokens[i - 1]?.pos === 'AUX')) return false;
  const next = clean(doc.tokens[i + 1]?.text ?? '') === 'the' ? i + 2 : i + 1;
  if (!facts.country[next] || facts.countryKind[next] === 'demonym') return false;
  // ("according to Eritrea's minister": the country owns the title, "to" is not the title's)
  let close = next;
  while (facts.country[close] === facts.country[next]) close++;
  if (/^(?:'s|’s|')$/.test(doc.tokens[close]?.text ?? '')) return false;
  // ("the Kenyan ambassador in London, X" serves there too)
  if (w === 'to' || w === 'in') delete prefix.country;
  return true;
}

/** Nouns by which a text names the state an envoy is sent to ("to the Kingdom", "to the Republic"). */
const HOST_STATE_NOUNS: ReadonlySet<string> = new Set(['kingdom', 'republic', 'sultanate', 'emirate', 'principality', 'federation', 'country']);

/**
 * "the Ambassador of the United States of America to the Kingdom, General X": the host state,
 * named by what it is, ends at `i`; the walk reads through it to the envoy's own country, as it
 * reads through a host state named by name. Only after a country or an office ("… of Japan to the
 * Republic", "Ambassador to the Kingdom").
 */
function hostStateAt(doc: TextDocument, facts: TokenFacts, i: number): boolean {
  if (!HOST_STATE_NOUNS.has(clean(doc.tokens[i]?.text ?? '')) || clean(doc.tokens[i - 1]?.text ?? '') !== 'the' || clean(doc.tokens[i - 2]?.text ?? '') !== 'to') return false;
  return !!facts.country[i - 3] || TITLE_WORDS.get(clean(doc.tokens[i - 3]?.text ?? ''))?.kind === 'office';
}

/** Words that make an office a junior one ("deputy foreign minister", "assistant secretary of state"). */
const JUNIOR_RANKS: ReadonlySet<string> = new Set(['deputy', 'vice', 'assistant', 'under', 'junior']);

/** Abbreviated titles whose full stop the walk reads through ("Mr.", "Amb.", "H.E."). */
const ABBREVIATED_TITLE = /^(mr|mrs|ms|dr|gen|sen|rep|st|hon|amb|prof|rt|gov|col|capt|lt|maj|adm|h\.e)$/i;

/**
 * Words the walk reads through without adding them to the title: the full stop of an abbreviated
 * title, "of"/"to" before a country of office, "and" between a minister's two offices ("Deputy
 * Prime Minister and Foreign Minister X"), the article of a country's name ("the Netherlands"),
 * and "of the" before the organisation just read.
 */
function readThrough(doc: TextDocument, facts: TokenFacts, at: { i: number; w: string; floor: number; onlyHonorifics: boolean; words: string[] }, prefix: TitlePrefix): boolean {
  const { i, w, onlyHonorifics } = at;
  if (doc.tokens[i]?.text === '.' && i > at.floor && ABBREVIATED_TITLE.test(doc.tokens[i - 1]?.text ?? '')) return true;
  // ("the Ambassador of China to Nigeria, Ambassador X": the country an envoy is sent to is dropped after any office)
  if ((onlyHonorifics || w === 'to' || w === 'in') && countryOfOffice(doc, facts, i, w, prefix)) return true;
  if (w === 'and' && andWithinOffice(doc, facts, i, at.words, prefix)) return true;
  // "Ambassador Extraordinary and Plenipotentiary of X": one envoy's full rank
  if (w === 'and' && clean(doc.tokens[i - 1]?.text ?? '') === 'extraordinary' && clean(doc.tokens[i + 1]?.text ?? '') === 'plenipotentiary') return true;
  if (w === 'the' && facts.country[i + 1]) return true;
  return (w === 'the' || w === 'of') && prefix.organisation && prefix.firstToken - i <= 2 && onlyHonorifics;
}

/**
 * Whether the "and" at `i`, before the office words read so far, joins two offices of one person
 * ("Deputy Prime Minister and Foreign Minister X") or two portfolios a country opens ("British
 * Business and Trade Secretary X"; the prefix then reaches the "and", so the portfolio words before it join it).
 */
function andWithinOffice(doc: TextDocument, facts: TokenFacts, i: number, words: readonly string[], prefix: TitlePrefix): boolean {
  if (!words.some((x) => TITLE_WORDS.get(x)?.kind === 'office')) return false;
  // ("Ghana's foreign minister and Mr X": an honorific alone after "and" is another person's)
  if (MINISTERIAL_ENDS.has(clean(doc.tokens[i - 1]?.text ?? ''))) return true;
  if (!/^\p{Lu}/u.test(doc.tokens[i - 1]?.text ?? '') || !(facts.country[i - 2] || facts.country[i - 3])) return false;
  prefix.firstToken = i;
  return true;
}

/** Start of a run of capitalised words ending at `i` that names an organisation ("the Pacific Islands Forum"); undefined when the run names none. */
function organisationRunStart(doc: TextDocument, i: number, floor: number): number | undefined {
  const text = doc.tokens[i]?.text ?? '';
  if (!/^\p{Lu}/u.test(text) || TITLE_WORDS.has(clean(text))) return undefined;
  const start = capitalisedRunStart(doc, i, floor);
  return doc.tokens.slice(start, i + 1).some((t) => ORGANISATION_HEADS.has(clean(t.text))) ? start : undefined;
}

/** Whether the organisation named by tokens `start`..`end` is international by its name: a region or the world ("African Development Bank", "World Food Programme"). */
function internationalRun(doc: TextDocument, start: number, end: number): boolean {
  return doc.tokens.slice(start, end + 1).some((t) => INTERNATIONAL_WORDS.has(clean(t.text)));
}

/** Capitalised words that end the name of an international body or a party ("Pacific Islands Forum", "African Union"). */
const ORGANISATION_HEADS: ReadonlySet<string> = new Set(['forum', 'union', 'commission', 'organization', 'organisation', 'association', 'community', 'secretariat', 'bank', 'fund', 'agency', 'league', 'alliance', 'party', 'movement', 'foundation']);

/** Index of the first of the capitalised words (and "of", "for", "and") that end at `i`. */
function capitalisedRunStart(doc: TextDocument, i: number, floor: number): number {
  let k = i;
  while (k - 1 >= floor && /^(?:\p{Lu}|of$|for$|and$|&$)/u.test(doc.tokens[k - 1]?.text ?? '')) k--;
  while (k < i && /^(?:of|for|and|&)$/.test(doc.tokens[k]?.text ?? '')) k++;
  return k;
}

/**
 * "talks in Washington, Prime Minister X": a capital right before the comma crossed is a place, not
 * the title's country, unless the title runs on through it ("the Chinese ambassador to Washington, X",
 * "… ambassador in Washington, X").
 */
function placeBeforeComma(doc: TextDocument, facts: TokenFacts, i: number): boolean {
  const before = doc.tokens[i - 1]?.text.toLowerCase() ?? '';
  // ("the Kenyan ambassador in London, X": "in" after an office runs on too; "talks in London, X" does not)
  const titleRunsOn = before === 'to' || before === 'of' || (before === 'in' && TITLE_WORDS.get(clean(doc.tokens[i - 2]?.text ?? ''))?.kind === 'office');
  return facts.countryKind[i] === 'capital' && doc.tokens[i + 1]?.text === ',' && !titleRunsOn;
}

/** The office word before the "'s" at `i` whose holder owns what follows ("the president's", "the prime minister's" → "prime"), when a title was read after it. */
function officePossessor(doc: TextDocument, facts: TokenFacts, i: number): number | undefined {
  const before = clean(doc.tokens[i - 1]?.text ?? '');
  // (not an institution named after the office: "the Emir's Court")
  const after = doc.tokens[i + 1]?.text ?? '';
  if (facts.country[i - 1] || TITLE_WORDS.get(before)?.kind !== 'office' || (/^\p{Lu}/u.test(after) && !TITLE_WORDS.has(clean(after)))) return undefined;
  return before === 'minister' && clean(doc.tokens[i - 2]?.text ?? '') === 'prime' ? i - 2 : i - 1;
}

/** The name token owning an office right before the comma at `i` ("Peña's deputy,", "Erdogan's chief adviser,"), if any. */
function ownedOfficeBefore(doc: TextDocument, facts: TokenFacts, i: number): number | undefined {
  let k = i - 1;
  if (!TITLE_WORDS.has(clean(doc.tokens[k]?.text ?? ''))) return undefined;
  while (k > i - 4 && TITLE_WORDS.has(clean(doc.tokens[k - 1]?.text ?? ''))) k--;
  const s = k - 1;
  return /^(?:'s|’s|')$/.test(doc.tokens[s]?.text ?? '') && namePossessor(doc, facts, s) ? s - 1 : undefined;
}

/** Whether the "'s" at `i` follows a name ("Putin's aide"), not a country or an office. */
function namePossessor(doc: TextDocument, facts: TokenFacts, i: number): boolean {
  const before = doc.tokens[i - 1];
  return !!before && !facts.country[i - 1] && !facts.organisation[i - 1] && /^\p{Lu}/u.test(before.text) && !TITLE_WORDS.has(clean(before.text));
}

/**
 * The first word of a ministry in lower case that ends at `i` and follows a country ("Eritrea's
 * information", "Kenyan agriculture and livestock"), so that the walk goes on to the country; undefined when none.
 */
function lowerMinistryAfterCountry(doc: TextDocument, facts: TokenFacts, i: number, floor: number): number | undefined {
  for (let j = i; j >= Math.max(floor, i - 3); j--) {
    const token = doc.tokens[j];
    if (!token) return undefined;
    if (j < i && (facts.country[j] || (/^(?:'s|’s)$/.test(token.text) && facts.country[j - 1]))) return facts.countryKind[j] === 'capital' ? undefined : j + 1;
    if (!(/^\p{Ll}+$/u.test(token.text) && (token.pos === 'NOUN' || token.pos === 'ADJ' || (token.text === 'and' && j < i)))) return undefined;
  }
  return undefined;
}

/** Index of the office word standing before "of"/"for" and a ministry's capitalised name that ends at `i` ("Secretary of Homeland Security"); undefined when none. */
export function officeBeforeMinistry(doc: TextDocument, facts: TokenFacts, i: number, floor: number): number | undefined {
  let stateBody = false;
  for (let j = i; j >= Math.max(floor + 1, i - MINISTRY_NAME_AFTER_OFFICE); j--) {
    const text = doc.tokens[j]?.text ?? '';
    if (facts.country[j] || facts.organisation[j]) return undefined;
    stateBody ||= STATE_BODIES.has(clean(text));
    if ((text === 'of' || text === 'for') && j < i) {
      const office = clean(doc.tokens[j - 1]?.text ?? '');
      // "Chairman of the Cabinet of Ministers": an office any body has, of a body of the state
      if (stateOnlyOffice([office]) || (stateBody && TITLE_WORDS.get(office)?.kind === 'office')) return j - 1;
      // "Cabinet of Ministers", "Council of State": the body's own name goes on before its "of"
      if (!/^\p{Lu}/u.test(doc.tokens[j - 1]?.text ?? '')) return undefined;
      continue;
    }
    if (!/^\p{Lu}/u.test(text) && text !== 'and' && text !== '&' && text !== 'the') return undefined;
  }
  return undefined;
}

/** Words of a body of the state whose chair holds a public office ("Chairman of the Cabinet of Ministers", "President of the State Council"). */
const STATE_BODIES: ReadonlySet<string> = new Set(['cabinet', 'ministers', 'council', 'government', 'presidency', ...LEGISLATURES]);

/** How many words a ministry's name may have between a country and an office ("Natural Resources and Environment"). */
const MINISTRY_WORDS = 4;

/** How many words a ministry's name may have after an office and "of"/"for" ("Foreign Affairs and East African Cooperation"). */
const MINISTRY_NAME_AFTER_OFFICE = 7;

/**
 * Token index of a country mention standing right before a run of capitalised words (and "and",
 * "&") that ends at `i`: the run names a ministry of that country. Undefined when none.
 */
function ministryCountry(doc: TextDocument, facts: TokenFacts, i: number, floor: number): number | undefined {
  for (let j = i; j >= Math.max(floor, i - MINISTRY_WORDS); j--) {
    const text = doc.tokens[j]?.text ?? '';
    if (facts.country[j]) return facts.countryKind[j] === 'capital' ? undefined : j;
    if (/^(?:'s|’s)$/.test(text) && facts.country[j - 1]) return j - 1;
    if (!/^\p{Lu}/u.test(text) && text !== 'and' && text !== '&') return undefined;
  }
  return undefined;
}

/** Builds a role name from title words: a known phrase if one is present, else modifiers + the last office word. */
export function roleOf(words: string[]): string | undefined {
  for (let len = Math.min(5, words.length); len >= 2; len--) {
    for (let i = 0; i + len <= words.length; i++) {
      const phrase = TITLE_PHRASES.get(words.slice(i, i + len).join(' '));
      // "Deputy Foreign Minister", "Under Secretary of State": a junior office keeps its rank
      const rank = words[i - 1];
      if (phrase) return rank && JUNIOR_RANKS.has(rank) && !phrase.startsWith(rank) ? `${rank} ${phrase}` : phrase;
    }
  }
  const kept = words.filter((w) => !DROPPED_FROM_ROLE.has(w));
  let officeAt = -1;
  kept.forEach((w, i) => {
    // ("the Amir Sheikh X", "Foreign Minister Sheikh Y": after an office, "Sheikh" is a courtesy)
    if (TITLE_WORDS.get(w)?.kind === 'office' && !(w === 'sheikh' && officeAt >= 0)) officeAt = i;
  });
  if (officeAt < 0) return undefined;
  const office = kept[officeAt] ?? '';
  const base = TITLE_WORDS.get(office)?.role ?? office;
  const modifiers = kept.slice(0, officeAt).filter((w) => ROLE_MODIFIERS.has(w));
  const last = modifiers[modifiers.length - 1];
  return last && !base.includes(' ') ? `${last === 'defense' ? 'defence' : last} ${base}` : base;
}
