"use server";

import { AuthError, CredentialsSignin } from "next-auth";
import { z } from "zod";
import { text } from "@/lib/validation";
import { signIn, signOut } from "./auth";
import { safeCallbackPath } from "./callback";

export interface SignInState {
  error?: "auth.invalid" | "auth.locked" | "auth.unavailable" | "auth.throttled" | "auth.missing";
  email?: string;
}

const schema = z.object({
  email: text().trim().min(1).max(320),
  password: z.string().min(1).max(256),
  callbackUrl: z.string().max(2048).optional(),
});

/**
 * Sign-in happens before there is a session, so it cannot go through the action
 * wrapper: it validates its input itself, and `authenticate` (called by Auth.js)
 * counts failures, locks, and writes the audit entries.
 */
export async function signInAction(_previous: SignInState, formData: FormData): Promise<SignInState> {
  const parsed = schema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { error: "auth.missing", email: String(formData.get("email") ?? "") };
  try {
    await signIn("credentials", {
      email: parsed.data.email,
      password: parsed.data.password,
      redirectTo: safeCallbackPath(parsed.data.callbackUrl),
    });
    return {};
  } catch (error) {
    if (error instanceof AuthError) {
      const code = error instanceof CredentialsSignin ? error.code : "invalid";
      const keys: Record<string, SignInState["error"]> = {
        locked: "auth.locked",
        unavailable: "auth.unavailable",
        throttled: "auth.throttled",
      };
      const key = keys[code ?? ""] ?? "auth.invalid";
      return { error: key, email: parsed.data.email };
    }
    throw error; // the redirect after a successful sign-in
  }
}

export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: "/login" });
}
