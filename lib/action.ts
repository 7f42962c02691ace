import { randomUUID } from "node:crypto";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getDb, type Db, type Tx } from "@/db/client";
import { actorLabel, loadActor, type Actor } from "@/lib/auth/actor";
import { can, type Permission } from "@/lib/auth/permissions";
import { appendAudit, type AuditEvent } from "@/lib/audit/write";
import { describeFailure, isDatabaseUnavailable } from "@/lib/route-errors";
import { zodFieldErrors } from "@/lib/validation";

/**
 * The one server-action wrapper. In order: resolve the actor from
 * the session and re-read it from the database → check the declared permission
 * (a refusal is itself audit-logged as `access.denied`) → parse the input with
 * zod (failure: field errors, nothing written) → run the body and its audit
 * entries in ONE transaction (no audit, no change) → revalidate → typed result.
 */
export type ErrorCode =
  "UNAUTHORIZED" | "FORBIDDEN" | "VALIDATION" | "NOT_FOUND" | "CONFLICT" | "INTERNAL" | "UNAVAILABLE";

export type ActionResult<T> =
  { ok: true; data: T } | { ok: false; code: ErrorCode; message: string; fieldErrors?: Record<string, string[]> };

export interface MutationContext<I> {
  tx: Tx;
  actor: Actor;
  input: I;
  now: Date;
}

export interface Mutation<S extends z.ZodType, R, P = undefined> {
  name: string;
  permission: Permission;
  schema: S;
  revalidate?: string[];
  /**
   * Work that must happen before the transaction, after the permission and input checks (creating
   * partitions: DDL inside the transaction would lock a parent table for its whole length).
   * Its result reaches `run` as `prepared`.
   */
  prepare?(ctx: { db: Db; actor: Actor; input: z.output<S>; now: Date }): Promise<P>;
  /** Returns the data for the caller and the audit entries that must commit with it. */
  run(ctx: MutationContext<z.output<S>> & { prepared: P }): Promise<{ data: R; audit: AuditEvent | AuditEvent[] }>;
}

/** A refusal the body can throw on purpose; its message is a translation key. */
export class ActionError extends Error {
  constructor(
    readonly code: Exclude<ErrorCode, "INTERNAL" | "UNAUTHORIZED" | "FORBIDDEN" | "UNAVAILABLE">,
    message: string,
    readonly fieldErrors?: Record<string, string[]>,
  ) {
    super(message);
  }
}

export function defineMutation<S extends z.ZodType, R, P = undefined>(mutation: Mutation<S, R, P>): Mutation<S, R, P> {
  return mutation;
}

function toInput(raw: unknown): unknown {
  if (typeof FormData !== "undefined" && raw instanceof FormData) {
    const out: Record<string, unknown> = {};
    for (const key of new Set(raw.keys())) {
      const values = raw.getAll(key);
      out[key] = values.length > 1 ? values : values[0];
    }
    return out;
  }
  return raw;
}

/** Run a mutation for a given user id (the server action passes the session's). */
export async function executeAction<S extends z.ZodType, R, P>(
  mutation: Mutation<S, R, P>,
  userId: string | null,
  rawInput: unknown,
  options: { now?: Date; db?: Db } = {},
): Promise<ActionResult<R>> {
  const now = options.now ?? new Date();
  const db = options.db ?? getDb();
  const requestId = randomUUID();
  try {
    const actor = userId ? await loadActor(db, userId, now) : null;
    if (!actor) return { ok: false, code: "UNAUTHORIZED", message: "errors.unauthorized" };
    const label = actorLabel(actor);
    if (!can(actor.role, mutation.permission)) {
      await db.transaction((tx) =>
        appendAudit(
          tx,
          { id: actor.id, label },
          {
            action: "access.denied",
            entityType: "action",
            entityId: mutation.name,
            meta: { permission: mutation.permission, role: actor.role },
          },
          now,
        ),
      );
      return { ok: false, code: "FORBIDDEN", message: "errors.forbidden" };
    }
    const parsed = mutation.schema.safeParse(toInput(rawInput));
    if (!parsed.success) {
      return { ok: false, code: "VALIDATION", message: "errors.validation", fieldErrors: zodFieldErrors(parsed.error) };
    }
    const prepared = (await mutation.prepare?.({ db, actor, input: parsed.data, now })) as P;
    const data = await db.transaction(async (tx) => {
      const { data, audit } = await mutation.run({ tx, actor, input: parsed.data, now, prepared });
      const events = Array.isArray(audit) ? audit : [audit];
      if (events.length === 0) throw new Error(`${mutation.name} wrote no audit entry`);
      for (const event of events) await appendAudit(tx, { id: actor.id, label }, event, now);
      return data;
    });
    for (const path of mutation.revalidate ?? []) revalidate(path);
    return { ok: true, data };
  } catch (error) {
    if (error instanceof ActionError) {
      return { ok: false, code: error.code, message: error.message, fieldErrors: error.fieldErrors };
    }
    // The cause only, never the query or its parameters: they may hold personal data.
    if (isDatabaseUnavailable(error)) {
      // 503-like: the client may retry; a write lost with its connection is all-or-nothing (one transaction).
      console.error(`[action ${mutation.name}] request ${requestId}: database unavailable: ${describeFailure(error)}`);
      return { ok: false, code: "UNAVAILABLE", message: "errors.databaseUnavailable" };
    }
    console.error(`[action ${mutation.name}] request ${requestId} failed: ${describeFailure(error)}`);
    return { ok: false, code: "INTERNAL", message: "errors.internal" };
  }
}

function revalidate(path: string) {
  try {
    revalidatePath(path);
  } catch {
    // Outside a Next.js request (scripts, tests) there is no cache to revalidate.
  }
}

const registry = new WeakMap<object, Mutation<z.ZodType, unknown>>();

/**
 * Turn a mutation into a server action bound to the session's user.
 * `onSuccess` runs after the commit, for request-scoped effects such as a cookie.
 */
export function serverAction<S extends z.ZodType, R, P>(
  mutation: Mutation<S, R, P>,
  onSuccess?: (data: R) => Promise<void>,
) {
  const action = async (input: unknown): Promise<ActionResult<R>> => {
    const { currentUserId } = await import("@/lib/auth/session");
    const result = await executeAction(mutation, await currentUserId(), input);
    if (result.ok && onSuccess) await onSuccess(result.data);
    return result;
  };
  registry.set(action, mutation as unknown as Mutation<z.ZodType, unknown>);
  return action;
}

/** The mutation behind a server action (tests enumerate them against the matrix). */
export function mutationOf(action: unknown): Mutation<z.ZodType, unknown> | undefined {
  return typeof action === "function" ? registry.get(action) : undefined;
}
