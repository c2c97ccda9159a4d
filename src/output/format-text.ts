import type { DiplomaticEvent, ExtractionResult, Participant } from '../types.js';

const TYPE_LABEL: Record<DiplomaticEvent['type'], string> = {
  phone_call: 'Phone call',
  meeting: 'Meeting',
  summit: 'Summit',
};

function who(p: Participant): string {
  if (p.name) return p.country ? `${p.name} (${p.country})` : p.name;
  return p.country ?? '?';
}

function when(e: DiplomaticEvent): string {
  if (!e.date) return 'date not given';
  return e.date.start === e.date.end ? e.date.start : `${e.date.start} to ${e.date.end}`;
}

/**
 * Renders a result as a short readable list for a terminal: one block per event with who, what,
 * when, where and status, then the people and countries found.
 */
export function formatText(result: ExtractionResult, title?: string): string {
  const lines: string[] = [];
  if (title) lines.push(`== ${title}${result.publishedAt ? ` (published ${result.publishedAt})` : ''}`);
  if (result.events.length === 0) lines.push('No diplomatic events found.');
  result.events.forEach((e, i) => {
    lines.push(`${i + 1}. ${TYPE_LABEL[e.type]} [${e.status}] ${e.participants.map(who).join(' + ')}`);
    lines.push(`   when: ${when(e)}   where: ${e.location ? e.location.name : 'not given'}   confidence: ${e.confidence.toFixed(2)}`);
    lines.push(`   evidence: "${(e.evidence[0]?.text ?? e.trigger.text).replace(/\s+/g, ' ')}"`);
  });
  if (result.people.length) {
    lines.push(`People: ${result.people.map((p) => `${p.name}${p.role ? `, ${p.role}` : ''}${p.country ? ` (${p.country})` : ''}`).join('; ')}`);
  }
  if (result.countries.length) lines.push(`Countries: ${result.countries.map((c) => `${c.name} (${c.code})`).join(', ')}`);
  return lines.join('\n');
}
