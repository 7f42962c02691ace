/**
 * Text lines from a stream of bytes, decoded as UTF-8 as they arrive (invalid UTF-8: an error),
 * without holding more than one line and one chunk. A line longer than `maxLineLength` characters
 * is an error: a release row is a few dozen characters, a huge "line" is not a release.
 */
export class LineTooLongError extends Error {
  constructor(readonly line: number) {
    super(`Line ${line} is too long`);
  }
}

export async function* linesFromChunks(
  chunks: AsyncIterable<Uint8Array>,
  maxLineLength = 4096,
): AsyncGenerator<string> {
  const decoder = new TextDecoder("utf-8", { fatal: true });
  let pending = "";
  let count = 0;
  const take = function* (text: string, final: boolean) {
    pending += text;
    let start = 0;
    for (;;) {
      const end = pending.indexOf("\n", start);
      if (end < 0) break;
      count++;
      const line = pending.slice(start, end);
      if (line.length > maxLineLength) throw new LineTooLongError(count);
      yield line.endsWith("\r") ? line.slice(0, -1) : line;
      start = end + 1;
    }
    pending = pending.slice(start);
    if (pending.length > maxLineLength) throw new LineTooLongError(count + 1);
    if (final && pending) {
      count++;
      const line = pending;
      pending = "";
      yield line.endsWith("\r") ? line.slice(0, -1) : line;
    }
  };
  for await (const chunk of chunks) yield* take(decoder.decode(chunk, { stream: true }), false);
  yield* take(decoder.decode(), true);
}
