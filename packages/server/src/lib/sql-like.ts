/** A LIKE pattern matching the text anywhere, literally, whatever % or _ it holds. */
export function containsPattern(q: string): string {
  return `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
