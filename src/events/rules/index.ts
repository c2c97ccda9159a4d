/**
 * The event rules as data: triggers by lemma with their sense filters, argument frames, and the
 * word sets and macros their patterns use, compiled once on first use.
 */
import { compilePattern, type CompiledPattern, type MatchLexicon } from '../../match/index.js';
import type { EventContext } from '../context.js';
import { NATION, OWNER, PARTY, SPEAKER } from '../units/party.js';
import { FRAMES, type FrameRule } from './frames.js';
import { STOP_RULES, type StopRule } from './stops.js';
import { MEETING_TRIGGERS } from './triggers-meeting.js';
import { PHONE_TRIGGERS } from './triggers-phone.js';
import { SUMMIT_TRIGGERS } from './triggers-summit.js';
import type { TriggerRule } from './types.js';
import { MACROS, WORD_SETS } from './vocabulary.js';

export type { FrameRule } from './frames.js';
export type { RequiredContext, RuleExample, SenseFilter, TriggerRole, TriggerRule } from './types.js';

/** Every trigger rule, in table order (a longer match wins; among equals, the earlier rule). */
export const TRIGGER_RULES: readonly TriggerRule[] = [...PHONE_TRIGGERS, ...MEETING_TRIGGERS, ...SUMMIT_TRIGGERS];

export { FRAMES, STOP_RULES };
export { DECLINE_EXAMPLES, DECLINE_PHRASES, DECLINE_FILLERS } from './declined.js';
export type { StopRule } from './stops.js';

/** The lexicon the event patterns compile against. */
export const EVENT_LEXICON: MatchLexicon<EventContext> = { sets: WORD_SETS, units: { PARTY, SPEAKER, OWNER, NATION }, macros: MACROS };

/** A trigger rule with its patterns compiled. */
export interface CompiledTrigger {
  rule: TriggerRule;
  /** Its place in the table: among matches of one length, the earlier rule wins. */
  order: number;
  pattern: CompiledPattern<EventContext>;
  /** Its sense filters (`notWhen`), each with the pattern that lifts it, if any. */
  senses: Array<{ block: CompiledPattern<EventContext>; unless?: CompiledPattern<EventContext> }>;
  /** Its required contexts (`onlyWhen`); none: any context. */
  contexts: Array<CompiledPattern<EventContext>>;
}

/** A frame with its pattern compiled. */
export interface CompiledFrame {
  rule: FrameRule;
  pattern: CompiledPattern<EventContext>;
}

/** A tour-stop rule with its pattern compiled. */
export interface CompiledStop {
  rule: StopRule;
  pattern: CompiledPattern<EventContext>;
  /** The words and lemmas a match starts with (null: any token), to skip tokens quickly. */
  starts: ReadonlySet<string> | null;
}

/** Every rule table, compiled. */
export interface CompiledRules {
  triggers: CompiledTrigger[];
  frames: CompiledFrame[];
  stops: CompiledStop[];
}

let compiled: CompiledRules | undefined;

/** The rules compiled, once per process. */
export function compiledRules(): CompiledRules {
  compiled ??= {
    triggers: TRIGGER_RULES.map((rule, order) => ({
      rule,
      order,
      pattern: compilePattern(rule.pattern, EVENT_LEXICON),
      senses: (rule.notWhen ?? []).map((s) => ({ block: compilePattern(s.pattern, EVENT_LEXICON), ...(s.unless ? { unless: compilePattern(s.unless, EVENT_LEXICON) } : {}) })),
      contexts: (rule.onlyWhen ?? []).map((s) => compilePattern(s.pattern, EVENT_LEXICON)),
    })),
    frames: FRAMES.map((rule) => ({ rule, pattern: compilePattern(rule.pattern, EVENT_LEXICON) })),
    stops: STOP_RULES.map((rule) => {
      const pattern = compilePattern(rule.pattern, EVENT_LEXICON);
      return { rule, pattern, starts: pattern.first ? new Set([...pattern.first.words, ...pattern.first.lemmas]) : null };
    }),
  };
  return compiled;
}
