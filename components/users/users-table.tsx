import { getLocale, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Table, TableBody, TableCaption, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { UserDTO } from "@/lib/users/dto";
import { userStatus, type UserStatus } from "@/lib/users/user-status";
import { EditUserDialog } from "./edit-user-dialog";
import { ResetPasswordDialog } from "./reset-password-dialog";
import { SetActiveDialog } from "./set-active-dialog";
import { isReadOnlyRole } from "@/components/shell/read-only";
import { toLocale } from "@/lib/i18n/locale";
import { formatDate } from "@/lib/time/format-date-time";

const statusVariant: Record<UserStatus, "success" | "secondary" | "warning"> = {
  active: "success",
  deactivated: "secondary",
  expired: "warning",
};

export async function UsersTable({ users, currentUserId }: { users: UserDTO[]; currentUserId: string }) {
  const t = await getTranslations();
  const locale = toLocale(await getLocale());
  return (
    <Table>
      <TableCaption className="sr-only">{t("users.table.caption", { count: users.length })}</TableCaption>
      <TableHeader>
        <TableRow>
          <TableHead scope="col">{t("users.table.name")}</TableHead>
          <TableHead scope="col">{t("users.table.email")}</TableHead>
          <TableHead scope="col">{t("users.table.role")}</TableHead>
          <TableHead scope="col">{t("users.table.status")}</TableHead>
          <TableHead scope="col">{t("users.table.expiresAt")}</TableHead>
          <TableHead scope="col" className="text-right">
            {t("users.table.actions")}
          </TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {users.length === 0 ? (
          <TableRow>
            <TableCell colSpan={6} className="text-center text-muted-foreground">
              {t("users.table.empty")}
            </TableCell>
          </TableRow>
        ) : null}
        {users.map((user) => {
          const status = userStatus(user);
          return (
            <TableRow key={user.id} data-testid="user-row">
              <TableHead scope="row" className="font-medium">
                {user.name}
                {user.id === currentUserId ? (
                  <span className="ml-1 font-normal text-muted-foreground">({t("users.table.you")})</span>
                ) : null}
              </TableHead>
              <TableCell>{user.email}</TableCell>
              <TableCell>
                <Badge
                  variant={isReadOnlyRole(user.role) ? "outline" : "secondary"}
                  title={t(`roleNames.${user.role}`)}
                >
                  {t(`roles.${user.role}`)}
                </Badge>
              </TableCell>
              <TableCell>
                <Badge variant={statusVariant[status]}>{t(`users.status.${status}`)}</Badge>
              </TableCell>
              <TableCell>
                {user.expiresAt ? (
                  <time dateTime={user.expiresAt}>{formatDate(user.expiresAt, locale)}</time>
                ) : (
                  <span className="text-muted-foreground">{t("users.table.noExpiry")}</span>
                )}
              </TableCell>
              <TableCell>
                <div className="flex justify-end gap-1">
                  <EditUserDialog user={user} />
                  <ResetPasswordDialog user={user} />
                  <SetActiveDialog user={user} />
                </div>
              </TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
