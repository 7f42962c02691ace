import { invalidBody, ReferenceCounter, type ListParser, type ReferenceSink } from "./references";

/** No key, header value or reference is longer: a longer string is refused without being buffered. */
const MAX_TOKEN = 4096;
/** What makes a JSON string body need more than a slice: escapes, and raw controls (refused). */
const SPECIAL = /[\\\u0000-\u001f]/;
const RAW_CONTROL = /[\u0000-\u001f]/;
const HEADER_KEYS = new Set(["purpose", "channel", "campaign"]);

type State =
  "start" | "keyOrEnd" | "key" | "colon" | "value" | "afterMember" | "arrayFirst" | "arrayNext" | "arrayAfter" | "done";

/**
 * The JSON body `{ "purpose", "channel", "campaign", "subscriberRefs": [...] }` parsed as it
 * arrives, in any key order, without ever holding the list: each reference goes to the sink as
 * soon as its closing quote is read. Only this shape is accepted (unknown or repeated keys,
 * non-string values: 400 naming the field); a string cut by a chunk boundary is kept until the
 * next chunk (at most 4 KB).
 */
export class JsonListParser implements ListParser {
  readonly header: Record<string, unknown> = {};
  readonly counter: ReferenceCounter;
  private state: State = "start";
  private pending = "";
  private key = "";
  private readonly seen = new Set<string>();

  constructor(sink: ReferenceSink) {
    this.counter = new ReferenceCounter(sink);
  }

  write(chunk: string): void {
    const text = this.pending + chunk;
    this.pending = "";
    const n = text.length;
    let i = 0;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) {
        i++;
        continue;
      }
      switch (this.state) {
        case "start":
          if (c !== 0x7b) throw invalidBody("The body must be a JSON object");
          this.state = "keyOrEnd";
          i++;
          break;
        case "keyOrEnd":
        case "key": {
          if (c === 0x7d && this.state === "keyOrEnd") {
            this.state = "done";
            i++;
            break;
          }
          if (c !== 0x22) throw invalidBody("Malformed JSON: a key was expected");
          const read = this.readString(text, i);
          if (!read) return;
          i = read.next;
          this.onKey(read.value);
          break;
        }
        case "colon":
          if (c !== 0x3a) throw invalidBody("Malformed JSON: ':' was expected", this.key);
          this.state = "value";
          i++;
          break;
        case "value":
          if (this.key === "subscriberRefs") {
            if (c !== 0x5b) throw invalidBody("subscriberRefs: expected an array of strings", "subscriberRefs");
            this.state = "arrayFirst";
            i++;
            break;
          } else {
            if (c !== 0x22) throw invalidBody(`${this.key}: expected a string`, this.key);
            const read = this.readString(text, i);
            if (!read) return;
            i = read.next;
            this.header[this.key] = read.value;
            this.state = "afterMember";
            break;
          }
        case "afterMember":
          if (c === 0x2c) this.state = "key";
          else if (c === 0x7d) this.state = "done";
          else throw invalidBody("Malformed JSON: ',' or '}' was expected");
          i++;
          break;
        case "arrayFirst":
        case "arrayNext": {
          if (c === 0x5d && this.state === "arrayFirst") {
            this.state = "afterMember";
            i++;
            break;
          }
          const where = `subscriberRefs.${this.counter.count}`;
          if (c !== 0x22) throw invalidBody(`${where}: expected a string`, where);
          const read = this.readString(text, i, where);
          if (!read) return;
          i = read.next;
          this.counter.push(read.value, () => where);
          this.state = "arrayAfter";
          break;
        }
        case "arrayAfter":
          if (c === 0x2c) this.state = "arrayNext";
          else if (c === 0x5d) this.state = "afterMember";
          else throw invalidBody("Malformed JSON: ',' or ']' was expected", `subscriberRefs.${this.counter.count}`);
          i++;
          break;
        case "done":
          throw invalidBody("Malformed JSON: content after the object");
      }
    }
  }

  end(): void {
    if (this.pending !== "" || this.state !== "done") throw invalidBody("The body ends before the JSON object does");
    if (!this.seen.has("subscriberRefs")) throw invalidBody("subscriberRefs: required", "subscriberRefs");
  }

  private onKey(key: string): void {
    const name = key.slice(0, 64);
    if (key !== "subscriberRefs" && !HEADER_KEYS.has(key))
      throw invalidBody(`Unknown field ${JSON.stringify(name)}`, name);
    if (this.seen.has(key)) throw invalidBody(`${key}: given more than once`, key);
    this.seen.add(key);
    this.key = key;
    this.state = "colon";
  }

  /** The string opening at `start`, or null (kept in `pending`) when its closing quote has not arrived yet. */
  private readString(text: string, start: number, where = this.key): { value: string; next: number } | null {
    let q = text.indexOf('"', start + 1);
    while (q !== -1) {
      let slashes = 0;
      for (let b = q - 1; b > start && text.charCodeAt(b) === 0x5c; b--) slashes++;
      if (slashes % 2 === 0) break;
      q = text.indexOf('"', q + 1);
    }
    const end = q === -1 ? text.length : q;
    if (end - start > MAX_TOKEN) throw invalidBody(`${where || "key"}: string over ${MAX_TOKEN} characters`, where);
    if (q === -1) {
      this.pending = text.slice(start);
      return null;
    }
    const body = text.slice(start + 1, q);
    if (!SPECIAL.test(body)) return { value: body, next: q + 1 };
    if (RAW_CONTROL.test(body)) throw invalidBody(`${where || "key"}: raw control character in a JSON string`, where);
    try {
      return { value: JSON.parse(`"${body}"`) as string, next: q + 1 };
    } catch {
      throw invalidBody(`${where || "key"}: invalid escape in a JSON string`, where);
    }
  }
}
