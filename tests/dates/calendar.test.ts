import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  daysInMonth,
  diffDays,
  endOfMonth,
  endOfWeek,
  endOfYear,
  fromDayNumber,
  isLeapYear,
  isValidDate,
  monthRange,
  parseIso,
  startOfMonth,
  startOfWeek,
  startOfYear,
  toDayNumber,
  toIso,
  weekdayOf,
  yearRange,
} from '../../src/dates/calendar.js';

describe('isLeapYear / daysInMonth / isValidDate', () => {
  it.each([
    [2024, true],
    [2023, false],
    [2000, true],
    [1900, false],
    [2100, false],
  ])('isLeapYear(%i) = %s', (year, leap) => expect(isLeapYear(year)).toBe(leap));

  it.each([
    [2024, 2, 29],
    [2023, 2, 28],
    [2023, 4, 30],
    [2023, 12, 31],
    [2023, 13, 0],
  ])('daysInMonth(%i, %i) = %i', (y, m, n) => expect(daysInMonth(y, m)).toBe(n));

  it('rejects impossible days', () => {
    expect(isValidDate(2023, 2, 29)).toBe(false);
    expect(isValidDate(2024, 2, 29)).toBe(true);
    expect(isValidDate(2024, 4, 31)).toBe(false);
    expect(isValidDate(2024, 0, 1)).toBe(false);
  });
});

describe('parseIso / toIso', () => {
  it('round-trips and validates', () => {
    expect(parseIso('2019-03-05')).toEqual({ year: 2019, month: 3, day: 5 });
    expect(parseIso('2019-02-29')).toBeNull();
    expect(parseIso('2019-3-5')).toBeNull();
    expect(parseIso('2019-03-05T10:00')).toBeNull();
    expect(toIso(7, 1, 2)).toBe('0007-01-02');
    expect(() => toIso(2019, 2, 30)).toThrow(RangeError);
  });
});

describe('day numbers', () => {
  it('counts from 1970-01-01 and inverts', () => {
    expect(toDayNumber('1970-01-01')).toBe(0);
    expect(toDayNumber('1969-12-31')).toBe(-1);
    expect(toDayNumber('2000-03-01')).toBe(11017);
    for (const d of ['1600-02-29', '1999-12-31', '2024-02-29', '2100-03-01']) expect(fromDayNumber(toDayNumber(d))).toBe(d);
  });
});

describe('addDays', () => {
  it.each([
    ['2024-02-28', 1, '2024-02-29'],
    ['2023-02-28', 1, '2023-03-01'],
    ['2024-12-31', 1, '2025-01-01'],
    ['2025-01-01', -1, '2024-12-31'],
    ['2020-01-30', -10, '2020-01-20'],
    ['2019-08-21', 365, '2020-08-20'],
  ])('addDays(%s, %i) = %s', (d, n, out) => expect(addDays(d, n)).toBe(out));

  it('throws on a malformed day', () => expect(() => addDays('2019-13-01', 1)).toThrow(RangeError));
});

describe('addMonths', () => {
  it.each([
    ['2024-01-31', 1, '2024-02-29'],
    ['2023-01-31', 1, '2023-02-28'],
    ['2025-01-15', -1, '2024-12-15'],
    ['2025-11-30', 3, '2026-02-28'],
  ])('addMonths(%s, %i) = %s', (d, n, out) => expect(addMonths(d, n)).toBe(out));
});

describe('weekdayOf / startOfWeek / endOfWeek', () => {
  it.each([
    ['1970-01-01', 4],
    ['2017-09-25', 1],
    ['2024-12-15', 0],
    ['2019-08-24', 6],
    ['2024-02-29', 4],
  ])('weekdayOf(%s) = %i', (d, w) => expect(weekdayOf(d)).toBe(w));

  it('weeks run Monday to Sunday', () => {
    expect(startOfWeek('2024-12-15')).toBe('2024-12-09');
    expect(startOfWeek('2024-12-09')).toBe('2024-12-09');
    expect(endOfWeek('2024-12-09')).toBe('2024-12-15');
    expect(startOfWeek('2020-01-02')).toBe('2019-12-30');
  });
});

describe('month and year bounds', () => {
  it('handles month ends and leap years', () => {
    expect(endOfMonth('2024-02-10')).toBe('2024-02-29');
    expect(endOfMonth('2023-02-10')).toBe('2023-02-28');
    expect(endOfMonth('2023-04-01')).toBe('2023-04-30');
    expect(startOfMonth('2023-04-19')).toBe('2023-04-01');
    expect(startOfYear('2023-04-19')).toBe('2023-01-01');
    expect(endOfYear('2023-04-19')).toBe('2023-12-31');
    expect(monthRange(1900, 2)).toEqual({ start: '1900-02-01', end: '1900-02-28' });
    expect(yearRange(2012)).toEqual({ start: '2012-01-01', end: '2012-12-31' });
  });

  it('diffDays counts across years', () => {
    expect(diffDays('2025-01-01', '2024-01-01')).toBe(366);
    expect(diffDays('2024-12-28', '2025-01-05')).toBe(-8);
  });
});
