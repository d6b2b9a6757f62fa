// Password hashing with argon2id (@node-rs/argon2, OWASP's parameters) and the password rules; verification costs the same whether or not the account exists.
import { hash, verify } from '@node-rs/argon2';

/** Shortest and longest accepted password, in characters (long passphrases welcome; the cap bounds the hashing work). */
export const PASSWORD_LENGTH = { min: 10, max: 1024 } as const;

// argon2id (the library's default algorithm) with OWASP's minimum: 19 MiB, 2 passes, 1 lane.
const OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

/** Why `password` is refused, or undefined when it is acceptable; the message never contains the password. */
export function passwordProblem(password: unknown): string | undefined {
  if (typeof password !== 'string') return 'must be a string';
  const length = [...password].length;
  if (length < PASSWORD_LENGTH.min) return `must be at least ${PASSWORD_LENGTH.min} characters`;
  if (length > PASSWORD_LENGTH.max) return `must be at most ${PASSWORD_LENGTH.max} characters`;
  return undefined;
}

/** The argon2id hash (PHC string, salt included) of an acceptable password; throws on one passwordProblem refuses. */
export async function hashPassword(password: string): Promise<string> {
  const problem = passwordProblem(password);
  if (problem) throw new Error(`password ${problem}`);
  return hash(password, OPTIONS);
}

let decoy: Promise<string> | undefined;

/**
 * True when `password` matches `stored`. With no stored hash (unknown account, token-only account) a decoy hash
 * is verified instead, so the answer takes as long as for a real account and timing says nothing about names.
 */
export async function verifyPassword(stored: string | null | undefined, password: string): Promise<boolean> {
  decoy ??= hash('decoy password that matches nothing', OPTIONS);
  const target = stored ?? (await decoy);
  const matches = await verify(target, password).catch(() => false);
  return matches && stored !== null && stored !== undefined;
}
