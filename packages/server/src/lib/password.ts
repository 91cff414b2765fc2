import { hash, verify } from '@node-rs/argon2';

// argon2id (the library's default algorithm) with its default cost: 19 MiB, 2 passes.
const ARGON2ID = 2;

export function hashPassword(password: string): Promise<string> {
  return hash(password, { algorithm: ARGON2ID });
}

// A fixed hash to verify against when the username is unknown, so both cases take the same time.
let dummy: Promise<string> | null = null;

export async function verifyPassword(passwordHash: string | null, password: string): Promise<boolean> {
  dummy ??= hashPassword('tuijin-timing-equaliser');
  try {
    return await verify(passwordHash ?? (await dummy), password);
  } catch {
    return false;
  }
}
