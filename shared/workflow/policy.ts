import { CASE_STATES, type CaseState } from './caseStates';
import { ROLES, type Role } from './roles';

export { CASE_STATES, type CaseState } from './caseStates';
export type { Role } from './roles';

/**
 * Who may do what, and in which case state: the one table the core enforces and the renderer
 * only displays (a hidden button is a convenience; the refusal happens in the core).
 */
interface Permission {
  roles: readonly Role[];
  /** The case states the action applies to; absent for actions on no one case. */
  states?: readonly CaseState[];
}

const ANY_STATE = CASE_STATES;

export const PERMISSIONS = {
  'case.read': { roles: ROLES, states: ANY_STATE },
  'case.create': { roles: ['intake', 'admin'] },
  'case.import': { roles: ['intake', 'admin'] },
  'case.edit': { roles: ['intake', 'admin'], states: ANY_STATE },
  'case.exportFile': { roles: ['admin'], states: ANY_STATE },
  /** Erases the case from the vault for good (backups made before keep it). */
  'case.delete': { roles: ['admin'], states: ANY_STATE },
  'redaction.save': { roles: ['intake', 'admin'], states: ['draft', 'redaction', 'changes-requested', 'approved', 'exported'] },
  'case.submit': { roles: ['intake', 'admin'], states: ['redaction', 'changes-requested'] },
  'case.requestChanges': { roles: ['reviewer'], states: ['in-review'] },
  'case.approve': { roles: ['reviewer'], states: ['in-review'] },
  'case.publish': { roles: ['reviewer', 'admin'], states: ['approved', 'exported'] },
  'users.manage': { roles: ['admin'] },
  /** Contact cards: anyone may show their own and see who is trusted; only an admin trusts or revokes. */
  'contact.read': { roles: ROLES },
  'contact.manage': { roles: ['admin'] },
  /** Sealed bundles: cases go out for review from intake; decisions go back from a reviewer. */
  'bundle.sendCases': { roles: ['intake', 'admin'] },
  'bundle.sendDecisions': { roles: ['reviewer'] },
  /** An approved publication (what export writes, never the record) goes from whoever may export it. */
  'bundle.sendPublications': { roles: ['reviewer', 'admin'] },
  'bundle.receive': { roles: ROLES },
  'audit.read': { roles: ['admin'] },
  'vault.backup': { roles: ['admin'] },
} as const satisfies Record<string, Permission>;

export type Action = keyof typeof PERMISSIONS;

/** Whether a user holding `roles` may do `action`, and (for an action on a case) in `state`. */
export function can(roles: Role | readonly Role[], action: Action, state?: CaseState): boolean {
  return hasRoleFor(roles, action) && (state === undefined || allowedIn(action, state));
}

export function hasRoleFor(roles: Role | readonly Role[], action: Action): boolean {
  const held: readonly Role[] = typeof roles === 'string' ? [roles] : roles;
  const permission: Permission = PERMISSIONS[action];
  return permission.roles.some((r) => held.includes(r));
}

export function allowedIn(action: Action, state: CaseState): boolean {
  const permission: Permission = PERMISSIONS[action];
  return !permission.states || permission.states.includes(state);
}

export function rolesFor(action: Action): readonly Role[] {
  return PERMISSIONS[action].roles;
}

/** Any edit after approval or during review returns the case to redaction and drops the approval. */
export function afterEdit<T extends { state: CaseState; redaction?: unknown; approval?: unknown }>(record: T): Omit<T, 'approval'> {
  const { approval: _approval, ...rest } = record;
  if (record.state === 'approved' || record.state === 'in-review' || record.state === 'exported') return { ...rest, state: record.redaction ? 'redaction' : 'draft' };
  return rest;
}
