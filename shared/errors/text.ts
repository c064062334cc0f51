import type { ErrorCode } from './codes';
import { ERRORS } from './table';

export type ErrorKey = keyof typeof ERRORS;
/** The keys an error may be thrown with: the rows that carry a code. */
export type ThrownKey = { [K in ErrorKey]: (typeof ERRORS)[K] extends { code: ErrorCode } ? K : never }[ErrorKey];

type Blanks<S extends string> = S extends `${string}{{${infer P}}}${infer Rest}` ? P | Blanks<Rest> : never;
/** The blanks of a key's English template: what a thrower must fill, and nothing else. */
export type ParamNames<K extends ErrorKey> = Blanks<(typeof ERRORS)[K]['en']>;

/** A message not yet in any language: a key of the table and what fills its blanks. */
export interface ErrorText {
  readonly key: ErrorKey;
  readonly params: Params;
}

/** A list of messages is said one after another; a list of names, as a list. */
export type ParamValue = string | number | ErrorText | readonly ErrorText[] | readonly string[];
export type Params = { readonly [name: string]: ParamValue };

/** One field a schema refused: where, and what is wrong with it. */
export interface SchemaIssue {
  /** Dotted, as the schema names it (`subject.fullName`, `needs.0.amount`). */
  readonly path: string;
  readonly key: ErrorKey;
  readonly params: Params;
}

/** `{{issues}}` takes the fields a schema refused; every other blank, a value. */
type Fill<K extends ErrorKey> = {
  readonly [P in ParamNames<K>]: P extends 'issues' ? readonly SchemaIssue[] : ParamValue;
};
export type ParamArgs<K extends ErrorKey> = [ParamNames<K>] extends [never] ? [] : [params: Fill<K>];

/** A message to pass as another's blank (`{{what}}`, a list of problems). */
export function textOf<K extends ErrorKey>(key: K, ...params: ParamArgs<K>): ErrorText {
  return { key, params: (params[0] ?? {}) as Params };
}

export const codeOf = (key: ThrownKey): ErrorCode => ERRORS[key].code;

const BLANK = /\{\{(\w+)\}\}/g;

/** Fills the blanks of a template; a blank without a value stays as it is, to be seen. */
function fillTemplate(template: string, values: { readonly [name: string]: string }): string {
  return template.replace(BLANK, (whole, name: string) => values[name] ?? whole);
}

/**
 * Each parameter as text, nested messages worded by `say`; a refused field named by `field`
 * (a screen gives its label; the command line and logs, the schema's path).
 */
export function paramStrings(params: Params, say: (text: ErrorText) => string, field: (path: string) => string = (path) => path): Record<string, string> {
  const show = (value: ParamValue): string => {
    if (typeof value === 'string' || typeof value === 'number') return String(value);
    if (isList(value)) {
      if (value.every((v) => typeof v === 'string')) return value.join(', ');
      return isIssues(value) ? issuesString(value, say, field) : value.map((v) => say(v)).join('; ');
    }
    return say(value);
  };
  return Object.fromEntries(Object.entries(params).map(([name, value]) => [name, show(value)]));
}

const isList = (value: ParamValue): value is readonly ErrorText[] | readonly string[] => Array.isArray(value);
const isIssues = (value: readonly ErrorText[]): value is readonly SchemaIssue[] => value.every((v) => 'path' in v);

/** The fields a schema refused, one after another: `path: problem; path: problem`. */
function issuesString(issues: readonly SchemaIssue[], say: (text: ErrorText) => string, field: (path: string) => string): string {
  return issues.map((issue) => (issue.path ? `${field(issue.path)}: ${say(issue)}` : say(issue))).join('; ');
}

/** The English message: what the command line prints and the logs keep. */
export function english(text: ErrorText, issues?: readonly SchemaIssue[]): string {
  const values = paramStrings(issues ? { ...text.params, issues } : text.params, (nested) => english(nested));
  return fillTemplate(ERRORS[text.key].en, values);
}
