// The roles an account may hold on a dataset, their order, and the dataset id that stands for every dataset.
import { Type, type Static } from 'typebox';

/** Roles from weakest to strongest: a viewer reads, an editor also writes, an admin also manages accounts and roles. */
export const ROLES = ['viewer', 'editor', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** The TypeBox schema of a role, derived from ROLES. */
export const RoleSchema = Type.Enum(ROLES, {
  description: 'viewer reads; editor also writes; admin also manages accounts',
});

/** The dataset id of a role held on every dataset (`npm run user -- add NAME --role admin` without `--dataset`). */
export const ALL_DATASETS = '*';

/** A role on one dataset (or on `*`, every dataset). */
export const DatasetRole = Type.Object({ dataset: Type.String(), role: RoleSchema }, { additionalProperties: false });
export type DatasetRole = Static<typeof DatasetRole>;

/** True when `role` is allowed everything `need` is. */
export function roleAtLeast(role: Role | undefined, need: Role): boolean {
  return role !== undefined && ROLES.indexOf(role) >= ROLES.indexOf(need);
}

/** True when `value` is one of ROLES. */
export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/** The strongest role the list grants on `dataset`: a role on the dataset itself or on `*`, whichever is stronger. */
export function roleOn(roles: readonly DatasetRole[], dataset: string): Role | undefined {
  let best: Role | undefined;
  for (const { dataset: on, role } of roles) {
    if ((on === dataset || on === ALL_DATASETS) && (best === undefined || roleAtLeast(role, best))) best = role;
  }
  return best;
}
