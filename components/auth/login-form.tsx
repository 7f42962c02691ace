"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { signInAction, type SignInState } from "@/lib/auth/sign-in-action";

export function LoginForm({ callbackUrl }: { callbackUrl?: string }) {
  const t = useTranslations();
  const [state, formAction, pending] = useActionState<SignInState, FormData>(signInAction, {});
  return (
    <form
      action={formAction}
      className="grid gap-4"
      aria-describedby={state.error ? "login-error" : undefined}
      noValidate
    >
      {state.error ? (
        <Alert variant="destructive" id="login-error">
          <AlertDescription>{t(state.error)}</AlertDescription>
        </Alert>
      ) : null}
      <input type="hidden" name="callbackUrl" value={callbackUrl ?? "/"} />
      <div className="grid gap-2">
        <Label htmlFor="email">{t("auth.email")}</Label>
        <Input
          id="email"
          name="email"
          type="email"
          autoComplete="username"
          required
          defaultValue={state.email}
          autoFocus
        />
      </div>
      <div className="grid gap-2">
        <Label htmlFor="password">{t("auth.password")}</Label>
        <Input id="password" name="password" type="password" autoComplete="current-password" required />
      </div>
      <Button type="submit" disabled={pending}>
        {pending ? t("auth.submitting") : t("auth.submit")}
      </Button>
    </form>
  );
}
