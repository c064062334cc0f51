import type { ErrorCode } from './codes';
import { codeOf, english, textOf, type ErrorText, type ParamArgs, type ParamValue, type Params, type SchemaIssue, type ThrownKey } from './text';

export type { ErrorCode } from './codes';
export type { ErrorKey, ErrorText, ParamArgs, ParamValue, Params, SchemaIssue, ThrownKey } from './text';
export { english, paramStrings, textOf } from './text';
export { ENGLISH_TEMPLATES, ERROR_KEYS } from './keys';

/**
 * An error meant for a person. It carries a key of the table and the values of its blanks, so
 * that each screen words it in the person's language; its `message` is the English wording,
 * for the command line and the logs. No parameter may carry case data, a passphrase or key bytes.
 */
class SafeholdErrorClass extends Error {
  readonly code: ErrorCode;
  readonly key: ThrownKey;
  readonly params: Params;
  /** The fields a schema refused, when it is that kind of error. */
  readonly issues: readonly SchemaIssue[] | undefined;

  protected constructor(key: ThrownKey, fill: { readonly issues?: readonly SchemaIssue[] } & Params = {}) {
    const { issues, ...params } = fill;
    super(english({ key, params: params as Params }, issues));
    this.name = 'SafeholdError';
    this.code = codeOf(key);
    this.key = key;
    this.params = params as Params;
    this.issues = issues;
  }

  /** The message without its wording, to nest in another (a list of problems). */
  get text(): ErrorText {
    return { key: this.key, params: this.issues ? { ...this.params, issues: this.issues } : this.params };
  }
}

/** Its parameters are checked against the key's English template: one missing, extra or misnamed is a compile error. */
export type SafeholdErrorConstructor = new <K extends ThrownKey>(key: K, ...params: ParamArgs<K>) => SafeholdErrorClass;
export const SafeholdError = SafeholdErrorClass as unknown as SafeholdErrorConstructor & { prototype: SafeholdErrorClass };
export type SafeholdError = SafeholdErrorClass;
/** For an error class of one area that adds a field (a bundle's refusal reason); it passes its own checked arguments. */
export { SafeholdErrorClass as SafeholdErrorBase };
export { schemaIssues } from './issues';

/** What a caught error says, as a finding: a SafeholdError's own words, or `otherwise` for any other error (whose words were never meant for a person). */
export function findingOf(error: unknown, otherwise: ErrorText): ErrorText {
  return error instanceof SafeholdErrorClass ? error.text : otherwise;
}

/** One place that verify found damaged: the record (a part: `part.case`, `part.users`) and what is wrong with it. */
export interface Damage {
  readonly record: ErrorText;
  readonly problem: ErrorText;
}

const sameText = (a: ParamValue | undefined, b: ErrorText) => JSON.stringify(a) === JSON.stringify(b);

/** One line for a damaged place, naming the record once even when the problem's own words name it ("case c-1 is truncated"). */
export function damageText(damage: Damage): ErrorText {
  return sameText(damage.problem.params.what, damage.record) ? damage.problem : textOf('finding.at', { what: damage.record, problem: damage.problem });
}
