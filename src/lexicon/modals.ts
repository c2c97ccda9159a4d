/** Modal verbs, lower-case, after which only a verb's bare form can stand ("will welcome", "could meet"). */
export const MODAL_VERBS: ReadonlySet<string> = new Set(['will', 'would', 'shall', 'should', 'could', 'can', 'may', 'might', 'must', "'ll"]);
