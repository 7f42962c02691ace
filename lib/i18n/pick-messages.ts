/** A message catalogue: nested objects whose leaves are ICU strings. */
export type Messages = { [key: string]: string | Messages };

const isObject = (value: unknown): value is Messages =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * The part of `messages` under each dotted path ("register", "incidents.countdown"), nested as in the
 * catalogue; a path the catalogue lacks is an error (a typo would otherwise show raw keys to users).
 */
export function pickMessages(messages: Messages, paths: readonly string[]): Messages {
  const picked: Messages = {};
  for (const path of paths) {
    const keys = path.split(".");
    let source: string | Messages | undefined = messages;
    for (const key of keys) source = isObject(source) ? source[key] : undefined;
    if (source === undefined) throw new Error(`No messages under "${path}"`);
    let target = picked;
    for (const key of keys.slice(0, -1)) {
      const next: string | Messages | undefined = target[key];
      target = target[key] = isObject(next) ? next : {};
    }
    const last = keys.at(-1)!;
    const existing = target[last];
    target[last] = isObject(existing) && isObject(source) ? mergeMessages(existing, source) : source;
  }
  return picked;
}

/** `extra` laid over `base`, nested objects merged key by key (neither argument is changed). */
export function mergeMessages(base: Messages, extra: Messages): Messages {
  const merged: Messages = { ...base };
  for (const [key, value] of Object.entries(extra)) {
    const existing = merged[key];
    merged[key] = isObject(existing) && isObject(value) ? mergeMessages(existing, value) : value;
  }
  return merged;
}
