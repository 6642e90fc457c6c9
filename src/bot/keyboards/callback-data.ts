import { createHash } from "node:crypto";

/** Telegram refuses callback data over 64 bytes. */
export const CALLBACK_DATA_LIMIT = 64;

type FieldKind = "int" | "key";
type Values<S extends Record<string, FieldKind>> = { [K in keyof S]: S[K] extends "int" ? number : string };

const FIELD_PATTERNS: Record<FieldKind, RegExp> = { int: /^\d{1,6}$/, key: /^[A-Za-z0-9_-]{1,24}$/ };

/** A short, URL-safe digest: stable across restarts, for keys and fingerprints inside callback data. */
export function shortHash(text: string, length = 8): string {
  return createHash("sha256").update(text).digest("base64url").slice(0, length);
}

export interface CallbackDataCodec<S extends Record<string, FieldKind>> {
  /** Matches every data of this kind, well-formed or not, so that a malformed one still reaches its feature. */
  readonly pattern: RegExp;
  encode(values: Values<S>): string;
  /** Null when the data is malformed: a button from another version of the bot. */
  decode(data: string): Values<S> | null;
}

/**
 * One kind of callback data: a prefix that carries the format's version (a changed format gets a new
 * prefix, and old buttons fall to the "this list has changed" answer) and fields joined by ":".
 */
export function defineCallbackData<S extends Record<string, FieldKind>>(prefix: string, schema: S): CallbackDataCodec<S> {
  const names = Object.keys(schema) as Array<keyof S & string>;
  return {
    pattern: new RegExp(`^${prefix}(:|$)`),
    encode(values) {
      const parts = names.map((name) => String(values[name]));
      names.forEach((name, i) => {
        if (!FIELD_PATTERNS[schema[name] as FieldKind].test(parts[i] ?? "")) throw new Error(`bad callback field ${name}`);
      });
      const data = [prefix, ...parts].join(":");
      if (Buffer.byteLength(data) > CALLBACK_DATA_LIMIT) throw new Error(`callback data over ${CALLBACK_DATA_LIMIT} bytes: ${data}`);
      return data;
    },
    decode(data) {
      const [head, ...parts] = data.split(":");
      if (head !== prefix || parts.length !== names.length) return null;
      const values: Record<string, string | number> = {};
      for (const [i, name] of names.entries()) {
        const kind = schema[name] as FieldKind;
        const part = parts[i] ?? "";
        if (!FIELD_PATTERNS[kind].test(part)) return null;
        values[name] = kind === "int" ? Number(part) : part;
      }
      return values as Values<S>;
    },
  };
}
