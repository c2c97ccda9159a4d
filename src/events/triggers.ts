import type { EventType } from '../types.js';

/** How a trigger word relates to the event. */
export type TriggerForm =
  /** A verb whose subject and object are the parties ("met", "spoke", "hosted"). */
  | 'verb'
  /** A noun naming the event ("meeting", "phone call", "summit"), parties in "with/between" or a possessive. */
  | 'noun';

/** Who stands where around a verbal trigger. */
export type TriggerRole =
  /** Subject and object meet as equals ("met", "spoke with"). */
  | 'mutual'
  /** The subject hosts the object ("hosted", "received", "welcomed"). */
  | 'host'
  /** The subject travels to the object or a place ("visited", "visit to"). */
  | 'visit';

/** One entry of the trigger lexicon. */
export interface TriggerEntry {
  /** Words of the trigger, lower-case, as they follow each other in text. */
  words: string[];
  /** Event type the trigger signals. */
  type: EventType;
  /** Verb or noun. */
  form: TriggerForm;
  /** How the parties relate. */
  role: TriggerRole;
  /**
   * How sure the trigger alone makes us, in [0, 1]: 0.9 for unambiguous phrases ("phone call",
   * "held talks"), lower for words with other senses ("spoke", "contacted", "talks").
   */
  strength: number;
  /** The trigger counts only when a person or country is its grammatical object or partner ("spoke with X", not "spoke to reporters"). */
  needsPartner?: boolean;
}

const t = (
  words: string,
  type: EventType,
  form: TriggerForm,
  strength: number,
  role: TriggerRole = 'mutual',
  needsPartner = false,
): TriggerEntry => ({ words: words.split(' '), type, form, role, strength, ...(needsPartner ? { needsPartner } : {}) });

/**
 * Trigger lexicon. Multi-word entries are matched before single words, so "phone call" is one
 * trigger and "telephone talks" a phone call, not a meeting.
 *
 * Policy for "spoke"/"talked" with no medium: a phone call when the text names no shared place
 * (most such reports in news are calls); a meeting when it does ("spoke in Vilnius").
 */
