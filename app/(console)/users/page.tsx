import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AdminTabs } from "@/components/users/admin-tabs";
import { CreateUserDialog } from "@/components/users/create-user-dialog";
import { UsersTable } from "@/components/users/users-table";
import { requirePermission } from "@/lib/auth/session";
import { listUsers } from "@/lib/users/queries";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("users");
  return { title: t("title") };
}

export default async function UsersPage() {
  const actor = await requirePermission("users:manage");
  const users = await listUsers(actor, new Date());
  const t = await getTranslations("users");
  return (
    <div className="mx-auto grid w-full max-w-6xl gap-6">
      <AdminTabs current="users" />
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div className="grid gap-1">
          <h1 className="text-2xl font-semibold tracking-tight">{t("title")}</h1>
          <p className="max-w-prose text-sm text-muted-foreground">{t("description")}</p>
        </div>
        <CreateUserDialog />
      </div>
      <UsersTable users={users} currentUserId={actor.id} />
    </div>
  );
}
