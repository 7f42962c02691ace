import { once } from "node:events";
import { finished } from "node:stream/promises";
import { sql } from "drizzle-orm";
import type pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import type { Tx } from "@/db/client";
import { pgArrayLiteral } from "@/db/pg-array";

/**
 * Where the references of a list go while it is read: a temporary table of the check's
 * transaction (`campaign_refs`, dropped at commit), filled by COPY on PostgreSQL and by batched
 * `unnest` inserts on PGlite, so the list is never held whole in the server's memory.
 */
export interface ReferenceLoader {
  add(reference: string): void;
  /** Send what was added when enough has accumulated (or always with `force`), waiting for the database. */
  flush(force?: boolean): Promise<void>;
  finish(): Promise<void>;
  /** Cut the load short after a refusal (the transaction rolls back). */
  abort(error: Error): void;
}

export async function createReferenceTable(tx: Tx): Promise<void> {
  await tx.execute(sql`create temp table campaign_refs (ref text collate "C" not null) on commit drop`);
}

/** COPY text format: backslash, tab, line feed and carriage return are escaped; references hold no NUL. */
const COPY_SPECIAL = /[\\\t\n\r]/;
const COPY_ESCAPES: Record<string, string> = { "\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r" };
const escapeCopy = (value: string) =>
  COPY_SPECIAL.test(value) ? value.replace(/[\\\t\n\r]/g, (c) => COPY_ESCAPES[c]!) : value;

const COPY_CHUNK = 256 * 1024;

/** PostgreSQL: one `COPY campaign_refs FROM STDIN`, opened on the first flush, written with backpressure. */
export class CopyLoader implements ReferenceLoader {
  private buffer = "";
  private stream: ReturnType<typeof copyFrom> | undefined;

  constructor(private readonly client: pg.PoolClient) {}

  add(reference: string): void {
    this.buffer += `${escapeCopy(reference)}\n`;
  }

  async flush(force = false): Promise<void> {
    if (this.buffer.length < COPY_CHUNK && !(force && this.buffer)) return;
    this.stream ??= this.client.query(copyFrom("copy campaign_refs (ref) from stdin"));
    const chunk = this.buffer;
    this.buffer = "";
    if (!this.stream.write(chunk)) await once(this.stream, "drain");
  }

  async finish(): Promise<void> {
    await this.flush(true);
    if (!this.stream) return;
    this.stream.end();
    await finished(this.stream);
  }

  abort(error: Error): void {
    this.stream?.destroy(error);
  }
}

const INSERT_BATCH = 10_000;

/** PGlite: `insert … select unnest($1::text[])` by batches of 10,000. */
export class InsertLoader implements ReferenceLoader {
  private batch: string[] = [];

  constructor(private readonly tx: Tx) {}

  add(reference: string): void {
    this.batch.push(reference);
  }

  async flush(force = false): Promise<void> {
    if (this.batch.length < INSERT_BATCH && !(force && this.batch.length > 0)) return;
    const values = pgArrayLiteral(this.batch);
    this.batch = [];
    await this.tx.execute(sql`insert into campaign_refs (ref) select unnest(${values}::text[])`);
  }

  finish(): Promise<void> {
    return this.flush(true);
  }

  abort(): void {
    this.batch = [];
  }
}