export const TRIGGERS: readonly TriggerEntry[] = [
  // phone calls
  t('phone call', 'phone_call', 'noun', 0.95),
  t('phone calls', 'phone_call', 'noun', 0.5),
  t('telephone call', 'phone_call', 'noun', 0.95),
  t('phone conversation', 'phone_call', 'noun', 0.95),
  t('telephone conversation', 'phone_call', 'noun', 0.95),
  t('telephonic conversation', 'phone_call', 'noun', 0.95),
  t('telephone talks', 'phone_call', 'noun', 0.95),
  t('phone talks', 'phone_call', 'noun', 0.95),
  t('telephone meeting', 'phone_call', 'noun', 0.9),
  t('phone conversations', 'phone_call', 'noun', 0.5),
  t('video call', 'phone_call', 'noun', 0.9),
  t('video conference', 'phone_call', 'noun', 0.85),
  t('videoconference', 'phone_call', 'noun', 0.85),
  t('video link', 'phone_call', 'noun', 0.7),
  t('call', 'phone_call', 'noun', 0.7),
  t('conversation', 'phone_call', 'noun', 0.5),
  ...['spoke', 'speak', 'speaks', 'spoken', 'talked', 'talk', 'talks', 'chatted', 'conferred'].flatMap((verb) =>
    ['by phone', 'by telephone', 'over the phone', 'over the telephone', 'on the phone', 'on the telephone', 'via video link', 'by video link'].map((how) =>
      t(`${verb} ${how}`, 'phone_call', 'verb', 0.95),
    ),
  ),
  t('phoned', 'phone_call', 'verb', 0.95),
  t('telephoned', 'phone_call', 'verb', 0.95),
  t('dialled', 'phone_call', 'verb', 0.9),
  t('dialed', 'phone_call', 'verb', 0.9),
  t('called', 'phone_call', 'verb', 0.6, 'mutual', true),
  t('calls', 'phone_call', 'verb', 0.5, 'mutual', true),
  t('contacted', 'phone_call', 'verb', 0.6, 'mutual', true),
  t('spoke', 'phone_call', 'verb', 0.7, 'mutual', true),
  t('spoken', 'phone_call', 'verb', 0.7, 'mutual', true),
  t('speak', 'phone_call', 'verb', 0.6, 'mutual', true),
  t('speaks', 'phone_call', 'verb', 0.6, 'mutual', true),
  t('talked', 'phone_call', 'verb', 0.6, 'mutual', true),
  t('talk', 'phone_call', 'verb', 0.5, 'mutual', true),
  // meetings
  t('meeting', 'meeting', 'noun', 0.85),
  t('meetings', 'meeting', 'noun', 0.4),
  t('met', 'meeting', 'verb', 0.9),
  t('meet', 'meeting', 'verb', 0.85),
  t('meets', 'meeting', 'verb', 0.85),
  t('held talks', 'meeting', 'verb', 0.95),
  t('hold talks', 'meeting', 'verb', 0.9),
  t('holding talks', 'meeting', 'verb', 0.9),
  t('talks', 'meeting', 'noun', 0.6),
  t('virtual talks', 'meeting', 'noun', 0.9),
  t('virtual meeting', 'meeting', 'noun', 0.9),
  t('online meeting', 'meeting', 'noun', 0.9),
  t('bilateral meeting', 'meeting', 'noun', 0.95),
  t('bilateral talks', 'meeting', 'noun', 0.95),
  t('tête-à-tête', 'meeting', 'noun', 0.9),
  t('tete-a-tete', 'meeting', 'noun', 0.9),
  t('hosted', 'meeting', 'verb', 0.9, 'host', true),
  t('hosts', 'meeting', 'verb', 0.85, 'host', true),
  t('host', 'meeting', 'verb', 0.7, 'host', true),
  t('received', 'meeting', 'verb', 0.6, 'host', true),
  t('receives', 'meeting', 'verb', 0.6, 'host', true),
  t('welcomed', 'meeting', 'verb', 0.6, 'host', true),
  t('welcoming', 'meeting', 'verb', 0.6, 'host', true),
  t('welcomes', 'meeting', 'verb', 0.6, 'host', true),
  t('welcome', 'meeting', 'noun', 0.6, 'host'),
  t('visited', 'meeting', 'verb', 0.8, 'visit'),
  t('visit', 'meeting', 'noun', 0.75, 'visit'),
  t('visits', 'meeting', 'verb', 0.75, 'visit'),
  t('state visit', 'meeting', 'noun', 0.9, 'visit'),
  t('official visit', 'meeting', 'noun', 0.9, 'visit'),
  t('trip', 'meeting', 'noun', 0.6, 'visit'),
  t('sat down with', 'meeting', 'verb', 0.8),
  // summits
  t('summit', 'summit', 'noun', 0.9),
  t('summits', 'summit', 'noun', 0.3),
  t('summit meeting', 'summit', 'noun', 0.95),
  t('g20', 'summit', 'noun', 0.6),
  t('g-20', 'summit', 'noun', 0.6),
  t('g7', 'summit', 'noun', 0.6),
  t('g-7', 'summit', 'noun', 0.6),
];

/** Words before "summit" that make it no diplomatic summit ("Web Summit", "the 8,850-metre summit"). */
export const NON_DIPLOMATIC_SUMMIT_MODIFIERS: ReadonlySet<string> = new Set([
  'web', 'tech', 'technology', 'startup', 'investment', 'investor', 'business', 'marketing', 'ai', 'crypto',
  'health', 'education', 'youth', 'music', 'mountain', 'peak', 'everest', 'meter', 'metre', 'foot', 'feet',
]);

/** Words before "meeting" or "talks" that make them no diplomatic contact. */
export const NON_DIPLOMATIC_MEETING_MODIFIERS: ReadonlySet<string> = new Set([
  'cabinet', 'board', 'shareholder', 'shareholders', 'party', 'staff', 'team', 'contract', 'wage', 'union',
  'annual', 'general', 'town', 'hall', 'caucus', 'committee', 'faculty', 'family', 'club', 'fan', 'budget',
  'press', 'media', 'business',
]);
