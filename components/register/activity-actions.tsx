"use client";

import { Archive, CheckCircle2, Copy, Pencil } from "lucide-react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { toast } from "sonner";
import { useMessage } from "@/components/forms/use-message";
import {
  AlertDialog,
  AlertDialogAction,
  AlertDialogCancel,
  AlertDialogContent,
  AlertDialogDescription,
  AlertDialogFooter,
  AlertDialogHeader,
  AlertDialogTitle,
  AlertDialogTrigger,
} from "@/components/ui/alert-dialog";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/action";
import { activateActivityAction, duplicateActivityAction, retireActivityAction } from "@/lib/register/actions";
import type { EntryStatus } from "@/lib/register/schemas";

/** The DPO's buttons on an entry: edit, activate (drafts), duplicate, retire (confirmed). */
export function ActivityActions({
  reference,
  version,
  status,
}: {
  reference: string;
  version: number;
  status: EntryStatus;
}) {
  const t = useTranslations("register");
  const message = useMessage();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [failure, setFailure] = useState<{ message: string; blockers: string[] } | null>(null);

  function run<T>(action: () => Promise<ActionResult<T>>, onDone: (data: T) => void) {
    setFailure(null);
    startTransition(async () => {
      const result = await action();
      if (!result.ok) {
        // Blockers come as field errors of a refused activation; other refusals carry only a message.
        const keys = result.code === "VALIDATION" ? Object.values(result.fieldErrors ?? {}).flat() : [];
        const blockers = [...new Set(keys)].map((key) => message(key));
        setFailure({ message: message(result.message), blockers });
        return;
      }
      onDone(result.data);
    });
  }

  return (
    <div className="grid gap-3">
      <div className="flex flex-wrap gap-2">
        {status !== "retired" ? (
          <Button asChild variant="outline">
            <Link href={`/register/${reference}/edit`}>
              <Pencil aria-hidden />
              {t("detail.edit")}
            </Link>
          </Button>
        ) : null}
        {status === "draft" ? (
          <Button
            disabled={pending}
            onClick={() =>
              run(
                () => activateActivityAction({ reference, version }),
                () => {
                  toast.success(t("detail.activated"));
                  router.refresh();
                },
              )
            }
          >
            <CheckCircle2 aria-hidden />
            {t("detail.activate")}
          </Button>
        ) : null}
        <Button
          variant="outline"
          disabled={pending}
          onClick={() =>
            run(
              () => duplicateActivityAction({ reference }),
              (data) => {
                toast.success(t("detail.duplicated", { reference: data.reference }));
                router.push(`/register/${data.reference}`);
              },
            )
          }
        >
          <Copy aria-hidden />
          {t("detail.duplicate")}
        </Button>
        {status !== "retired" ? (
          <AlertDialog>
            <AlertDialogTrigger asChild>
              <Button variant="destructive" disabled={pending}>
                <Archive aria-hidden />
                {t("detail.retire")}
              </Button>
            </AlertDialogTrigger>
            <AlertDialogContent>
              <AlertDialogHeader>
                <AlertDialogTitle>{t("detail.retireConfirm")}</AlertDialogTitle>
                <AlertDialogDescription>{t("detail.retireDescription")}</AlertDialogDescription>
              </AlertDialogHeader>
              <AlertDialogFooter>
                <AlertDialogCancel>{t("form.cancel")}</AlertDialogCancel>
                <AlertDialogAction
                  onClick={() =>
                    run(
                      () => retireActivityAction({ reference, version }),
                      () => {
                        toast.success(t("detail.retired"));
                        router.refresh();
                      },
                    )
                  }
                >
                  {t("detail.retire")}
                </AlertDialogAction>
              </AlertDialogFooter>
            </AlertDialogContent>
          </AlertDialog>
        ) : null}
      </div>
      {failure ? (
        <Alert variant="destructive" role="alert">
          <AlertTitle>{failure.message}</AlertTitle>
          {failure.blockers.length ? (
            <AlertDescription>
              <ul className="list-disc pl-5">
                {failure.blockers.map((b) => (
                  <li key={b}>{b}</li>
                ))}
              </ul>
            </AlertDescription>
          ) : null}
        </Alert>
      ) : null}
    </div>
  );
}
