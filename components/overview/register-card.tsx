import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { Card, CardAction, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import type { RegisterSummary } from "@/lib/register/dto";

/**
 * Register health on the overview: completeness, required DPIAs not done, overdue reviews (each a
 * filtered link, not prefetched: see NavLink on prefetches racing a sign-out).
 */
export async function RegisterCard({ summary }: { summary: RegisterSummary }) {
  const t = await getTranslations("register.overview");
  const figures = [
    {
      label: t("completeness"),
      value: summary.score === null ? "—" : `${summary.score} %`,
      href: "/register?incomplete=1",
    },
    { label: t("missingDpia"), value: String(summary.missingDpia), href: "/register?dpia=missing" },
    { label: t("reviewsOverdue"), value: String(summary.reviewsOverdue), href: "/register?overdue=1" },
  ];
  return (
    <Card role="region" aria-labelledby="register-card-title">
      <CardHeader>
        <CardTitle>
          <h2 id="register-card-title" className="text-lg font-semibold">
            {t("title")}
          </h2>
        </CardTitle>
        <CardDescription>{t("description")}</CardDescription>
        <CardAction>
          <Button asChild variant="outline" size="sm">
            <Link href="/register" prefetch={false}>
              {t("open")}
            </Link>
          </Button>
        </CardAction>
      </CardHeader>
      <CardContent>
        {summary.activeMissingDpia > 0 ? (
          <p
            className="mb-4 rounded-md border border-destructive/40 bg-destructive/5 p-3 text-sm"
            data-testid="active-missing-dpia"
          >
            <Link
              href="/register?status=active&dpia=missing"
              prefetch={false}
              className="font-medium underline-offset-4 hover:underline"
            >
              {t("activeMissingDpia", { count: summary.activeMissingDpia })}
            </Link>
          </p>
        ) : null}
        <dl className="grid grid-cols-3 gap-4">
          {figures.map((figure) => (
            <div key={figure.href} className="grid gap-1">
              <dt className="text-sm text-muted-foreground">{figure.label}</dt>
              <dd className="text-2xl font-semibold">
                <Link href={figure.href} prefetch={false} className="underline-offset-4 hover:underline">
                  {figure.value}
                </Link>
              </dd>
            </div>
          ))}
        </dl>
      </CardContent>
    </Card>
  );
}
