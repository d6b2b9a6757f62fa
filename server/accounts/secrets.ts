// Random secrets (session ids, CSRF and API tokens) and the SHA-256 digests under which they are stored.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** A fresh secret of 32 random bytes, base64url, with an optional prefix (`age_` marks API tokens in logs and scanners). */
export function newSecret(prefix = ''): string {
  return prefix + randomBytes(32).toString('base64url');
}

/** The hex SHA-256 of a secret: secrets carry 256 random bits, so a fast hash is enough to make a stolen table useless. */
export function digest(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

/** True when two strings are equal, compared on their digests in constant time (lengths may differ). */
export function sameSecret(given: string, expected: string): boolean {
  const a = createHash('sha256').update(given).digest();
  const b = createHash('sha256').update(expected).digest();
  return expected.length > 0 && timingSafeEqual(a, b);
}
