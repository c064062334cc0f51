import { format, isValid, parse } from 'date-fns';

/** The ways people write a date in Belarus, Russia and on English keyboards, day first. */
const DAY_FIRST = ['d.M.yyyy', 'd/M/yyyy', 'd-M-yyyy', 'd M yyyy'];
const MONTH_ONLY = ['M.yyyy', 'M/yyyy'];
const REFERENCE = new Date(2000, 0, 1);

/**
 * A date as typed (14.03.1992, 14/3/1992, 1992-03-14, 1992) in the case file's form
 * (YYYY-MM-DD or YYYY); anything else is returned as typed, for the schema to mark.
 */
export function normaliseDate(typed: string): string {
  const value = typed.trim();
  if (/^\d{4}(-\d{2}-\d{2})?$/.test(value)) return value;
  for (const pattern of DAY_FIRST) {
    const date = parse(value, pattern, REFERENCE);
    if (isValid(date) && date.getFullYear() >= 1000) return format(date, 'yyyy-MM-dd');
  }
  // A month and a year: the case file keeps the year, the finer part is not recorded anywhere.
  for (const pattern of MONTH_ONLY) {
    const date = parse(value, pattern, REFERENCE);
    if (isValid(date) && date.getFullYear() >= 1000) return format(date, 'yyyy');
  }
  return value;
}

/**
 * An amount as typed ("1 100", "1 100,50", "1,100.50", "1100.5") as a number; NaN when it is
 * not one. A lone comma is a decimal comma, as in Russian and Belarusian.
 */
export function parseAmount(typed: string): number {
  const compact = typed.trim().replace(/[\s\u00a0\u202f'’]/g, '');
  if (compact === '') return NaN;
  const lastComma = compact.lastIndexOf(',');
  const lastDot = compact.lastIndexOf('.');
  let plain: string;
  if (lastComma >= 0 && lastDot >= 0) {
    const decimal = lastComma > lastDot ? ',' : '.';
    const thousands = decimal === ',' ? '.' : ',';
    plain = compact.split(thousands).join('').replace(decimal, '.');
  } else plain = compact.replace(',', '.');
  return /^\d+(\.\d+)?$/.test(plain) ? Number(plain) : NaN;
}
