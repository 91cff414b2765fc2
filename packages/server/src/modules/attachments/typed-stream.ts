/**
 * Passes a file's bytes through once its first `headBytes` (or all of a shorter file) show an
 * accepted type: reports the type before any byte goes on, and throws `refuse()` otherwise.
 */
export async function* acceptedByHead<M>(
  source: AsyncIterable<Buffer>,
  headBytes: number,
  sniff: (head: Buffer) => M | null,
  onType: (mime: M) => void,
  refuse: () => Error,
): AsyncGenerator<Buffer> {
  let head = Buffer.alloc(0);
  let known = false;
  const decide = () => {
    const mime = sniff(head);
    if (mime === null) throw refuse();
    onType(mime);
    known = true;
  };
  for await (const chunk of source) {
    if (known) {
      yield chunk;
      continue;
    }
    head = Buffer.concat([head, chunk]);
    if (head.length < headBytes) continue;
    decide();
    yield head;
  }
  if (!known) {
    decide();
    yield head;
  }
}
