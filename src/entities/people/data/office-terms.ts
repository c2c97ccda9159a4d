import type { Office, OfficeTerm } from './known-people.js';

/* Term builders: plain data, kept short so each entry fits on a line or two. */
export const term =
  (office: Office) =>
  (from: number, to?: number): OfficeTerm =>
    to === undefined ? { office, from } : { office, from, to };
export const HOS = term('head_of_state');
export const HOG = term('head_of_government');
export const FM = term('foreign_minister');
export const DEF = term('defence_minister');
export const SPK = term('spokesperson');
export const ENV = term('envoy');
export const OTH = term('other');
/** President of a presidential system: head of state and of government. */
export const PRES = (from: number, to?: number): OfficeTerm[] => [HOS(from, to), HOG(from, to)];
/** Reigning monarch: monarch and head of state. */
export const MON = (from: number, to?: number): OfficeTerm[] => [term('monarch')(from, to), HOS(from, to)];
