import type { PersonDraft } from './cluster.js';
import { mostNamed, otherPeoplesCountries, placeCountries, sentenceOf, wordAt, type PeopleContext } from './context-country.js';

/**
 * A counterpart acts for the other side: the one country that their sentence names (as a place, or
 * as the country of a person) other than that of the sentence's first person, whose counterpart
 * they are ("X will arrive in Hanoi … before talks with his counterpart, Y"). The sentence before
 * is read when this one names no country at all. Never the dateline's or the nearest country: those
 * are as likely to be the other side's. Undefined while that first person's own country is unknown.
 */
export function counterpartCountry(c: PeopleContext, draft: PersonDraft, self: number): string | undefined {
  const s = sentenceOf(c.doc, draft.mentions[0]?.first ?? 0);
  if (!s) return undefined;
  const owner = ownerIn(c, s, self);
  if (owner && !owner.country) return undefined;
  for (const sentence of [s, c.doc.sentences[s.index - 1]]) {
    if (!sentence) continue;
    const named = new Set([...placeCountries(c, sentence), ...otherPeoplesCountries(c, sentence, self)]);
    if (named.size === 0) continue;
    if (owner?.country) named.delete(owner.country);
    return named.size === 1 ? [...named][0] : undefined;
  }
  return undefined;
}

/**
 * Counterparts still without a country once everyone else has theirs (the owner's may come from
 * the dateline): their sentence's other country, else the country the text names most but the
 * owner's (inferred: "Odongo said he and his counterpart, Y, would co-chair the session").
 */
export function counterpartsLeft(c: PeopleContext): void {
  c.people.forEach((person, i) => {
    const draft = c.drafts[i];
    if (!draft || person.country || person.role !== 'counterpart') return;
    const s = sentenceOf(c.doc, draft.mentions[0]?.first ?? 0);
    const own = s ? ownerIn(c, s, i)?.country : undefined;
    if (!own) return;
    const stated = counterpartCountry(c, draft, i);
    const other = stated ?? mostNamed(c.countryMentions.filter((m) => m.code !== own))?.code;
    if (other) [person.country, person.countryCertainty] = [other, stated ? 'inherited' : 'inferred'];
  });
}

/** The first person of sentence `s` other than `self`: the one whose counterpart `self` is. */
function ownerIn(c: PeopleContext, s: { firstToken: number; endToken: number }, self: number) {
  for (let t = s.firstToken; t < s.endToken; t++) {
    const other = c.at.get(t);
    if (other !== undefined && other !== self) return c.people[other];
  }
  return undefined;
}

/**
 * "Finance Minister X met his Qatari counterpart, Y" in a story filed from Doha, "Prime Minister X
 * and US President Y agreed": whoever meets their counterpart of a country, or is set beside a
 * partner whose title names one, is not of that country. A country their title does not state (the
 * dateline's, the nearest, their sentence's) gives way to the one the text names most but that one, or to none.
 */
export function notOwnCounterparts(c: PeopleContext): void {
  c.people.forEach((person, i) => {
    const draft = c.drafts[i];
    if (!draft || !person.country || person.countryCertainty === 'stated') return;
    // (only a country inferred gives way, and not for an item inside a list: "A, Secretary of State B and US envoy C")
    const alone = draft.mentions.filter((m) => wordAt(c.doc, m.prefix.firstToken - 1) !== ',');
    const joined = person.countryCertainty === 'inferred' ? alone.map((m) => partnerCountryJoined(c, m.end, i)).find(Boolean) : undefined;
    const theirs = counterpartCountryNamed(c, draft.mentions[0]?.end ?? 0) ?? joined;
    if (theirs !== person.country) return;
    const other = mostNamed(c.countryMentions.filter((m) => m.code !== theirs))?.code;
    if (other) person.country = other;
    else [person.country, person.countryCertainty] = [undefined, undefined];
  });
}

/**
 * "Prime Minister Keith Rowley and United States President Donald Trump agreed …": the country a
 * partner joined by "and" right after the name states in their own title ("United States",
 * "Russian"), which the text sets against the first person's.
 */
function partnerCountryJoined(c: PeopleContext, from: number, self: number): string | undefined {
  if (wordAt(c.doc, from) !== 'and') return undefined;
  const at = c.doc.tokens[from + 1]?.start;
  const named = c.countryMentions.find((m) => m.start === at);
  if (!named) return undefined;
  for (let k = from + 2; k < from + 8; k++) {
    const other = c.at.get(k);
    if (other === undefined || other === self) continue;
    const partner = c.people[other];
    return partner?.countryCertainty === 'stated' && partner.country === named.code ? named.code : undefined;
  }
  return undefined;
}

/**
 * The country of "his/her <demonym> counterpart" that a verb after token `from` takes as its object
 * ("met his Qatari counterpart"), or that is joined to the name right after it ("X and her Kenyan
 * counterpart Y"); not the apposition "Y, his Venezuelan counterpart".
 */
function counterpartCountryNamed(c: PeopleContext, from: number): string | undefined {
  const sentence = c.doc.tokens[from]?.sentence;
  let verb = false;
  for (let k = from; k < from + 8 && c.doc.tokens[k]?.sentence === sentence; k++) {
    verb ||= c.doc.tokens[k]?.pos === 'VERB';
    const joined = k === from + 3 && wordAt(c.doc, from) === 'and' && wordAt(c.doc, k + 1) !== "'s";
    if (!(verb || joined) || wordAt(c.doc, k) !== 'counterpart' || !['his', 'her'].includes(wordAt(c.doc, k - 2))) continue;
    const at = c.doc.tokens[k - 1]?.start;
    return c.countryMentions.find((m) => m.start === at)?.code;
  }
  return undefined;
}
