import type { TextDocument } from '../text/types.js';
import { NON_DIPLOMATIC_MEETING_MODIFIERS, NON_DIPLOMATIC_SUMMIT_MODIFIERS, TRIGGERS, type TriggerEntry } from './triggers.js';
import { phraseAt } from './phrase-at.js';

/** A trigger found in the text. */
export interface TriggerHit {
  /** The lexicon entry that matched. */
  entry: TriggerEntry;
  /** Index of the first trigger token. */
  first: number;
  /** Index one past the last trigger token. */
  end: number;
  /** Index of the sentence. */
  sentence: number;
  /** A trigger word in a sense that is no diplomatic contact ("Web Summit"): kept only so that "the summit" after it is known to mean it. */
  blocked?: boolean;
}

let byFirstWord: Map<string, TriggerEntry[]> | undefined;

function lexicon(): Map<string, TriggerEntry[]> {
  if (!byFirstWord) {
    byFirstWord = new Map();
    for (const entry of TRIGGERS) {
      const key = entry.words[0] ?? '';
      const list = byFirstWord.get(key) ?? [];
      list.push(entry);
      byFirstWord.set(key, list);
    }
    for (const list of byFirstWord.values()) list.sort((a, b) => b.words.length - a.words.length);
  }
  return byFirstWord;
}

const NEGOTIATION_TOPICS = new Set(['peace', 'nuclear', 'trade', 'ceasefire', 'cease-fire', 'climate', 'contract', 'coalition', 'budget', 'wage', 'merger', 'settlement', 'tariff']);

/**
 * Finds trigger words in every sentence, longest lexicon entry first, and drops the senses that
 * are no diplomatic contact ("Web Summit", "the 8,850-metre summit", "cabinet meeting",
 * "peace talks", "call for").
 */
export function findTriggers(doc: TextDocument, folded: string[]): TriggerHit[] {
  const hits: TriggerHit[] = [];
  const lex = lexicon();
  for (const sentence of doc.sentences) {
    let i = sentence.firstToken;
    while (i < sentence.endToken) {
      const entries = lex.get(folded[i] ?? '');
      const entry = entries?.find((e) => i + e.words.length <= sentence.endToken && phraseAt(folded, i, e.words));
      if (!entry) {
        i++;
        continue;
      }
      const end = i + entry.words.length;
      if (keep(entry, i, end, folded, sentence.firstToken)) hits.push({ entry, first: i, end, sentence: sentence.index });
      else if (entry.type === 'summit') hits.push({ entry, first: i, end, sentence: sentence.index, blocked: true });
      i = end;
    }
  }
  return hits;
}

function keep(entry: TriggerEntry, first: number, end: number, w: string[], sentenceStart: number): boolean {
  const before = first > sentenceStart ? (w[first - 1] ?? '') : '';
  const after = w[end] ?? '';
  const head = entry.words[entry.words.length - 1];
  // "G7 summit": one trigger, the summit
  if (/^g-?\d+$/.test(head ?? '') && ['summit', 'summits', 'meeting', 'meetings', 'leaders'].includes(after)) return false;
  if (entry.type === 'summit') {
    if (NON_DIPLOMATIC_SUMMIT_MODIFIERS.has(before) || /(?:meter|metre|foot|feet)$/.test(before)) return false;
    if (after === 'of' && /^(?:mount|mt|everest|k2|the)$/.test(w[end + 1] ?? '') && (w[end + 2] ?? '') !== 'americas') {
      if ((w[end + 1] ?? '') !== 'the') return false;
    }
    if (before === 'reached' || (before === 'the' && (w[first - 2] ?? '') === 'reached')) return false;
  }
  if (head === 'meeting' || head === 'talks' || head === 'meetings') {
    if (NON_DIPLOMATIC_MEETING_MODIFIERS.has(before)) return false;
    if (head === 'talks' && NEGOTIATION_TOPICS.has(before)) return false;
  }
  if (head === 'call' && entry.words.length === 1) {
    if (after === 'for' || after === 'centre' || after === 'center') return false;
    if (['to', 'will', 'would', 'can', 'could', 'may', 'might', 'should', 'must'].includes(before)) return false;
  }
  if ((head === 'called' || head === 'calls') && ['for', 'it', 'the', 'off', 'out', 'up', 'him', 'her', 'them', 'a', 'an'].includes(after)) return false;
  if (head === 'talk' && after === 'about') return false;
  // "with Kishida as host", "the host country": a noun, not someone hosting
  if ((head === 'host' || head === 'hosts') && ['as', 'the', 'a', 'its', 'their', 'his', 'her'].includes(before)) return false;
  return true;
}
